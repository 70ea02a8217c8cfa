// Mentorship (issue 4): offers, ranked discovery with reasons, the request
// life cycle (ask-info, accept, decline, withdraw, matched elsewhere, expiry),
// agreements with goals and check-ins, completion feedback and the alumni tie;
// the open-request limit, capacity, concurrent accepts on both databases,
// privacy (third member, blocks, non-discoverable, paused) and bad input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { DB_KIND, detailFields, expectError, expectStatus, randomTag, runSql, signupMany, sleep, sweep, useServer } from './lib/server.mjs';

function today() {
  return new Date().toISOString().slice(0, 10);
}

function offer(extra = {}) {
  return {
    fields: ['Data Science'],
    skills: ['SQL', 'Python'],
    help: 'Moving from a degree into **analytics** jobs.',
    format: 'video',
    cadence: 'biweekly',
    capacity: 2,
    ...extra,
  };
}

async function publish(mentor, extra = {}) {
  const r = await mentor.put('/me/mentor-offer', offer(extra));
  expectStatus(r, 200, 'publish offer');
  return r.body;
}

async function ask(mentee, mentor, goals = ['Learn SQL'], message = 'I am a new graduate.') {
  return mentee.post('/mentorship/requests', { mentor: mentor.id, message, goals });
}

async function asked(mentee, mentor, goals) {
  const r = await ask(mentee, mentor, goals);
  expectStatus(r, 201, 'request');
  return r.body;
}

describe(`mentorship (${DB_KIND})`, () => {
  const ctx = useServer();

  it('discovery counts warm paths up to 3 hops and never names a blocked or deleted intermediary', async () => {
    const skill = `Hop${randomTag()}`;
    // lea - ana - bo - m3 (3 hops); lea - ana - m2 and lea - cy - m2 (2 hops).
    const [lea, ana, bo, cy, m2, m3, far] = await signupMany(ctx.url, 7, 'hop');
    const names = { ana: 'hop 1', cy: 'hop 3' };
    for (const [a, b] of [[lea, ana], [ana, bo], [bo, m3], [lea, cy], [cy, m2], [ana, m2]]) {
      const r = await a.post('/connections/requests', { to: b.id });
      expectStatus(await b.post(`/connections/requests/${r.body.id}/accept`), 200);
    }
    for (const m of [far, m3, m2]) await publish(m, { skills: [skill] });
    const networkReasons = async () => {
      const r = await lea.get(`/mentors?for=me&skill=${skill}`);
      expectStatus(r, 200, 'discovery');
      return r.body.items.map((m) => ({
        id: m.offer.mentor.id,
        all: m.reasons,
        hop: m.reasons.find((x) => /hops away|you are connected/.test(x)) ?? '',
      }));
    };
    let got = await networkReasons();
    // Equal offers: the closer mentor ranks higher.
    assert.deepEqual(got.map((m) => m.id), [m2.id, m3.id, far.id]);
    assert.match(got[0].hop, /^2 hops away via (hop 1|hop 3) \(2 mutual connections\)$/);
    assert.equal(got[1].hop, `3 hops away via ${names.ana}`);
    assert.equal(got[2].hop, '');

    // Lea blocks Ana: Ana is never named again, and m3's only path is gone.
    expectStatus(await lea.post('/blocks', { member: ana.id }), 201, 'block');
    got = await networkReasons();
    assert.equal(got.length, 3, 'the block hides no mentor: the loop below checks all three');
    for (const m of got) assert.ok(!m.all.some((x) => x.includes(names.ana)), m.all.join('; '));
    assert.equal(got[0].id, m2.id);
    assert.equal(got[0].hop, `2 hops away via ${names.cy}`);
    assert.equal(got.find((m) => m.id === m3.id).hop, '');

    // Cy deletes their account: nobody is named and m2 is out of reach.
    expectStatus(await cy.del('/me', { password: cy.password }), 204, 'delete account');
    got = await networkReasons();
    assert.deepEqual(got.map((m) => m.id).sort(), [m2.id, m3.id, far.id].sort(), 'every mentor is still listed');
    for (const m of got) {
      assert.equal(m.hop, '', m.all.join('; '));
      assert.ok(!m.all.some((x) => x.includes(names.cy)), m.all.join('; '));
    }
  });

  it('a learner finds a mentor with reasons, asks, answers a question, is accepted and logs a check-in', async () => {
    const tag = randomTag();
    const skill = `Sql${tag}`;
    const [learner, mentor, other, friend] = await signupMany(ctx.url, 4, 'mx');
    await learner.patchProfile({
      fields: ['Data Science'],
      skills: [{ name: skill, level: 1 }],
      goals: [`Learn ${skill} for analytics`],
    });
    await mentor.patchProfile({ stage: 'experienced', skills: [{ name: skill, level: 5 }] });
    await publish(mentor, { skills: [skill, 'Python'], capacity: 3 });
    await publish(other, { skills: [skill], fields: ['Biology'], capacity: 1 });
    // A warm path: learner - friend - mentor.
    for (const [a, b] of [[learner, friend], [mentor, friend]]) {
      const r = await a.post('/connections/requests', { to: b.id });
      expectStatus(await b.post(`/connections/requests/${r.body.id}/accept`), 200);
    }

    const found = await learner.get(`/mentors?for=me&skill=${encodeURIComponent(skill)}`);
    expectStatus(found, 200, 'discovery');
    assert.deepEqual(found.body.items.map((m) => m.offer.mentor.id), [mentor.id, other.id]);
    const top = found.body.items[0];
    assert.equal(top.full, false);
    assert.equal(top.offer.open_slots, 3);
    assert.ok(top.reasons.some((r) => r.startsWith('covers 1 of your')), top.reasons.join('; '));
    assert.ok(top.reasons.includes('works in Data Science'), top.reasons.join('; '));
    assert.ok(top.reasons.includes('2 hops away via mx 3'), top.reasons.join('; '));
    assert.ok(top.reasons.includes('3 of 3 slots open'), top.reasons.join('; '));
    assert.ok(top.score > found.body.items[1].score);
    assert.equal(top.offer.median_response_hours, null);
    assert.match(top.offer.help_html, /<strong>analytics<\/strong>/);

    const req = await asked(learner, mentor, [`Learn ${skill}`, 'Build a portfolio']);
    assert.equal(req.status, 'pending');
    const elsewhere = await asked(learner, other, [`learn ${skill.toLowerCase()}`]);
    await publish(friend, { skills: ['Public speaking'] });
    const unrelated = await asked(learner, friend, ['Public speaking']);

    assert.deepEqual((await mentor.get('/mentorship/requests?role=mentor')).body.items.map((r) => r.id), [req.id]);
    const q = await mentor.post(`/mentorship/requests/${req.id}/ask-info`, { question: 'Which tools do you use?' });
    expectStatus(q, 200, 'ask-info');
    assert.equal(q.body.status, 'info_requested');
    expectError(await mentor.post(`/mentorship/requests/${req.id}/answer`, { answer: 'x' }), 403, 'wrong_party');
    const a = await learner.post(`/mentorship/requests/${req.id}/answer`, { answer: 'Excel and a little Python.' });
    expectStatus(a, 200, 'answer');
    assert.equal(a.body.status, 'pending');
    assert.equal(a.body.info_answer, 'Excel and a little Python.');

    const acc = await mentor.post(`/mentorship/requests/${req.id}/accept`);
    expectStatus(acc, 200, 'accept');
    assert.equal(acc.body.status, 'accepted');
    const mid = acc.body.mentorship;
    assert.ok(mid > 0);
    // The overlapping request was closed; the unrelated one stays open.
    assert.equal((await learner.get(`/mentorship/requests/${elsewhere.id}`)).body.status, 'matched_elsewhere');
    assert.equal((await learner.get(`/mentorship/requests/${unrelated.id}`)).body.status, 'pending');
    expectError(await other.post(`/mentorship/requests/${elsewhere.id}/accept`), 409, 'not_open');

    // Notifications: the request, the question, the decision and the closed request.
    const kinds = async (c) => (await c.get('/notifications?limit=100')).body.items.map((n) => n.kind);
    assert.ok((await kinds(mentor)).includes('mentorship.request'));
    assert.ok((await kinds(mentor)).includes('mentorship.info_answered'));
    const learnerKinds = await kinds(learner);
    assert.ok(learnerKinds.includes('mentorship.info_requested'), learnerKinds.join());
    assert.ok(learnerKinds.includes('mentorship.accepted'), learnerKinds.join());
    assert.ok((await kinds(other)).includes('mentorship.matched_elsewhere'));

    // The offer now shows one slot taken and a response time.
    const mine = await mentor.get('/me/mentor-offer');
    assert.equal(mine.body.open_slots, 2);
    assert.equal(mine.body.median_response_hours, 0);
    assert.ok(mine.body.last_active_at);

    const m = await learner.get(`/mentorships/${mid}`);
    expectStatus(m, 200, 'mentorship');
    assert.equal(m.body.status, 'active');
    assert.equal(m.body.mentor.id, mentor.id);
    assert.deepEqual(m.body.goals.map((g) => [g.text, g.status]), [[`Learn ${skill}`, 'open'], ['Build a portfolio', 'open']]);
    const goal = m.body.goals[0].id;
    const g = await mentor.patch(`/mentorships/${mid}/goals/${goal}`, { status: 'in_progress' });
    expectStatus(g, 200, 'goal status');
    assert.equal(g.body.goals[0].status, 'in_progress');
    expectStatus(await learner.post(`/mentorships/${mid}/goals`, { text: 'Apply to 3 jobs' }), 201, 'add goal');

    const ci = await learner.post(`/mentorships/${mid}/check-ins`, {
      date: today(),
      notes: 'We reviewed my **SQL** exercises.',
      next_steps: 'Finish the joins chapter.',
    });
    expectStatus(ci, 201, 'check-in');
    assert.ok((await kinds(mentor)).includes('mentorship.check_in'));
    assert.equal(ci.body.check_ins.length, 1);
    assert.equal(ci.body.check_ins[0].author, learner.id);
    assert.match(ci.body.check_ins[0].notes_html, /<strong>SQL<\/strong>/);
    assert.equal(ci.body.check_in_overdue, false);
    assert.ok(ci.body.last_check_in_at);

    // Ending, feedback once per side, and the alumni tie only when both agree.
    expectError(await learner.post(`/mentorships/${mid}/feedback`, { helpfulness: 5, went_well: 'x' }), 409, 'still_active');
    const ended = await mentor.post(`/mentorships/${mid}/end`, { note: 'Goals reached.' });
    expectStatus(ended, 200, 'end');
    assert.equal(ended.body.status, 'ended');
    expectError(await learner.post(`/mentorships/${mid}/end`, {}), 409, 'ended');
    expectError(await learner.post(`/mentorships/${mid}/check-ins`, { date: today(), notes: 'late' }), 409, 'ended');
    const fb = await learner.post(`/mentorships/${mid}/feedback`, { helpfulness: 5, went_well: 'Clear plan.', suggestion: 'More mock interviews.' });
    expectStatus(fb, 201, 'feedback');
    assert.deepEqual(fb.body.feedback.map((f) => [f.author, f.helpfulness]), [[learner.id, 5]]);
    expectError(await learner.post(`/mentorships/${mid}/feedback`, { helpfulness: 4, went_well: 'again' }), 409, 'feedback_given');
    expectStatus(await learner.put(`/mentorships/${mid}/alumni`, { visible: true }), 200);
    assert.deepEqual((await other.get(`/members/${learner.id}/mentorship-alumni`)).body.items, []);
    const both = await mentor.put(`/mentorships/${mid}/alumni`, { visible: true });
    assert.equal(both.body.alumni_visible, true);
    const ties = await other.get(`/members/${learner.id}/mentorship-alumni`);
    assert.deepEqual(ties.body.items.map((t) => [t.other.id, t.role]), [[mentor.id, 'mentee']]);
    const mentorTies = await other.get(`/members/${mentor.id}/mentorship-alumni`);
    assert.deepEqual(mentorTies.body.items.map((t) => [t.other.id, t.role]), [[learner.id, 'mentor']]);
  });

  it('declines with a reason, withdrawals, at most 5 open requests and one open request per mentor', async () => {
    const [mentee, ...mentors] = await signupMany(ctx.url, 7, 'lim');
    for (const m of mentors) await publish(m);
    const r0 = await asked(mentee, mentors[0]);
    expectError(await ask(mentee, mentors[0]), 409, 'request_open', 'second open request to the same mentor');
    expectError(await mentors[0].post(`/mentorship/requests/${r0.id}/decline`, {}), 422, 'validation_failed');
    const d = await mentors[0].post(`/mentorship/requests/${r0.id}/decline`, { reason: 'I am only taking Python mentees.' });
    expectStatus(d, 200, 'decline');
    assert.equal(d.body.status, 'declined');
    assert.equal(d.body.decline_reason, 'I am only taking Python mentees.');
    expectError(await mentors[0].post(`/mentorship/requests/${r0.id}/accept`), 409, 'not_open');

    const open = [];
    for (let i = 1; i <= 5; i++) open.push(await asked(mentee, mentors[i], [`Goal ${i}`]));
    const sixth = await ask(mentee, mentors[0], ['Goal 6']);
    expectError(sixth, 409, 'too_many_open_requests', 'sixth open request');
    assert.match(sixth.body.error.message, /5 open/);
    const w = await mentee.post(`/mentorship/requests/${open[0].id}/withdraw`);
    expectStatus(w, 200, 'withdraw');
    assert.equal(w.body.status, 'withdrawn');
    expectError(await mentors[2].post(`/mentorship/requests/${open[1].id}/withdraw`), 403, 'wrong_party');
    expectStatus(await ask(mentee, mentors[0], ['Goal 6']), 201, 'room again after a withdrawal');
  });

  it('capacity holds when a mentor accepts two mentees for the last slot at once', async () => {
    for (let round = 0; round < 3; round++) {
      const [mentor, a, b, open, viewer] = await signupMany(ctx.url, 5, `cap${round}`);
      const skill = `Cap${randomTag()}`;
      await publish(mentor, { capacity: 1, skills: [skill] });
      await publish(open, { capacity: 2, skills: [skill] });
      const ra = await asked(a, mentor);
      const rb = await asked(b, mentor);
      const results = await Promise.all([
        mentor.post(`/mentorship/requests/${ra.id}/accept`),
        mentor.post(`/mentorship/requests/${rb.id}/accept`),
      ]);
      const statuses = results.map((r) => r.status).sort();
      assert.deepEqual(statuses, [200, 409], JSON.stringify(results.map((r) => r.body)));
      const lost = results.find((r) => r.status === 409);
      assert.equal(lost.body.error.code, 'mentor_full');
      const list = await mentor.get('/mentorships');
      assert.equal(list.body.items.filter((m) => m.status === 'active').length, 1);
      assert.equal((await mentor.get('/me/mentor-offer')).body.open_slots, 0);
      // A full offer is listed last, marked full: a member outside both mentorships sees the
      // open mentor first and the full one after it.
      const seen = await viewer.get(`/mentors?for=me&skill=${skill}`);
      expectStatus(seen, 200, 'discovery');
      assert.deepEqual(
        seen.body.items.map((m) => [m.offer.mentor.id, m.full]),
        [[open.id, false], [mentor.id, true]],
      );
      const loser = results[0].status === 200 ? b : a;
      expectError(await ask(loser, mentor, ['Other goal']), 409, 'mentor_full');
    }
  });

  it('two mentors accepting the same mentee at once: one mentorship, the other request closed', async () => {
    for (let round = 0; round < 3; round++) {
      const [mentee, m1, m2] = await signupMany(ctx.url, 3, `race${round}`);
      await publish(m1);
      await publish(m2);
      const r1 = await asked(mentee, m1, ['Learn SQL']);
      const r2 = await asked(mentee, m2, ['learn  sql']);
      const results = await Promise.all([
        m1.post(`/mentorship/requests/${r1.id}/accept`),
        m2.post(`/mentorship/requests/${r2.id}/accept`),
      ]);
      assert.deepEqual(results.map((r) => r.status).sort(), [200, 409], JSON.stringify(results.map((r) => r.body)));
      assert.equal(results.find((r) => r.status === 409).body.error.code, 'not_open');
      const mine = await mentee.get('/mentorships');
      assert.equal(mine.body.items.length, 1);
      const statuses = (await mentee.get('/mentorship/requests')).body.items.map((r) => r.status).sort();
      assert.deepEqual(statuses, ['accepted', 'matched_elsewhere']);
    }
  });

  it('privacy: third members get 404; blocks, non-discoverable members and paused offers are never listed', async () => {
    const tag = randomTag();
    const skill = `Py${tag}`;
    const [mentee, mentor, third, blocker, hidden, paused] = await signupMany(ctx.url, 6, 'priv');
    for (const m of [mentor, blocker, hidden, paused]) await publish(m, { skills: [skill] });
    await hidden.patchProfile({ discoverable: false });
    await publish(paused, { skills: [skill], paused: true });
    expectStatus(await blocker.post('/blocks', { member: mentee.id }), 201, 'block');

    const list = await mentee.get(`/mentors?skill=${skill}`);
    assert.deepEqual(list.body.items.map((m) => m.offer.mentor.id), [mentor.id]);
    expectError(await mentee.get(`/members/${blocker.id}/mentor-offer`), 404, 'not_found');
    expectError(await mentee.get(`/members/${paused.id}/mentor-offer`), 404, 'not_found');
    expectStatus(await mentee.get(`/members/${mentor.id}/mentor-offer`), 200);
    expectError(await ask(mentee, blocker), 404, 'not_found', 'blocked mentor');
    expectError(await ask(mentee, paused), 404, 'not_found', 'paused offer');
    expectError(await ask(mentee, mentee), 422, 'validation_failed', 'self');

    const req = await asked(mentee, mentor);
    expectError(await third.get(`/mentorship/requests/${req.id}`), 404, 'not_found');
    expectError(await third.post(`/mentorship/requests/${req.id}/accept`), 404, 'not_found');
    const acc = await mentor.post(`/mentorship/requests/${req.id}/accept`);
    const mid = acc.body.mentorship;
    expectError(await third.get(`/mentorships/${mid}`), 404, 'not_found');
    expectError(await third.post(`/mentorships/${mid}/check-ins`, { date: today(), notes: 'x' }), 404, 'not_found');
    expectError(await third.post(`/mentorships/${mid}/end`, {}), 404, 'not_found');
    // After a block the mentorship disappears for both sides.
    expectStatus(await mentor.post('/blocks', { member: mentee.id }), 201, 'block');
    expectError(await mentee.get(`/mentorships/${mid}`), 404, 'not_found');
    assert.deepEqual((await mentee.get('/mentorships')).body.items, []);
    expectError(await mentee.get(`/mentorship/requests/${req.id}`), 404, 'not_found');
  });

  it('bad input: 422 with field details and nothing stored', async () => {
    const [mentee, mentor] = await signupMany(ctx.url, 2, 'bad');
    const r = await mentor.put('/me/mentor-offer', { ...offer(), capacity: 21, format: 'fax', fields: [], skills: [], help: '' });
    expectError(r, 422, 'validation_failed');
    assert.deepEqual(detailFields(r).sort(), ['capacity', 'format']);
    const r2 = await mentor.put('/me/mentor-offer', { ...offer(), fields: [], skills: [], help: ' ' });
    assert.deepEqual(detailFields(r2).sort(), ['help', 'skills']);
    expectError(await mentor.put('/me/mentor-offer', { ...offer(), extra: 1 }), 422, 'validation_failed');
    expectError(await mentor.get('/me/mentor-offer'), 404, 'not_found', 'nothing stored');
    await publish(mentor);
    const req = await ask(mentee, mentor, [], '');
    expectError(req, 422, 'validation_failed');
    assert.deepEqual(detailFields(req).sort(), ['goals', 'message']);
    const six = await ask(mentee, mentor, ['a', 'b', 'c', 'd', 'e', 'f']);
    assert.deepEqual(detailFields(six), ['goals']);
    assert.deepEqual((await mentee.get('/mentorship/requests')).body.items, []);
    expectError(await mentee.get('/mentors?for=someone'), 422, 'validation_failed');
    expectError(await mentee.get('/mentors?limit=0'), 422, 'validation_failed');
    expectError(await mentee.get('/mentorship/requests?role=boss'), 422, 'validation_failed');

    const acc = await mentor.post(`/mentorship/requests/${(await asked(mentee, mentor)).id}/accept`);
    const mid = acc.body.mentorship;
    const ci = await mentee.post(`/mentorships/${mid}/check-ins`, { date: '2999-01-01', notes: '' });
    assert.deepEqual(detailFields(ci).sort(), ['date', 'notes']);
    const bad = await mentee.post(`/mentorships/${mid}/check-ins`, { date: '2020-02-30', notes: 'x' });
    assert.deepEqual(detailFields(bad), ['date']);
    expectError(await mentee.patch(`/mentorships/${mid}/goals/999999`, { status: 'done' }), 404, 'not_found');
    const gs = await mentee.patch(`/mentorships/${mid}/goals/1`, { status: 'finished' });
    assert.deepEqual(detailFields(gs), ['status']);
    assert.equal((await mentee.get(`/mentorships/${mid}`)).body.check_ins.length, 0);
  });
});

describe(`mentorship request expiry (${DB_KIND})`, () => {
  const ctx = useServer({ extraArgs: ['--mentorship-request-ttl', '2'] });

  it('an unanswered request expires after the configured time and frees its slot', async () => {
    const [mentee, mentor] = await signupMany(ctx.url, 2, 'exp');
    await publish(mentor);
    const req = await asked(mentee, mentor);
    assert.equal((await mentor.get(`/mentorship/requests/${req.id}`)).body.status, 'pending');
    await sleep(2500); // the configured 2 s pass (not a timing assert: nothing races this)
    assert.equal((await mentee.get(`/mentorship/requests/${req.id}`)).body.status, 'expired');
    // The expiry sweep records it and tells both sides, once however often it runs.
    await sweep(ctx.server);
    await sweep(ctx.server);
    const expiredNotes = async (c) =>
      (await c.get('/notifications?limit=100')).body.items.filter((n) => n.kind === 'mentorship.request_expired');
    const [toMentee, toMentor] = [await expiredNotes(mentee), await expiredNotes(mentor)];
    assert.equal(toMentee.length, 1, 'the mentee is told once');
    assert.equal(toMentor.length, 1, 'the mentor is told once');
    assert.match(toMentee[0].title, /^Your mentorship request to .+ expired$/);
    assert.match(toMentor[0].title, /^The mentorship request from .+ expired$/);
    expectError(await mentor.post(`/mentorship/requests/${req.id}/accept`), 409, 'not_open');
    // The next request records the expiry, so the pair may start again.
    expectStatus(await ask(mentee, mentor), 201, 'a new request after expiry');
    const statuses = (await mentee.get('/mentorship/requests')).body.items.map((r) => r.status);
    assert.deepEqual(statuses, ['pending', 'expired']);
    const told = (await mentee.get('/notifications')).body.items.filter((n) => n.kind === 'mentorship.request_expired');
    assert.equal(told.length, 1);
  });
});

// The light periodic check-in of an alumni tie. Reminders come from the sweep
// `pln serve` runs at start and every minute: the test moves the tie's dates
// back in the database and restarts the server.
describe(`mentorship alumni check-ins (${DB_KIND})`, () => {
  const ctx = useServer();

  const sql = (q) => runSql(ctx.server, q);
  const backdate = (mid, days) => {
    const ms = days * 24 * 3600 * 1000;
    sql(`UPDATE mentorships SET ended_at = ended_at - ${ms} WHERE id = ${mid}`);
    sql(`UPDATE alumni_checkin_plans SET since = since - ${ms} WHERE mentorship_id = ${mid}`);
    sql(`UPDATE alumni_checkins SET created_at = created_at - ${ms} WHERE mentorship_id = ${mid}`);
  };
  // Stops the server, moves the tie `days` back (if given) and starts it again.
  const restart = async (clients, mid, days) => {
    const info = await ctx.server.stop();
    assert.equal(info.code, 0);
    if (days) backdate(mid, days);
    await ctx.server.restart();
    ctx.url = ctx.server.baseUrl;
    for (const c of clients) c.baseUrl = ctx.url;
  };
  const dueReminders = async (c) =>
    (await c.get('/notifications?limit=100')).body.items.filter((n) => n.kind === 'mentorship.alumni_check_in_due');
  // The server's own start-up sweep runs beside the first requests; `pln sweep` runs the same
  // sweep to completion, so what the sweep did not send is provably not coming.
  const sweptReminders = async (c) => {
    await sweep(ctx.server);
    return (await dueReminders(c)).length;
  };

  it('either side opts in to a light check-in, notes are shared and reset the clock, reminders come once per period', async () => {
    const [mentee, mentor, third] = await signupMany(ctx.url, 3, 'alm');
    await publish(mentor);
    const req = await asked(mentee, mentor, ['Learn SQL']);
    const mid = (await mentor.post(`/mentorship/requests/${req.id}/accept`)).body.mentorship;
    assert.ok(mid > 0);
    expectError(await mentee.put(`/mentorships/${mid}/alumni-check-in`, { every_months: 3 }), 409, 'not_ended');
    expectError(await mentee.post(`/mentorships/${mid}/alumni-check-ins`, { note: 'hi' }), 409, 'not_ended');
    expectStatus(await mentor.post(`/mentorships/${mid}/end`, { note: 'Done.' }), 200, 'end');
    const fresh = (await mentee.get(`/mentorships/${mid}`)).body;
    assert.deepEqual(fresh.alumni_check_in, { plans: [], notes: [] });

    // Bad input: 422 naming the field, nothing stored; a third member sees nothing.
    const bad = await mentee.put(`/mentorships/${mid}/alumni-check-in`, { every_months: 4 });
    expectError(bad, 422, 'validation_failed');
    assert.deepEqual(detailFields(bad), ['every_months']);
    const long = await mentee.post(`/mentorships/${mid}/alumni-check-ins`, { note: 'x'.repeat(501) });
    expectError(long, 422, 'validation_failed');
    assert.deepEqual(detailFields(long), ['note']);
    expectError(await third.put(`/mentorships/${mid}/alumni-check-in`, { every_months: 3 }), 404, 'not_found');
    expectError(await third.post(`/mentorships/${mid}/alumni-check-ins`, { note: 'hi' }), 404, 'not_found');
    assert.deepEqual((await mentee.get(`/mentorships/${mid}`)).body.alumni_check_in, { plans: [], notes: [] });

    const plan = await mentee.put(`/mentorships/${mid}/alumni-check-in`, { every_months: 3 });
    expectStatus(plan, 200, 'opt in');
    assert.equal(plan.body.alumni_check_in.plans.length, 1);
    const p = plan.body.alumni_check_in.plans[0];
    assert.equal(p.member, mentee.id);
    assert.equal(p.every_months, 3);
    assert.equal(p.due, false);
    const days = (Date.parse(p.next_due) - Date.now()) / 86_400_000;
    assert.ok(days > 90 && days <= 91, `next due in ${days} days`);

    const note = await mentor.post(`/mentorships/${mid}/alumni-check-ins`, { note: 'Started at **Acme** this week!' });
    expectStatus(note, 201, 'light check-in');
    const seen = (await mentee.get(`/mentorships/${mid}`)).body.alumni_check_in;
    assert.equal(seen.notes.length, 1);
    assert.equal(seen.notes[0].author, mentor.id);
    assert.match(seen.notes[0].note_html, /<strong>Acme<\/strong>/);
    const told = (await mentee.get('/notifications?limit=100')).body.items.filter((n) => n.kind === 'mentorship.alumni_check_in');
    assert.equal(told.length, 1);
    assert.equal(told[0].link, `/mentoring/${mid}`);

    // Four months later (as far as the database knows) one reminder is due,
    // only for the side that opted in, and a second sweep adds none.
    await restart([mentee, mentor, third], mid, 120);
    assert.equal(await sweptReminders(mentee), 1);
    assert.equal((await dueReminders(mentor)).length, 0);
    assert.equal((await mentee.get(`/mentorships/${mid}`)).body.alumni_check_in.plans[0].due, true);
    await restart([mentee, mentor, third]);
    assert.equal(await sweptReminders(mentee), 1, 'a second sweep adds none');

    // A note resets the clock; opting out stops the reminders.
    const reset = await mentee.post(`/mentorships/${mid}/alumni-check-ins`, { note: 'Still learning SQL.' });
    expectStatus(reset, 201, 'note resets the clock');
    assert.equal(reset.body.alumni_check_in.plans[0].due, false);
    assert.deepEqual(reset.body.alumni_check_in.notes.map((n) => n.author), [mentee.id, mentor.id]);
    expectStatus(await mentee.put(`/mentorships/${mid}/alumni-check-in`, { every_months: 0 }), 200, 'opt out');
    await restart([mentee, mentor, third], mid, 400);
    assert.equal(await sweptReminders(mentee), 1, 'no reminder after opting out');
  });
  it('an overdue check-in reminds both sides once per missed period, until one is logged', async () => {
    const [mentee, mentor] = await signupMany(ctx.url, 2, 'due');
    await publish(mentor); // biweekly cadence: a check-in is due 14 days after the start
    const req = await asked(mentee, mentor, ['Learn SQL']);
    const mid = (await mentor.post(`/mentorship/requests/${req.id}/accept`)).body.mentorship;
    assert.ok(mid > 0);
    const overdue = async (c) =>
      (await c.get('/notifications?limit=100')).body.items.filter((n) => n.kind === 'mentorship.check_in_overdue');
    const counts = async () => [(await overdue(mentee)).length, (await overdue(mentor)).length];
    await sweep(ctx.server);
    assert.deepEqual(await counts(), [0, 0], 'not due yet');

    // 20 days since the start (as far as the database knows): one missed period.
    const day = 24 * 3600 * 1000;
    sql(`UPDATE mentorships SET started_at = started_at - ${20 * day} WHERE id = ${mid}`);
    await sweep(ctx.server);
    await sweep(ctx.server);
    assert.deepEqual(await counts(), [1, 1], 'both sides, once');
    const note = (await overdue(mentor))[0];
    assert.equal(note.link, `/mentoring/${mid}`);
    assert.equal(note.title, 'A mentorship check-in is overdue');

    // Two more weeks without a check-in: a second period, a second reminder each.
    sql(`UPDATE mentorships SET started_at = started_at - ${14 * day} WHERE id = ${mid}`);
    await sweep(ctx.server);
    assert.deepEqual(await counts(), [2, 2], 'one per missed period');

    // A logged check-in starts the clock again: no further reminder.
    expectStatus(await mentee.post(`/mentorships/${mid}/check-ins`, { date: today(), notes: 'We met.' }), 201, 'check-in');
    await sweep(ctx.server);
    assert.deepEqual(await counts(), [2, 2], 'nothing after the check-in');
  });
});
