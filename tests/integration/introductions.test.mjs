// Warm introductions with consent (issue 18): A asks B (connected to both) to
// introduce them to C; B forwards or declines; C accepts (A and C are then
// connected) or declines. Declines are silent: A's view of a declined request is
// the view of an unanswered one until it expires ("not_possible") or is
// withdrawn; C never reads A's note to B; a third member, a blocked member and
// an anonymous visitor see nothing. Races, limits and bad input, on SQLite and
// PostgreSQL.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { Client, DB_KIND, detailFields, expectError, expectStatus, runSql, signupMany, sweep, useServer } from './lib/server.mjs';

async function connect(a, b) {
  const r = await a.post('/connections/requests', { to: b.id });
  expectStatus(r, 201, 'connection request');
  expectStatus(await b.post(`/connections/requests/${r.body.id}/accept`), 200, 'accept connection');
}

// A, B and C with B connected to both; A and C strangers.
async function triangle(url, prefix) {
  const [a, b, c] = await signupMany(url, 3, prefix);
  await connect(a, b);
  await connect(b, c);
  return [a, b, c];
}

function ask(a, b, c, extra = {}) {
  return a.post('/introductions', {
    broker: b.id,
    target: c.id,
    note: 'Private: I met them at the **meetup**.',
    blurb: 'Hi, I would love to hear how you got into analytics.',
    ...extra,
  });
}

async function asked(a, b, c, extra) {
  const r = await ask(a, b, c, extra);
  expectStatus(r, 201, 'ask for an introduction');
  return r.body;
}

async function notes(client, kindPrefix = 'introduction.') {
  const r = await client.get('/notifications?limit=100');
  expectStatus(r, 200, 'notifications');
  return r.body.items.filter((n) => n.kind.startsWith(kindPrefix));
}

async function connected(a, b) {
  const r = await a.get(`/members/${b.id}`);
  expectStatus(r, 200, 'member');
  return r.body.relationship.connection === 'connected';
}

// What A is shown, without what differs between two requests anyway.
function shape(view) {
  const { id, target, broker, created_at, expires_at, forwarded_at, closed_at, blurb, note, note_html, ...rest } = view;
  return { ...rest, forwarded: forwarded_at !== null, closed: closed_at !== null };
}

const expire = (ctx, id) =>
  runSql(ctx.server, `UPDATE introductions SET expires_at = created_at + 1 WHERE id = ${id}`);

describe(`introductions (${DB_KIND})`, () => {
  const ctx = useServer();

  it('a full introduction from A to C through B ends with A and C connected and B thanked', async () => {
    const [a, b, c] = await triangle(ctx.url, 'full');
    // pln suggests B, with reasons.
    const brokers = await a.get(`/members/${c.id}/introduction-brokers`);
    expectStatus(brokers, 200, 'brokers');
    assert.deepEqual(brokers.body.items.map((x) => x.broker.id), [b.id]);
    assert.ok(brokers.body.items[0].reasons.some((r) => /^connected to you for /.test(r)), brokers.body.items[0].reasons.join('; '));

    const mine = await asked(a, b, c);
    assert.equal(mine.role, 'requester');
    assert.equal(mine.status, 'requested');
    assert.equal(mine.note, 'Private: I met them at the **meetup**.');
    assert.deepEqual(mine.actions, ['withdraw']);

    // B is asked; C does not know of it yet.
    const toB = await notes(b);
    assert.equal(toB.length, 1);
    assert.equal(toB[0].kind, 'introduction.requested');
    const forward = (await b.get('/introductions?role=broker')).body.items;
    assert.deepEqual(forward.map((x) => x.id), [mine.id]);
    assert.match(forward[0].note_html, /<strong>meetup<\/strong>/);
    assert.deepEqual(forward[0].actions, ['forward', 'decline']);
    expectError(await c.get(`/introductions/${mine.id}`), 404, 'not_found', 'C before the forward');
    assert.deepEqual((await c.get('/introductions?role=target')).body.items, []);
    assert.deepEqual(await notes(c), []);

    // B forwards with an edited blurb; C reads the blurb but never the note.
    const fw = await b.post(`/introductions/${mine.id}/forward`, { blurb: 'Meet my friend, a sharp new analyst.' });
    expectStatus(fw, 200, 'forward');
    assert.equal(fw.body.status, 'forwarded');
    const seen = await c.get(`/introductions/${mine.id}`);
    expectStatus(seen, 200, 'C reads it');
    assert.equal(seen.body.role, 'target');
    assert.equal(seen.body.note, null);
    assert.equal(seen.body.note_html, null);
    assert.ok(!seen.text.includes('meetup'), 'the note never reaches C');
    assert.equal(seen.body.blurb, 'Meet my friend, a sharp new analyst.');
    assert.deepEqual(seen.body.actions, ['decline', 'accept']);
    const toC = await notes(c);
    assert.equal(toC.length, 1);
    assert.equal(toC[0].kind, 'introduction.forwarded');
    assert.ok(!JSON.stringify(toC).includes('meetup'));
    assert.equal((await a.get(`/introductions/${mine.id}`)).body.status, 'forwarded');

    // C accepts: connected, and everyone is told (A and C are asked to thank B).
    assert.equal(await connected(a, c), false);
    const connectionNotes = (await notes(a, 'connection.')).length;
    const ok = await c.post(`/introductions/${mine.id}/accept`);
    expectStatus(ok, 200, 'accept');
    assert.equal(ok.body.status, 'accepted');
    assert.equal(await connected(a, c), true);
    assert.equal(await connected(c, a), true);
    assert.equal((await a.get(`/introductions/${mine.id}`)).body.status, 'accepted');
    const [toA, toC2, toB2] = [await notes(a), await notes(c), await notes(b)];
    assert.deepEqual(toA.map((n) => n.kind), ['introduction.accepted']);
    assert.match(toA[0].body, /Thank them/);
    assert.deepEqual(toC2.map((n) => n.kind), ['introduction.accepted', 'introduction.forwarded']);
    assert.deepEqual(toB2.map((n) => n.kind), ['introduction.thanks', 'introduction.requested']);
    // No second, request-style "accepted your request to connect" notification.
    assert.equal((await notes(a, 'connection.')).length, connectionNotes);
    // Once accepted, nothing moves any more.
    expectError(await a.post(`/introductions/${mine.id}/withdraw`), 409, 'not_open');
    expectError(await c.post(`/introductions/${mine.id}/decline`), 409, 'not_open');
  });

  it('declines are silent: A sees a declined request exactly as an unanswered one until it expires', async () => {
    const [a, b, c1, c2, c3, c4] = await signupMany(ctx.url, 6, 'silent');
    await connect(a, b);
    for (const c of [c1, c2, c3, c4]) await connect(b, c);
    const byB = await asked(a, b, c1); // B declines
    const byC = await asked(a, b, c2); // B forwards, C declines
    const quiet = await asked(a, b, c3); // nobody answers
    const quietFwd = await asked(a, b, c4); // forwarded, C does not answer
    expectStatus(await b.post(`/introductions/${byB.id}/decline`), 200, 'B declines');
    expectStatus(await b.post(`/introductions/${byC.id}/forward`), 200, 'B forwards');
    expectStatus(await b.post(`/introductions/${quietFwd.id}/forward`), 200, 'B forwards');
    const declined = await c2.post(`/introductions/${byC.id}/decline`);
    expectStatus(declined, 200, 'C declines');
    assert.equal(declined.body.status, 'declined_by_target');
    // B does not learn that C declined either.
    assert.equal((await b.get(`/introductions/${byC.id}`)).body.status, 'forwarded');

    const view = async (x) => (await a.get(`/introductions/${x.id}`)).body;
    assert.deepEqual(shape(await view(byB)), shape(await view(quiet)));
    assert.deepEqual(shape(await view(byC)), shape(await view(quietFwd)));
    assert.equal((await view(byB)).status, 'requested');
    assert.equal((await view(byC)).status, 'forwarded');
    assert.deepEqual(await notes(a), [], 'A is told nothing at a decline');

    // At expiry all four read "not possible" alike, each told once, never who declined.
    for (const x of [byB, byC, quiet, quietFwd]) expire(ctx, x.id);
    await sweep(ctx.server);
    await sweep(ctx.server);
    const after = await Promise.all([byB, byC, quiet, quietFwd].map(view));
    for (const v of after) {
      assert.equal(v.status, 'not_possible');
      assert.equal(v.closed_at, v.expires_at);
      assert.deepEqual(v.actions, []);
    }
    assert.deepEqual(shape(after[0]), shape(after[2]));
    assert.deepEqual(shape(after[1]), shape(after[3]));
    const told = await notes(a);
    assert.equal(told.length, 4);
    for (const n of told) {
      assert.equal(n.kind, 'introduction.not_possible');
      assert.match(n.title, /was not possible this time$/);
      assert.ok(!/declin/i.test(n.title + n.body), n.title + n.body);
    }
    // B and C still see what they did; an expired unanswered one reads "expired" to B.
    assert.equal((await b.get(`/introductions/${byB.id}`)).body.status, 'declined_by_broker');
    assert.equal((await c2.get(`/introductions/${byC.id}`)).body.status, 'declined_by_target');
    assert.equal((await b.get(`/introductions/${quiet.id}`)).body.status, 'expired');
  });

  it('withdrawing a silently declined request reads as withdrawing an unanswered one', async () => {
    const [a, b, c1, c2] = await signupMany(ctx.url, 4, 'wd');
    await connect(a, b);
    await connect(b, c1);
    await connect(b, c2);
    const declined = await asked(a, b, c1);
    const open = await asked(a, b, c2);
    expectStatus(await b.post(`/introductions/${declined.id}/decline`), 200);
    const w1 = await a.post(`/introductions/${declined.id}/withdraw`);
    const w2 = await a.post(`/introductions/${open.id}/withdraw`);
    expectStatus(w1, 200, 'withdraw declined');
    expectStatus(w2, 200, 'withdraw open');
    assert.equal(w1.body.status, 'withdrawn');
    assert.deepEqual(shape(w1.body), shape(w2.body));
    // Settled: the pair may ask again.
    expectStatus(await ask(a, b, c2), 201, 'ask again after withdrawing');
  });

  it('racing transitions: exactly one of two that exclude each other wins, nothing half-done', async () => {
    for (let round = 0; round < 3; round++) {
      // A withdraws while C accepts.
      const [a, b, c] = await triangle(ctx.url, `race${round}`);
      const x = await asked(a, b, c);
      expectStatus(await b.post(`/introductions/${x.id}/forward`), 200);
      const [w, acc] = await Promise.all([a.post(`/introductions/${x.id}/withdraw`), c.post(`/introductions/${x.id}/accept`)]);
      const wins = [w, acc].filter((r) => r.status === 200);
      assert.equal(wins.length, 1, `round ${round}: ${w.status} ${acc.status}`);
      for (const r of [w, acc]) if (r.status !== 200) expectError(r, 409, 'not_open');
      assert.equal(await connected(a, c), acc.status === 200);
      const final = (await b.get(`/introductions/${x.id}`)).body.status;
      assert.equal(final, acc.status === 200 ? 'accepted' : 'withdrawn');

      // B forwards twice at once (a double click): one forward.
      const [a2, b2, c2] = await triangle(ctx.url, `dbl${round}`);
      const y = await asked(a2, b2, c2);
      const both = await Promise.all([b2.post(`/introductions/${y.id}/forward`), b2.post(`/introductions/${y.id}/forward`)]);
      assert.deepEqual(both.map((r) => r.status).sort(), [200, 409]);
      assert.equal((await notes(c2)).length, 1, 'C is told once');

      // A withdraws while B forwards: whichever is first, the end is withdrawn and whole.
      const z = await asked(a2, b2, (await triangleTarget(ctx.url, a2, b2, `wf${round}`)));
      const [wz, fz] = await Promise.all([a2.post(`/introductions/${z.id}/withdraw`), b2.post(`/introductions/${z.id}/forward`)]);
      expectStatus(wz, 200, 'withdraw always succeeds here');
      const end = (await b2.get(`/introductions/${z.id}`)).body;
      assert.equal(end.status, 'withdrawn');
      if (fz.status !== 200) {
        expectError(fz, 409, 'not_open');
        assert.equal(end.forwarded_at, null, 'a lost forward leaves no trace');
      }
    }
  });

  it('limits: 5 asks per requester a week and 10 asks per broker a week, each a readable 429', async () => {
    const [a, b, ...cs] = await signupMany(ctx.url, 8, 'lim');
    await connect(a, b);
    for (const c of cs) await connect(b, c);
    for (const c of cs.slice(0, 5)) await asked(a, b, c);
    const sixth = await ask(a, b, cs[5]);
    expectError(sixth, 429, 'too_many_introductions');
    assert.match(sixth.body.error.message, /5 introductions a week/);
    assert.ok(sixth.headers.get('retry-after'), 'Retry-After is set');
    assert.equal((await a.get('/introductions')).body.items.length, 5, 'nothing stored');

    // The broker's limit counts asks from everyone: 10 settled ones from another member this week.
    const [d, e, f, g] = await signupMany(ctx.url, 4, 'busy');
    await connect(d, e);
    await connect(e, f);
    const now = Date.now();
    for (let i = 0; i < 10; i++) {
      runSql(
        ctx.server,
        `INSERT INTO introductions (requester_id, broker_id, target_id, status, note, blurb, created_at, updated_at, expires_at, closed_at, settled_at) VALUES (${g.id}, ${e.id}, ${f.id}, 'withdrawn', '', 'x', ${now - i}, ${now}, ${now + 1000000}, ${now}, ${now})`,
      );
    }
    const busy = await ask(d, e, f);
    expectError(busy, 429, 'broker_busy');
    assert.match(busy.body.error.message, /10 introductions this week/);
    // ... and such a broker is not suggested.
    assert.deepEqual((await d.get(`/members/${f.id}/introduction-brokers`)).body.items, []);
  });

  it('bad input: a broker not connected to both, a target who blocked the requester, oversized text — 4xx, nothing stored', async () => {
    const [a, b, c, lone] = await signupMany(ctx.url, 4, 'bad');
    await connect(a, b);
    // B is not connected to C.
    let r = await ask(a, b, c);
    expectError(r, 422, 'validation_failed');
    assert.deepEqual(detailFields(r), ['broker']);
    // A lone member as broker: connected to neither.
    r = await ask(a, lone, c);
    assert.deepEqual(detailFields(r), ['broker']);
    await connect(b, c);
    // Oversized and missing text.
    r = await ask(a, b, c, { blurb: 'x'.repeat(501), note: 'y'.repeat(1001) });
    expectError(r, 422, 'validation_failed');
    assert.deepEqual(detailFields(r).sort(), ['blurb', 'note']);
    r = await a.post('/introductions', { broker: b.id, target: c.id });
    assert.deepEqual(detailFields(r), ['blurb']);
    r = await a.post('/introductions', { broker: b.id, target: c.id, blurb: 'hi', extra: 1 });
    expectError(r, 422, 'validation_failed');
    r = await ask(a, b, a);
    assert.deepEqual(detailFields(r), ['target']);
    r = await ask(a, b, { id: 999999 });
    assert.deepEqual(detailFields(r), ['target']);
    const unknown = r.body.error.details[0].message;
    // C blocks A: refused, in the same words as for a member who does not exist.
    expectStatus(await c.post('/blocks', { member: a.id }), 201, 'block');
    r = await ask(a, b, c);
    expectError(r, 422, 'validation_failed');
    assert.deepEqual(detailFields(r), ['target']);
    assert.equal(r.body.error.details[0].message, unknown);
    assert.ok(!/block/i.test(JSON.stringify(r.body)), 'never says who blocked');
    assert.deepEqual((await a.get('/introductions')).body.items, [], 'nothing stored');
    assert.deepEqual(await notes(b), []);

    // A forward with an oversized blurb changes nothing.
    const [a2, b2, c2] = await triangle(ctx.url, 'badfw');
    const x = await asked(a2, b2, c2);
    r = await b2.post(`/introductions/${x.id}/forward`, { blurb: 'z'.repeat(501) });
    expectError(r, 422, 'validation_failed');
    assert.deepEqual(detailFields(r), ['blurb']);
    assert.equal((await b2.get(`/introductions/${x.id}`)).body.status, 'requested');
    // Already connected: nothing to introduce.
    await connect(a2, c2);
    r = await a2.get(`/members/${c2.id}/introduction-brokers`);
    assert.deepEqual(detailFields(r), ['target']);
    r = await a2.get('/introductions?role=boss');
    assert.deepEqual(detailFields(r), ['role']);
  });

  it('every route as a third member, a blocked member and anonymous', async () => {
    const [a, b, c, eve] = await signupMany(ctx.url, 4, 'priv');
    await connect(a, b);
    await connect(b, c);
    const x = await asked(a, b, c);
    expectStatus(await b.post(`/introductions/${x.id}/forward`), 200);
    const id = x.id;
    const routes = [
      ['get', `/introductions/${id}`],
      ['post', `/introductions/${id}/forward`],
      ['post', `/introductions/${id}/decline`],
      ['post', `/introductions/${id}/accept`],
      ['post', `/introductions/${id}/withdraw`],
    ];
    // A third member: as if it did not exist.
    for (const [m, p] of routes) expectError(await eve[m](p), 404, 'not_found', `${m} ${p} as a third member`);
    for (const role of ['requester', 'broker', 'target']) {
      assert.deepEqual((await eve.get(`/introductions?role=${role}`)).body.items, []);
    }
    // Anonymous: 401 everywhere.
    const anon = new Client(ctx.url);
    for (const [m, p] of [...routes, ['get', '/introductions'], ['post', '/introductions'], ['get', `/members/${c.id}/introduction-brokers`], ['get', '/opportunities/1/introduction-paths']]) {
      expectError(await anon[m](p, m === 'post' ? {} : undefined), 401, 'unauthenticated', `${m} ${p} anonymously`);
    }
    // C blocks A: for both of them the request is gone; B still sees it, and cannot move it on.
    expectStatus(await c.post('/blocks', { member: a.id }), 201, 'block');
    for (const who of [a, c]) {
      for (const [m, p] of routes) expectError(await who[m](p), 404, 'not_found', `${m} ${p} blocked`);
    }
    assert.deepEqual((await a.get('/introductions')).body.items, []);
    assert.deepEqual((await c.get('/introductions?role=target')).body.items, []);
    expectStatus(await b.get(`/introductions/${id}`), 200, 'the broker still sees it');
    expectError(await a.get(`/members/${c.id}/introduction-brokers`), 404, 'not_found', 'brokers to a blocked member');
    // A block between two parties stops the way forward for the third as well.
    const [a3, b3, c3] = await triangle(ctx.url, 'privfw');
    const y = await asked(a3, b3, c3);
    expectStatus(await c3.post('/blocks', { member: a3.id }), 201);
    expectError(await b3.post(`/introductions/${y.id}/forward`), 409, 'not_possible');
    expectStatus(await b3.post(`/introductions/${y.id}/decline`), 200, 'declining stays possible');
  });

  it('from an opportunity: its poster and members at its organization, each with the best broker', async () => {
    const [a, b, poster, colleague, hidden] = await signupMany(ctx.url, 5, 'opp');
    await connect(a, b);
    await connect(b, poster);
    await connect(b, colleague);
    await connect(b, hidden);
    await colleague.patchProfile({ organization: 'Acme Labs' });
    await hidden.patchProfile({ organization: 'Acme Labs', visibility: { details: 'connections' } });
    const now = Date.now();
    runSql(
      ctx.server,
      `INSERT INTO opportunities (poster_id, kind, title, organization, location, remote, description, skills, fields, stages, apply_url, closes_at, search_text, created_at, updated_at) VALUES (${poster.id}, 'job', 'Analyst', 'Acme Labs', 'Lisbon', 1, 'Join us', '[]', '[]', '[]', '', ${now + 86400000}, 'analyst', ${now}, ${now})`,
    );
    const opp = Number(runSql(ctx.server, `SELECT MAX(id) FROM opportunities`).split('\n').pop().trim());
    const r = await a.get(`/opportunities/${opp}/introduction-paths`);
    expectStatus(r, 200, 'paths');
    const byTarget = Object.fromEntries(r.body.items.map((p) => [p.target.id, p]));
    assert.equal(byTarget[poster.id].why, 'posted this opportunity');
    assert.equal(byTarget[poster.id].broker.broker.id, b.id);
    assert.equal(byTarget[colleague.id].why, 'works at Acme Labs');
    assert.equal(byTarget[hidden.id], undefined, 'an organization A may not see is not used');
    // Asking from there records the opportunity.
    const x = await asked(a, b, poster, { opportunity: opp });
    assert.equal(x.opportunity, opp);
    expectError(await a.get('/opportunities/999999/introduction-paths'), 404, 'not_found');
    const bad = await ask(a, b, colleague, { opportunity: 999999 });
    assert.deepEqual(detailFields(bad), ['opportunity']);
    // The poster blocks A: the opportunity is gone for A.
    expectStatus(await poster.post('/blocks', { member: a.id }), 201);
    expectError(await a.get(`/opportunities/${opp}/introduction-paths`), 404, 'not_found');
  });
});

// A new member connected to `b` only: a fresh target for `a` through `b`.
async function triangleTarget(url, a, b, prefix) {
  const [c] = await signupMany(url, 1, prefix);
  await connect(b, c);
  void a;
  return c;
}
