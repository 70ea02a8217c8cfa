// Issue 4 "done when" in the browser: a learner finds a suitable mentor with
// reasons, asks for mentorship, the mentor accepts, and the learner logs a
// check-in that the mentor then sees.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiCall, assertNoPageErrors, launch, newPage, screenshot, signUpApi, signUpUi, skip, TEST_TIMEOUT, unique } from './helpers.mjs';

describe('mentorship', { skip, timeout: TEST_TIMEOUT * 2 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('find a mentor with reasons, request, get accepted, log a check-in', { timeout: TEST_TIMEOUT }, async () => {
    const tag = unique('M');
    const skill = `Analytics${tag}`;
    const mentor = await newPage(browser);
    const mentorMe = await signUpApi(mentor.context, { name: `Marta ${tag}` });
    await apiCall(mentor.context, mentorMe, 'PATCH', '/me/profile', { stage: 'experienced', fields: ['Data Science'] });
    await apiCall(mentor.context, mentorMe, 'PUT', '/me/mentor-offer', {
      fields: ['Data Science'],
      skills: [skill],
      help: 'Getting a first **analytics** job.',
      format: 'video',
      cadence: 'biweekly',
      capacity: 2,
    });

    const learner = await newPage(browser);
    await signUpUi(learner.page, { name: `Leo ${tag}` });
    const learnerMe = await learner.context.request.get('/api/v1/me').then((r) => r.json());
    await apiCall(learner.context, learnerMe, 'PATCH', '/me/profile', {
      fields: ['Data Science'],
      skills: [{ name: skill, level: 1 }],
      goals: [`Learn ${skill}`],
    });
    const p = learner.page;
    assertNoPageErrors(p);

    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mentoring' }).click();
    await p.getByRole('heading', { level: 1, name: 'Mentoring' }).waitFor();
    await p.getByRole('link', { name: 'Find a mentor' }).click();
    await p.getByRole('heading', { level: 1, name: 'Find a mentor' }).waitFor();
    await p.getByRole('search').getByLabel('Skill').fill(skill);
    await p.getByRole('search').getByRole('button', { name: 'Search' }).click();
    const reasons = p.getByRole('list', { name: `Why Marta ${tag}` });
    await reasons.waitFor();
    const text = await reasons.innerText();
    assert.match(text, /covers 1 of your 1 goal skill/);
    assert.match(text, /works in Data Science/);
    assert.match(text, /2 of 2 slots open/);
    await screenshot(p, 'mentors');

    await p.getByRole('button', { name: `Ask Marta ${tag}` }).click();
    const dialog = p.getByRole('dialog', { name: `Ask Marta ${tag} to mentor you` });
    await dialog.getByLabel('Message').fill('I am a new graduate aiming for analytics.');
    await dialog.getByLabel('Goals').fill(`Learn ${skill}\nBuild a portfolio`);
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await p.getByText(`Request sent to Marta ${tag}.`).waitFor();

    const sent = await apiCall(learner.context, learnerMe, 'GET', '/mentorship/requests?role=mentee');
    assert.equal(sent.items.length, 1);
    const accepted = await apiCall(mentor.context, mentorMe, 'POST', `/mentorship/requests/${sent.items[0].id}/accept`);
    assert.equal(accepted.status, 'accepted');

    await p.getByRole('link', { name: 'your mentoring' }).click();
    const card = p.getByRole('article', { name: `Mentorship with Marta ${tag}` });
    await card.waitFor();
    const form = card.getByRole('form', { name: `Log a check-in with Marta ${tag}` });
    await form.getByLabel('Notes').fill('We planned my first **SQL** project.');
    await form.getByLabel('Next steps').fill('Finish the joins chapter.');
    await form.getByRole('button', { name: 'Log check-in' }).click();
    await p.getByText('Check-in logged.').waitFor();
    await card.locator('.check-ins strong').first().waitFor();
    await screenshot(p, 'mentoring');

    const m = await apiCall(mentor.context, mentorMe, 'GET', `/mentorships/${accepted.mentorship}`);
    assert.equal(m.check_ins.length, 1);
    assert.equal(m.check_ins[0].author, learnerMe.id);
    assert.match(m.check_ins[0].notes_html, /<strong>SQL<\/strong>/);

    // Once it has ended, the pair stays in touch with a light periodic check-in.
    await apiCall(mentor.context, mentorMe, 'POST', `/mentorships/${accepted.mentorship}/end`, { note: 'Goals reached.' });
    await p.reload();
    const alumni = p.getByRole('region', { name: `Alumni check-ins with Marta ${tag}` });
    await alumni.waitFor();
    await alumni.getByLabel('Remind me to check in').selectOption('3');
    await alumni.getByText(/Next light check-in by/).waitFor();
    const light = alumni.getByRole('form', { name: `Light check-in with Marta ${tag}` });
    await light.getByLabel('A short note').fill('Landed my first **analytics** interview!');
    await light.getByRole('button', { name: 'Send light check-in' }).click();
    await p.getByText('Check-in sent.').waitFor();
    await alumni.locator('.check-ins strong').first().waitFor();
    const after = await apiCall(mentor.context, mentorMe, 'GET', `/mentorships/${accepted.mentorship}`);
    assert.deepEqual(after.alumni_check_in.plans.map((x) => [x.member, x.every_months]), [[learnerMe.id, 3]]);
    assert.equal(after.alumni_check_in.notes.length, 1);
    assert.match(after.alumni_check_in.notes[0].note_html, /<strong>analytics<\/strong>/);
  });
});
