// The feedback deadline sweep over HTTP: reminders two days before the deadline (not in the
// invitation's first day) and on the deadline day, each once; a reviewer who has not answered
// by the end of the deadline day has lapsed: every view says so, answering is refused, and the
// lapse counts in their stats. The sweep is run with `pln sweep`, so a reminder that must not
// come is checked after a sweep has finished; stored dates are moved back in the database.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { DB_KIND, expectError, expectStatus, runSql, signupMany, sweep, useServer } from './lib/server.mjs';

const DAY_MS = 86_400_000;
const inDays = (n) => new Date(Date.now() + n * DAY_MS).toISOString().slice(0, 10);

async function connect(a, b) {
  const r = await a.post('/connections/requests', { to: b.id });
  expectStatus(r, 201, 'connection request');
  expectStatus(await b.post(`/connections/requests/${r.body.id}/accept`), 200, 'accept');
}

describe(`feedback deadlines and reminders (${DB_KIND})`, () => {
  const ctx = useServer();

  it('reminds before and on the deadline once each, then lapses the slot for good', async () => {
    const [owner, soon, lastDay, late] = await signupMany(ctx.url, 4, 'dl');
    for (const r of [soon, lastDay, late]) await connect(owner, r);
    const ask = async (reviewer, deadline) => {
      const r = await owner.post('/feedback/requests', {
        skill: 'UX Research',
        artifact: { title: `Case for ${reviewer.id}` },
        question: 'Is it convincing?',
        reviewers: [reviewer.id],
        deadline,
      });
      expectStatus(r, 201, 'create');
      return r.body;
    };
    const rSoon = await ask(soon, inDays(2));
    const rLastDay = await ask(lastDay, inDays(0));
    const rLate = await ask(late, inDays(1));
    const reminders = async (c) =>
      (await c.get('/notifications?limit=100')).body.items.filter((n) => n.kind === 'feedback.reminder');

    await sweep(ctx.server);
    assert.deepEqual(await reminders(soon), [], 'no "due soon" in the invitation\'s first day');
    const onTheDay = await reminders(lastDay);
    assert.equal(onTheDay.length, 1, 'the deadline day');
    assert.equal(onTheDay[0].title, `Last day to give feedback on "Case for ${lastDay.id}" (UX Research)`);
    assert.equal(onTheDay[0].link, `/feedback/${rLastDay.id}`);

    // Two days on (as far as the database knows) for the first request; the third one's
    // deadline was yesterday.
    runSql(ctx.server, `UPDATE feedback_requests SET created_at = created_at - ${2 * DAY_MS} WHERE id = ${rSoon.id}`);
    runSql(ctx.server, `UPDATE feedback_requests SET deadline = '${inDays(-1)}' WHERE id = ${rLate.id}`);
    await sweep(ctx.server);
    await sweep(ctx.server);
    const dueSoon = await reminders(soon);
    assert.equal(dueSoon.length, 1, 'two days before, once');
    assert.equal(dueSoon[0].title, `Feedback due in 2 days: feedback on "Case for ${soon.id}" (UX Research)`);
    assert.match(dueSoon[0].body, /You have not accepted or declined it yet\./);
    assert.equal((await reminders(lastDay)).length, 1, 'the deadline-day reminder is not repeated');
    assert.deepEqual(await reminders(late), [], 'no reminder after the deadline');

    // The late reviewer has lapsed: both sides see it, answering is refused, it counts.
    for (const who of [owner, late]) {
      const view = await who.get(`/feedback/requests/${rLate.id}`);
      expectStatus(view, 200, 'view');
      assert.deepEqual(view.body.reviewers.map((s) => s.status), ['lapsed']);
    }
    expectError(await late.post(`/feedback/requests/${rLate.id}/accept`), 409, 'lapsed', 'accept after the deadline');
    const stats = await late.get('/me/feedback-stats');
    expectStatus(stats, 200, 'stats');
    assert.equal(stats.body.lapsed, 1);
    assert.equal((await soon.get('/me/feedback-stats')).body.lapsed, 0);
  });
});
