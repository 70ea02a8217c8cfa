// In-app notifications: written with the change that causes them, private to
// their recipient, paged, marked read one by one or all at once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { Client, DB_KIND, detailFields, expectError, expectStatus, signupMany, useServer } from './lib/server.mjs';

describe(`notifications (${DB_KIND})`, () => {
  const ctx = useServer();

  it('a connection request and its acceptance notify the other side', async () => {
    const [ana, raj] = await signupMany(ctx.url, 2, 'nt');
    const empty = await raj.get('/notifications');
    expectStatus(empty, 200, 'empty list');
    assert.deepEqual(empty.body.items, []);
    assert.equal(empty.body.unread, 0);

    const req = await ana.post('/connections/requests', { to: raj.id, note: 'Met at the <b>bootcamp</b>' });
    expectStatus(req, 201, 'request');
    const got = await raj.get('/notifications');
    expectStatus(got, 200, 'list');
    assert.equal(got.body.unread, 1);
    assert.equal(got.body.items.length, 1);
    const n = got.body.items[0];
    assert.equal(n.kind, 'connection.request');
    assert.match(n.title, /wants to connect/);
    assert.equal(n.body, 'Met at the <b>bootcamp</b>', 'plain text, stored as written');
    assert.equal(n.link, '/requests');
    assert.equal(n.read, false);

    // The sender is told nothing yet.
    assert.equal((await ana.get('/notifications/unread-count')).body.unread, 0);
    expectStatus(await raj.post(`/connections/requests/${req.body.id}/accept`), 200, 'accept');
    const anaList = await ana.get('/notifications');
    assert.equal(anaList.body.items[0].kind, 'connection.accepted');
    assert.equal(anaList.body.items[0].link, `/members/${raj.id}`);
  });

  it('a failed change leaves no notification behind', async () => {
    const [ana, raj] = await signupMany(ctx.url, 2, 'ntf');
    expectStatus(await ana.post('/connections/requests', { to: raj.id }), 201, 'first');
    expectError(await ana.post('/connections/requests', { to: raj.id }), 409, 'request_pending');
    assert.equal((await raj.get('/notifications/unread-count')).body.unread, 1);
  });

  it('mark read: one, idempotent, never someone else\'s; then all', async () => {
    const [a, b, c, target] = await signupMany(ctx.url, 4, 'ntr');
    for (const m of [a, b, c]) expectStatus(await m.post('/connections/requests', { to: target.id }), 201, 'req');
    const list = await target.get('/notifications');
    assert.equal(list.body.unread, 3);
    const [newest, middle] = list.body.items;
    assert.ok(newest.id > middle.id, 'newest first');

    const r1 = await target.post(`/notifications/${newest.id}/read`);
    expectStatus(r1, 200, 'read one');
    assert.equal(r1.body.unread, 2);
    const again = await target.post(`/notifications/${newest.id}/read`);
    expectStatus(again, 200, 'read again');
    assert.equal(again.body.unread, 2);

    // Another member cannot touch, or learn about, the target's notifications.
    expectError(await a.post(`/notifications/${middle.id}/read`), 404, 'not_found');
    expectError(await target.post('/notifications/99999999/read'), 404, 'not_found');
    expectError(await target.post('/notifications/abc/read'), 404, 'not_found');
    assert.equal((await target.get('/notifications/unread-count')).body.unread, 2);

    const unreadOnly = await target.get('/notifications?unread=true');
    assert.deepEqual(
      unreadOnly.body.items.map((n) => n.read),
      [false, false],
    );
    const all = await target.post('/notifications/read-all');
    expectStatus(all, 200, 'read all');
    assert.equal(all.body.unread, 0);
    assert.equal((await target.get('/notifications?unread=true')).body.items.length, 0);
  });

  it('pages are stable and bad parameters are 422 with field details', async () => {
    const members = await signupMany(ctx.url, 6, 'ntp');
    const target = members[0];
    for (const m of members.slice(1)) expectStatus(await m.post('/connections/requests', { to: target.id }), 201, 'req');
    const p1 = await target.get('/notifications?limit=2');
    expectStatus(p1, 200, 'page 1');
    assert.equal(p1.body.items.length, 2);
    assert.ok(p1.body.next_cursor);
    const p2 = await target.get(`/notifications?limit=2&cursor=${encodeURIComponent(p1.body.next_cursor)}`);
    const p3 = await target.get(`/notifications?limit=2&cursor=${encodeURIComponent(p2.body.next_cursor)}`);
    assert.equal(p3.body.next_cursor, null);
    const ids = [...p1.body.items, ...p2.body.items, ...p3.body.items].map((n) => n.id);
    assert.equal(new Set(ids).size, 5);

    const bad = await target.get('/notifications?limit=0&unread=maybe');
    expectError(bad, 422, 'validation_failed');
    assert.deepEqual(detailFields(bad).sort(), ['limit', 'unread']);
    expectError(await target.get('/notifications?cursor=forged'), 400);
  });

  it('anonymous callers get 401', async () => {
    const anon = new Client(ctx.url);
    expectError(await anon.get('/notifications'), 401);
    expectError(await anon.get('/notifications/unread-count'), 401);
  });
});
