// Issue 5 in the browser: a learner asks two connections for feedback on a
// portfolio piece, both answer with the rubric, the learner reads the reviews
// and sees the skill's timeline chart; a third member cannot open the request.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiCall, assertNoPageErrors, launch, newPage, screenshot, signUpApi, signUpUi, skip, TEST_TIMEOUT, unique } from './helpers.mjs';

async function connect(a, aMe, b, bMe) {
  const req = await apiCall(a.context, aMe, 'POST', '/connections/requests', { to: bMe.id });
  await apiCall(b.context, bMe, 'POST', `/connections/requests/${req.id}/accept`);
}

async function answer(page, requestId, scores, text) {
  await page.goto(`/feedback/${requestId}`);
  await page.getByRole('heading', { level: 2, name: 'Your review' }).waitFor();
  const form = page.locator('form.review-form');
  const groups = ['Clarity', 'Depth and correctness', 'Fit for its audience'];
  for (let i = 0; i < groups.length; i++) {
    await form.getByRole('group', { name: groups[i] }).getByRole('radio').nth(scores[i] - 1).check();
  }
  await form.getByLabel('What works well').fill(`${text}: the **story** is clear`);
  await form.getByLabel('What to improve').fill('Quantify the impact.');
  await form.getByLabel('One concrete next step').fill('Add one metric to the summary.');
  await form.getByRole('button', { name: 'Send review' }).click();
  await page.getByRole('article', { name: /Review by/ }).first().waitFor();
}

describe('feedback', { skip, timeout: TEST_TIMEOUT * 3 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('ask two connections, both answer with the rubric, the learner reads them and the timeline moves', { timeout: TEST_TIMEOUT * 2 }, async () => {
    const tag = unique('F');
    const r1 = await newPage(browser);
    const r1Me = await signUpApi(r1.context, { name: `Rita ${tag}` });
    const r2 = await newPage(browser);
    const r2Me = await signUpApi(r2.context, { name: `Raul ${tag}` });
    const third = await newPage(browser);
    const thirdMe = await signUpApi(third.context, { name: `Tess ${tag}` });

    const learner = await newPage(browser);
    await signUpUi(learner.page, { name: `Lena ${tag}` });
    const learnerMe = await learner.context.request.get('/api/v1/me').then((r) => r.json());
    await connect(r1, r1Me, learner, learnerMe);
    await connect(r2, r2Me, learner, learnerMe);
    await apiCall(learner.context, learnerMe, 'PATCH', '/me/profile', {
      skills: [
        { name: 'UX Research', level: 2 },
        { name: 'SQL', level: 1 },
      ],
    });

    const p = learner.page;
    await p.reload();
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Feedback' }).click();
    await p.getByRole('heading', { level: 1, name: 'Feedback' }).waitFor();
    // Skills nobody has reviewed or endorsed yet are offered as a prompt that fills in the form.
    await p.getByRole('button', { name: 'Ask for feedback on SQL' }).waitFor();
    await p.getByRole('button', { name: 'Ask for feedback on UX Research' }).click();
    const form = p.getByRole('form', { name: 'Ask for feedback' });
    assert.equal(await form.getByLabel('Skill').inputValue(), 'UX Research');
    await form.getByLabel('What to review (title)').fill(`Portfolio case study ${tag}`);
    await form.getByLabel('Link').fill('https://example.org/case-study');
    await form.getByLabel('Your question').fill('Is my case study convincing to a hiring manager?');
    await form.getByLabel(`Rita ${tag}`).check();
    await form.getByLabel(`Raul ${tag}`).check();
    await screenshot(p, 'feedback-ask');
    await form.getByRole('button', { name: 'Send request' }).click();
    await p.getByRole('heading', { level: 1, name: `Portfolio case study ${tag}` }).waitFor();
    const requestId = Number(new URL(p.url()).pathname.split('/').pop());
    assert.ok(requestId > 0);

    await answer(r1.page, requestId, [4, 4, 5], 'Rita');
    await answer(r2.page, requestId, [3, 2, 3], 'Raul');
    await screenshot(r2.page, 'feedback-review');

    await p.reload();
    const reviews = p.getByRole('article', { name: /Review by/ });
    await reviews.nth(1).waitFor();
    assert.equal(await reviews.count(), 2);
    // Markdown came back rendered (sanitized on the server).
    assert.equal(await reviews.first().locator('strong', { hasText: 'story' }).count(), 1);
    await screenshot(p, 'feedback-reviews');

    await p.getByRole('link', { name: 'See the UX Research timeline' }).click();
    const chart = p.getByRole('img', { name: 'Growth of UX Research' });
    await chart.waitFor();
    assert.equal(await chart.locator('.series-review circle').count(), 2, 'one point per review');
    assert.equal(await chart.locator('.series-self-assessment path').count(), 1, 'one self-assessment');
    await p.getByRole('table', { name: 'Rubric ratings per review' }).waitFor();
    await p.getByRole('link', { name: 'SQL' }).waitFor(); // still without outside feedback
    await screenshot(p, 'skill-timeline');

    // A third member cannot open the request.
    await third.page.goto(`/feedback/${requestId}`);
    await third.page.getByText(/not found/i).first().waitFor();
    assert.equal(await third.page.getByRole('article').count(), 0);
    assertNoPageErrors(learner.page);
  });
});
