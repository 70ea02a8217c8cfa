// Connection requests and their life cycle, races, follows and blocks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { DB_KIND, expectError, expectStatus, randomTag, signup, signupMany, useServer } from './lib/server.mjs';

async function connectionIds(client) {
  const items = await client.getAll('/connections');
  for (const it of items) {
    assert.equal(typeof it.member.id, 'number');
    assert.ok(typeof it.member.name === 'string');
    assert.ok('since' in it, 'connection entries carry "since"');
  }
  return items.map((i) => i.member.id);
}

async function relationship(viewer, target) {
  const r = await viewer.get(`/members/${target.id}`);
  expectStatus(r, 200, `GET /members/${target.id}`);
  return r.body.relationship;
}

async function pendingIncoming(client) {
  return client.getAll('/connections/requests?direction=incoming&status=pending');
}
async function pendingOutgoing(client) {
  return client.getAll('/connections/requests?direction=outgoing&status=pending');
}

describe(`connections (${DB_KIND})`, () => {
  const ctx = useServer();

  describe('requests', () => {
    it('request with a note → 201; listed incoming/outgoing; relationship shows pending', async () => {
      const [a, b] = await signupMany(ctx.url, 2, 'req');
      const r = await a.post('/connections/requests', { to: b.id, note: 'Met you at the Python meetup!' });
      expectStatus(r, 201, 'request');
      const req = r.body;
      assert.equal(typeof req.id, 'number');
      assert.equal(req.status, 'pending');
      assert.equal(req.note, 'Met you at the Python meetup!');
      assert.equal(req.from.id, a.id);
      assert.equal(req.to.id, b.id);
      assert.equal(req.from.name, a.me.profile.name);
      for (const k of ['id', 'name', 'headline', 'stage']) assert.ok(k in req.to, `MemberSummary has ${k}`);
      assert.ok(!Number.isNaN(Date.parse(req.created_at)), 'created_at is ISO-8601');

      const inc = await pendingIncoming(b);
      assert.deepEqual(inc.map((x) => x.id), [req.id]);
      assert.equal(inc[0].note, 'Met you at the Python meetup!');
      assert.equal(inc[0].from.id, a.id);
      assert.deepEqual((await pendingOutgoing(a)).map((x) => x.id), [req.id]);
      assert.deepEqual(await pendingIncoming(a), [], 'the sender has no incoming request');
      assert.deepEqual(await pendingOutgoing(b), [], 'the recipient has no outgoing request');

      const relA = await relationship(a, b);
      assert.equal(relA.connection, 'pending_outgoing');
      assert.equal(relA.request_id, req.id);
      const relB = await relationship(b, a);
      assert.equal(relB.connection, 'pending_incoming');
      assert.equal(relB.request_id, req.id);

      // A second request either way while one is pending.
      expectError(await a.post('/connections/requests', { to: b.id }), 409, 'request_pending', 'duplicate request');
      assert.equal((await pendingOutgoing(a)).length, 1);
    });

    it('accept → connected both ways, with counts and relationship', async () => {
      const [a, b] = await signupMany(ctx.url, 2, 'acc');
      const req = (await a.post('/connections/requests', { to: b.id })).body;
      const r = await b.post(`/connections/requests/${req.id}/accept`);
      expectStatus(r, 200, 'accept');
      assert.equal(r.body.status, 'accepted');
      assert.equal(r.body.id, req.id);
      assert.ok(!Number.isNaN(Date.parse(r.body.decided_at)), 'decided_at set');
      assert.deepEqual(await connectionIds(a), [b.id]);
      assert.deepEqual(await connectionIds(b), [a.id]);
      assert.equal((await relationship(a, b)).connection, 'connected');
      assert.equal((await relationship(b, a)).connection, 'connected');
      assert.equal((await a.getMe()).connection_count, 1);
      assert.equal((await b.getMe()).connection_count, 1);
      assert.deepEqual(await pendingIncoming(b), [], 'no longer pending');
      const all = await b.getAll('/connections/requests?direction=incoming');
      const mine = all.find((x) => x.id === req.id);
      assert.ok(mine, 'the accepted request is still listed without a status filter');
      assert.equal(mine.status, 'accepted');

      expectError(await a.post('/connections/requests', { to: b.id }), 409, 'already_connected');
      expectError(await b.post('/connections/requests', { to: a.id }), 409, 'already_connected');
    });

    it('decline → no connection; decline is final', async () => {
      const [a, b] = await signupMany(ctx.url, 2, 'dec');
      const req = (await a.post('/connections/requests', { to: b.id })).body;
      const r = await b.post(`/connections/requests/${req.id}/decline`);
      expectStatus(r, 200, 'decline');
      assert.equal(r.body.status, 'declined');
      assert.deepEqual(await connectionIds(a), []);
      assert.deepEqual(await connectionIds(b), []);
      assert.deepEqual(await pendingIncoming(b), []);
      assert.equal((await relationship(a, b)).connection, 'none');
      expectError(await b.post(`/connections/requests/${req.id}/accept`), 409, 'not_pending', 'accept after decline');
      assert.deepEqual(await connectionIds(b), []);
    });

    it('withdraw → gone from the recipient; withdrawn request cannot be accepted', async () => {
      const [a, b] = await signupMany(ctx.url, 2, 'wd');
      const req = (await a.post('/connections/requests', { to: b.id })).body;
      const r = await a.post(`/connections/requests/${req.id}/withdraw`);
      expectStatus(r, 200, 'withdraw');
      assert.equal(r.body.status, 'withdrawn');
      assert.deepEqual(await pendingIncoming(b), []);
      assert.deepEqual(await pendingOutgoing(a), []);
      expectError(await b.post(`/connections/requests/${req.id}/accept`), 409, 'not_pending', 'accept after withdraw');
      assert.deepEqual(await connectionIds(b), []);
      // A new request is possible after withdrawing.
      expectStatus(await a.post('/connections/requests', { to: b.id }), 201, 'new request after withdraw');
    });

    it('only the recipient accepts or declines (sender → 403), only the sender withdraws, strangers → 404', async () => {
      const [a, b, c] = await signupMany(ctx.url, 3, 'perm');
      const req = (await a.post('/connections/requests', { to: b.id })).body;
      expectError(await a.post(`/connections/requests/${req.id}/accept`), 403, 'forbidden', 'sender accepts');
      expectError(await a.post(`/connections/requests/${req.id}/decline`), 403, 'forbidden', 'sender declines');
      expectError(await b.post(`/connections/requests/${req.id}/withdraw`), 403, 'forbidden', 'recipient withdraws');
      expectError(await c.post(`/connections/requests/${req.id}/accept`), 404, 'not_found', 'stranger accepts');
      expectError(await c.post(`/connections/requests/${req.id}/decline`), 404, 'not_found', 'stranger declines');
      expectError(await c.post(`/connections/requests/${req.id}/withdraw`), 404, 'not_found', 'stranger withdraws');
      expectError(await b.post('/connections/requests/999999999/accept'), 404, 'not_found', 'no such request');
      assert.deepEqual(await connectionIds(a), []);
      assert.equal((await pendingIncoming(b)).length, 1, 'still pending after the refused actions');
      assert.deepEqual(await connectionIds(c), []);
    });

    it('validates the request: self, unknown member, missing target, long note', async () => {
      const [a] = await signupMany(ctx.url, 1, 'val');
      expectError(await a.post('/connections/requests', { to: a.id }), 422, 'validation_failed', 'request to self');
      expectError(await a.post('/connections/requests', { to: 999999999 }), 404, 'not_found', 'unknown member');
      expectError(await a.post('/connections/requests', {}), 422, 'validation_failed', 'missing "to"');
      const [b] = await signupMany(ctx.url, 1, 'val');
      expectError(await a.post('/connections/requests', { to: b.id, note: 'n'.repeat(501) }), 422, 'validation_failed', 'note over 500');
      assert.deepEqual(await pendingIncoming(b), []);
      expectStatus(await a.post('/connections/requests', { to: b.id, note: 'n'.repeat(500) }), 201, 'note of 500');
    });

    it('paginates requests and connections', async () => {
      const [hub, ...others] = await signupMany(ctx.url, 6, 'pag');
      const reqIds = [];
      for (const o of others) reqIds.push((await o.post('/connections/requests', { to: hub.id })).body.id);
      const pages = [];
      let cursor = null;
      for (let i = 0; i < 10; i++) {
        const r = await hub.get(`/connections/requests?direction=incoming&status=pending&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expectStatus(r, 200);
        pages.push(r.body.items.map((x) => x.id));
        cursor = r.body.next_cursor;
        if (cursor === null) break;
      }
      const flat = pages.flat();
      assert.equal(new Set(flat).size, flat.length, 'no duplicates');
      assert.deepEqual([...flat].sort((x, y) => x - y), [...reqIds].sort((x, y) => x - y));
      assert.ok(pages.length >= 3);
      for (const id of reqIds) expectStatus(await hub.post(`/connections/requests/${id}/accept`), 200);
      const conns = [];
      cursor = null;
      for (let i = 0; i < 10; i++) {
        const r = await hub.get(`/connections?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expectStatus(r, 200);
        conns.push(...r.body.items.map((x) => x.member.id));
        cursor = r.body.next_cursor;
        if (cursor === null) break;
      }
      assert.deepEqual([...conns].sort((x, y) => x - y), others.map((o) => o.id).sort((x, y) => x - y));
      assert.equal((await hub.getMe()).connection_count, 5);
      expectError(await hub.get('/connections?cursor=garbage'), 400, 'bad_cursor');
    });
  });

  describe('idempotency and races', () => {
    it('double accept makes one connection', async () => {
      const [a, b] = await signupMany(ctx.url, 2, 'dbl');
      const req = (await a.post('/connections/requests', { to: b.id })).body;
      expectStatus(await b.post(`/connections/requests/${req.id}/accept`), 200);
      const again = await b.post(`/connections/requests/${req.id}/accept`);
      expectStatus(again, [200, 409], 'second accept');
      if (again.status === 200) assert.equal(again.body.status, 'accepted');
      assert.deepEqual(await connectionIds(a), [b.id]);
      assert.deepEqual(await connectionIds(b), [a.id]);
      assert.equal((await b.getMe()).connection_count, 1);
    });

    it('concurrent accepts of one request make one connection and no 5xx', async () => {
      const [a, b] = await signupMany(ctx.url, 2, 'cacc');
      const req = (await a.post('/connections/requests', { to: b.id })).body;
      const rs = await Promise.all(Array.from({ length: 8 }, () => b.post(`/connections/requests/${req.id}/accept`)));
      for (const r of rs) expectStatus(r, [200, 409], 'concurrent accept');
      assert.ok(rs.some((r) => r.status === 200));
      assert.deepEqual(await connectionIds(a), [b.id]);
      assert.deepEqual(await connectionIds(b), [a.id]);
    });

    it('crossing requests (A→B then B→A) become one connection', async () => {
      const [a, b] = await signupMany(ctx.url, 2, 'cross');
      const r1 = await a.post('/connections/requests', { to: b.id, note: 'first' });
      expectStatus(r1, 201);
      const r2 = await b.post('/connections/requests', { to: a.id, note: 'second' });
      expectStatus(r2, 200, 'crossing request auto-accepts');
      assert.equal(r2.body.status, 'accepted');
      assert.equal(r2.body.id, r1.body.id, "the other member's request was accepted");
      assert.deepEqual(await connectionIds(a), [b.id]);
      assert.deepEqual(await connectionIds(b), [a.id]);
      assert.deepEqual(await pendingIncoming(a), []);
      assert.deepEqual(await pendingIncoming(b), []);
      assert.deepEqual(await pendingOutgoing(b), [], 'no second request left pending');
    });

    it('concurrent crossing requests (many pairs at once) → exactly one connection per pair, no 5xx', async () => {
      const people = await signupMany(ctx.url, 16, `race${randomTag(4)}`);
      const pairs = [];
      for (let i = 0; i < people.length; i += 2) pairs.push([people[i], people[i + 1]]);
      const results = await Promise.all(
        pairs.map(([a, b]) => Promise.all([a.post('/connections/requests', { to: b.id }), b.post('/connections/requests', { to: a.id })])),
      );
      for (const [i, [ra, rb]] of results.entries()) {
        for (const r of [ra, rb]) expectStatus(r, [200, 201], `pair ${i}`);
        const statuses = [ra.status, rb.status].sort();
        assert.deepEqual(statuses, [200, 201], `pair ${i}: one request created, the other auto-accepted; got ${ra.status}/${rb.status}`);
      }
      for (const [a, b] of pairs) {
        assert.deepEqual(await connectionIds(a), [b.id], 'exactly one connection');
        assert.deepEqual(await connectionIds(b), [a.id], 'exactly one connection');
        assert.deepEqual(await pendingIncoming(a), []);
        assert.deepEqual(await pendingIncoming(b), []);
        assert.equal((await a.getMe()).connection_count, 1);
      }
    });

    it('concurrent duplicate requests in one direction → one pending request', async () => {
      const [a, b] = await signupMany(ctx.url, 2, 'dupr');
      const rs = await Promise.all(Array.from({ length: 6 }, () => a.post('/connections/requests', { to: b.id })));
      const created = rs.filter((r) => r.status === 201);
      assert.equal(created.length, 1, `exactly one 201, got ${rs.map((r) => r.status)}`);
      for (const r of rs) if (r.status !== 201) expectError(r, 409, 'request_pending');
      assert.equal((await pendingIncoming(b)).length, 1);
    });
  });

  describe('racing decisions', () => {
    it('accept racing withdraw: exactly one wins and the outcome is consistent', async () => {
      const people = await signupMany(ctx.url, 12, `aw${randomTag(4)}`);
      const pairs = [];
      for (let i = 0; i < people.length; i += 2) pairs.push([people[i], people[i + 1]]);
      const reqs = await Promise.all(pairs.map(([a, b]) => a.post('/connections/requests', { to: b.id })));
      const outcomes = await Promise.all(
        pairs.map(([a, b], i) =>
          Promise.all([b.post(`/connections/requests/${reqs[i].body.id}/accept`), a.post(`/connections/requests/${reqs[i].body.id}/withdraw`)]),
        ),
      );
      for (const [i, [acc, wd]] of outcomes.entries()) {
        const [a, b] = pairs[i];
        assert.deepEqual([acc.status, wd.status].sort(), [200, 409], `pair ${i}: one of accept/withdraw wins, got ${acc.status}/${wd.status}`);
        for (const r of [acc, wd]) if (r.status === 409) expectError(r, 409, 'not_pending');
        const out = (await a.getAll('/connections/requests?direction=outgoing')).find((r) => r.id === reqs[i].body.id);
        if (acc.status === 200) {
          assert.equal(out.status, 'accepted');
          assert.deepEqual(await connectionIds(a), [b.id], `pair ${i}: accept won, so connected`);
          assert.deepEqual(await connectionIds(b), [a.id]);
        } else {
          assert.equal(out.status, 'withdrawn');
          assert.deepEqual(await connectionIds(a), [], `pair ${i}: withdraw won, so not connected`);
          assert.deepEqual(await connectionIds(b), []);
        }
      }
    });

    it('block racing a connection request: no request or connection survives the block', async () => {
      const people = await signupMany(ctx.url, 12, `br${randomTag(4)}`);
      const pairs = [];
      for (let i = 0; i < people.length; i += 2) pairs.push([people[i], people[i + 1]]);
      // Half the pairs start with a pending request from the blocker's side, so that the
      // racing request would auto-accept it into a connection.
      await Promise.all(pairs.map(([blocker, other], i) => (i % 2 ? blocker.post('/connections/requests', { to: other.id }) : null)));
      const results = await Promise.all(
        pairs.map(([blocker, other]) => Promise.all([blocker.post('/blocks', { member: other.id }), other.post('/connections/requests', { to: blocker.id })])),
      );
      for (const [i, [blk, req]] of results.entries()) {
        const [blocker, other] = pairs[i];
        expectStatus(blk, 201, `pair ${i}: block`);
        assert.ok(req.status < 500, `pair ${i}: request answered ${req.status}`);
        assert.deepEqual(await connectionIds(blocker), [], `pair ${i}: no connection after the block (request got ${req.status})`);
        assert.deepEqual(await connectionIds(other), [], `pair ${i}: no connection after the block`);
        assert.deepEqual(await pendingIncoming(blocker), [], `pair ${i}: no pending request to the blocker (request got ${req.status})`);
        assert.deepEqual(await pendingOutgoing(blocker), [], `pair ${i}: no pending request from the blocker`);
        expectError(await other.get(`/members/${blocker.id}`), 404, 'not_found');
      }
    });
  });

  describe('removing connections', () => {
    it('DELETE /connections/{id} removes it on both sides; again → 404', async () => {
      const [a, b] = await signupMany(ctx.url, 2, 'rm');
      const req = (await a.post('/connections/requests', { to: b.id })).body;
      await b.post(`/connections/requests/${req.id}/accept`);
      expectStatus(await b.del(`/connections/${a.id}`), 204, 'remove');
      assert.deepEqual(await connectionIds(a), []);
      assert.deepEqual(await connectionIds(b), []);
      assert.equal((await a.getMe()).connection_count, 0);
      assert.equal((await relationship(a, b)).connection, 'none');
      expectError(await b.del(`/connections/${a.id}`), 404, 'not_found', 'removing twice');
      // They can connect again.
      const again = await a.post('/connections/requests', { to: b.id });
      expectStatus(again, 201, 'request after removal');
    });
  });

  describe('follows', () => {
    it('follow is one-way, idempotent, and shows in relationship', async () => {
      const [a, b] = await signupMany(ctx.url, 2, 'fol');
      const r1 = await a.post('/follows', { member: b.id });
      expectStatus(r1, 201, 'follow');
      assert.deepEqual(r1.body, { member: b.id, following: true });
      const r2 = await a.post('/follows', { member: b.id });
      expectStatus(r2, 200, 'follow again');
      assert.deepEqual(r2.body, { member: b.id, following: true });
      const ra = await relationship(a, b);
      assert.equal(ra.following, true);
      assert.equal(ra.followed_by, false);
      assert.equal(ra.connection, 'none', 'following does not connect');
      const rb = await relationship(b, a);
      assert.equal(rb.following, false);
      assert.equal(rb.followed_by, true);
      expectStatus(await a.del(`/follows/${b.id}`), 204, 'unfollow');
      assert.equal((await relationship(a, b)).following, false);
      assert.equal((await relationship(b, a)).followed_by, false);
      expectError(await a.post('/follows', { member: a.id }), 422, 'validation_failed', 'follow self');
      expectError(await a.post('/follows', { member: 999999999 }), 404, 'not_found', 'follow unknown');
    });
  });

  describe('blocks', () => {
    it("cuts the connection, requests and follows; the blocked member can't see, find, request or follow", async () => {
      const tag = randomTag(10);
      const [blocker, target, third] = await signupMany(ctx.url, 3, `blk${tag}`);
      await blocker.patchProfile({ name: `Blocker ${tag}` });
      // Connected and following each other.
      const req = (await blocker.post('/connections/requests', { to: target.id })).body;
      expectStatus(await target.post(`/connections/requests/${req.id}/accept`), 200);
      expectStatus(await target.post('/follows', { member: blocker.id }), 201);
      expectStatus(await blocker.post('/follows', { member: target.id }), 201);
      assert.deepEqual((await target.getAll(`/members?q=${tag}`)).map((m) => m.id).includes(blocker.id), true, 'findable before the block');

      const b1 = await blocker.post('/blocks', { member: target.id });
      expectStatus(b1, 201, 'block');
      assert.deepEqual(b1.body, { member: target.id, blocked: true });
      const b2 = await blocker.post('/blocks', { member: target.id });
      expectStatus(b2, 200, 'block again');
      const list = await blocker.get('/blocks');
      expectStatus(list, 200);
      assert.deepEqual(list.body.items.map((m) => m.id), [target.id]);

      // The connection is gone on both sides.
      assert.deepEqual(await connectionIds(blocker), []);
      assert.deepEqual(await connectionIds(target), []);
      assert.equal((await target.getMe()).connection_count, 0);

      // The target can't see, find, request or follow the blocker.
      expectError(await target.get(`/members/${blocker.id}`), 404, 'not_found', 'blocked member views blocker');
      const found = await target.getAll(`/members?q=${tag}`);
      assert.ok(!found.some((m) => m.id === blocker.id), 'blocker absent from the blocked member\'s directory');
      expectError(await target.post('/connections/requests', { to: blocker.id }), 404, 'not_found', 'blocked member requests');
      expectError(await target.post('/follows', { member: blocker.id }), 404, 'not_found', 'blocked member follows');
      // The blocker can't request the member they blocked either.
      expectError(await blocker.post('/connections/requests', { to: target.id }), 409, 'blocked', 'blocker requests');
      // Others still see the blocker.
      assert.ok((await third.getAll(`/members?q=${tag}`)).some((m) => m.id === blocker.id));

      // Unblock: visible again, but nothing is restored.
      expectStatus(await blocker.del(`/blocks/${target.id}`), 204, 'unblock');
      const after = await target.get(`/members/${blocker.id}`);
      expectStatus(after, 200, 'visible after unblock');
      assert.equal(after.body.relationship.connection, 'none', 'connection not restored');
      assert.equal(after.body.relationship.following, false, 'follow was cut by the block');
      assert.equal(after.body.relationship.followed_by, false, 'follow was cut by the block');
      assert.deepEqual((await blocker.get('/blocks')).body.items, []);
    });

    it('cuts pending requests in both directions', async () => {
      const [blocker, asker, asked] = await signupMany(ctx.url, 3, 'blkreq');
      const incoming = (await asker.post('/connections/requests', { to: blocker.id })).body;
      const outgoing = (await blocker.post('/connections/requests', { to: asked.id })).body;
      expectStatus(await blocker.post('/blocks', { member: asker.id }), 201);
      expectStatus(await blocker.post('/blocks', { member: asked.id }), 201);
      assert.deepEqual(await pendingIncoming(blocker), [], 'incoming request from the blocked member is gone');
      assert.deepEqual(await pendingOutgoing(asker), []);
      assert.deepEqual(await pendingIncoming(asked), [], 'outgoing request to the blocked member is gone');
      assert.deepEqual(await pendingOutgoing(blocker), []);
      const acc = await blocker.post(`/connections/requests/${incoming.id}/accept`);
      assert.ok([404, 409].includes(acc.status), `accepting a cut request: expected 404/409, got ${acc.status}`);
      const acc2 = await asked.post(`/connections/requests/${outgoing.id}/accept`);
      assert.ok([404, 409].includes(acc2.status), `accepting a cut request: expected 404/409, got ${acc2.status}`);
      assert.deepEqual(await connectionIds(blocker), []);
      assert.deepEqual(await connectionIds(asked), []);
    });
  });
});
