// A malformed value in the database (a hand edit, a bug of an older version) fails the request
// that reads it with a 500 and the standard error body; the server logs what it found, stays up
// and answers the next request. The values are written with raw SQL (sqlite3 or psql), past the
// store's own checks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { DB_KIND, assertErrorShape, expectError, expectStatus, runSql, signupMany, sleep, useServer } from './lib/server.mjs';

function inDays(n) {
  return new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
}

describe(`malformed stored values (${DB_KIND})`, () => {
  const ctx = useServer();

  it('a rubric of the wrong JSON types answers 500, and the server carries on', async () => {
    const [learner, reviewer] = await signupMany(ctx.url, 2, 'corrupt');
    const r = await learner.post('/connections/requests', { to: reviewer.id });
    expectStatus(r, 201, 'connection request');
    expectStatus(await reviewer.post(`/connections/requests/${r.body.id}/accept`), 200, 'accept');
    const created = await learner.post('/feedback/requests', {
      skill: 'SQL',
      artifact: { title: 'Query review', url: 'https://example.org/q', text: 'SELECT 1' },
      question: 'Readable?',
      reviewers: [reviewer.id],
      deadline: inDays(7),
    });
    expectStatus(created, 201, 'feedback request');
    const id = created.body.id;
    expectStatus(await learner.get(`/feedback/requests/${id}`), 200, 'read before');

    // Valid JSON, wrong types: the criterion's id is a number, a level is not a string.
    runSql(ctx.server, `UPDATE feedback_requests SET rubric = '[{"id": 7, "name": "Story", "levels": [1]}]' WHERE id = ${id}`);
    const res = await learner.get(`/feedback/requests/${id}`);
    expectError(res, 500, 'internal', 'corrupt rubric');
    assertErrorShape(res.body, 'corrupt rubric');
    assert.doesNotMatch(res.text, /corrupt row|feedback_requests|json/i, 'the body does not show the internals');

    // Still serving, and the log says which table held what.
    expectStatus(await learner.get('/me'), 200, 'the next request');
    for (let i = 0; i < 50 && !ctx.server.output.includes('corrupt row in feedback_requests'); i++) await sleep(20);
    assert.match(ctx.server.output, /corrupt row in feedback_requests: unreadable rubric/);

    // The repair writes the rubric back as it was (an empty one would break the contract: a
    // rubric has at least one criterion).
    const rubric = JSON.stringify(created.body.rubric.criteria).replaceAll("'", "''");
    runSql(ctx.server, `UPDATE feedback_requests SET rubric = '${rubric}' WHERE id = ${id}`);
    const repaired = await learner.get(`/feedback/requests/${id}`);
    expectStatus(repaired, 200, 'read after the repair');
    assert.deepEqual(repaired.body.rubric, created.body.rubric, 'the repaired rubric reads back as it was');
  });
});
