// The event log survives a crash between commit and dispatch: with the test
// build's failpoint armed (PLN_FAILPOINT=after_commit) the server _exits right
// after a write commits and before any consumer saw its events. After a
// restart the network engine and the notifications reflect every committed
// change exactly once, and a second restart adds no duplicates.
// Needs the ASan build (scripts/build.sh asan compiles the failpoints in).
import assert from 'node:assert/strict';
import { describe, it, before, after } from 'node:test';

import { DB_KIND, PlnServer, expectStatus, signupMany } from './lib/server.mjs';

const FAILPOINT_EXIT_CODE = 86; // base/failpoint.h

function pointAt(server, clients) {
  for (const c of clients) c.baseUrl = server.baseUrl;
}

// Sends one write with the failpoint armed: the server must die of it, and
// the request must fail (no answer), though its transaction committed.
async function writeAndCrash(server, write) {
  let answered = null;
  try {
    answered = await write();
  } catch (e) {
    assert.match(e.message, /request failed/, `unexpected error: ${e.message}`);
  }
  const info = await server.exitPromise;
  assert.equal(info.code, FAILPOINT_EXIT_CODE,
    `the server exits at the failpoint (got ${JSON.stringify(info)}; answer ${answered && answered.status})\n${server.output.slice(-2000)}`);
}

async function restart(server, clients, { armed }) {
  if (armed) process.env.PLN_FAILPOINT = 'after_commit';
  else delete process.env.PLN_FAILPOINT;
  try {
    await server.restart();
  } finally {
    delete process.env.PLN_FAILPOINT;
  }
  pointAt(server, clients);
}

async function notificationsOf(client, kind) {
  const r = await client.get('/notifications?limit=100');
  expectStatus(r, 200, 'GET /notifications');
  return r.body.items.filter((n) => n.kind === kind);
}

function eventsCrashSuite(db) {
  describe(`events after a crash between commit and dispatch (${db})`, () => {
    let server;
    before(async () => {
      server = await PlnServer.start({ db });
    });
    after(async () => {
      if (!server) return;
      try {
        const info = await server.stop();
        assert.equal(info.code, 0, `graceful stop: ${JSON.stringify(info)}\n${server.output.slice(-3000)}`);
      } finally {
        await server.cleanup();
      }
    });

    it('the engine and the notifications reflect every committed change exactly once', async () => {
      const [ana, bo, cy] = await signupMany(server.baseUrl, 3, 'evc');
      const everyone = [ana, bo, cy];
      // Ana and Bo connect while nothing fails.
      const first = await ana.post('/connections/requests', { to: bo.id });
      expectStatus(first, 201, 'request');
      expectStatus(await bo.post(`/connections/requests/${first.body.id}/accept`), 200, 'accept');
      const before = await ana.get('/recommendations/people?limit=50');
      expectStatus(before, 200, 'suggestions before');
      assert.ok(!before.body.items.some((s) => s.member.id === cy.id), 'Cy is nobody Ana may know yet');

      // Cy asks Bo to connect; the server dies after the commit.
      const stopped = await server.stop();
      assert.equal(stopped.code, 0);
      await restart(server, everyone, { armed: true });
      await writeAndCrash(server, () => cy.post('/connections/requests', { to: bo.id, note: 'from the crash test' }));

      // Bo accepts; the server dies again after the commit. The start-up
      // catch-up already told Bo about the request, so it is in his list.
      await restart(server, everyone, { armed: true });
      const incoming = await bo.get('/connections/requests?direction=incoming&status=pending');
      expectStatus(incoming, 200, 'incoming requests');
      const pending = incoming.body.items.find((r) => r.from.id === cy.id);
      assert.ok(pending, `the committed request is there: ${JSON.stringify(incoming.body)}`);
      await writeAndCrash(server, () => bo.post(`/connections/requests/${pending.id}/accept`));

      // Restart without the failpoint: everything committed is reflected.
      await restart(server, everyone, { armed: false });
      const check = async (when) => {
        const told = await notificationsOf(bo, 'connection.request');
        const fromCy = told.filter((n) => n.title === `${cy.me.profile.name} wants to connect with you`);
        assert.equal(fromCy.length, 1, `${when}: Bo is told of Cy's request once: ${JSON.stringify(told)}`);
        assert.equal(fromCy[0].body, 'from the crash test');
        const accepted = await notificationsOf(cy, 'connection.accepted');
        assert.equal(accepted.length, 1, `${when}: Cy is told once that Bo accepted: ${JSON.stringify(accepted)}`);
        assert.equal(accepted[0].title, `${bo.me.profile.name} accepted your request to connect`);
        assert.equal(accepted[0].link, `/members/${bo.id}`);
        // The engine: Cy is now two hops from Ana, through Bo.
        const pymk = await ana.get('/recommendations/people?limit=50');
        expectStatus(pymk, 200, 'suggestions');
        const s = pymk.body.items.find((x) => x.member.id === cy.id);
        assert.ok(s, `${when}: Cy is suggested to Ana: ${JSON.stringify(pymk.body.items.map((x) => x.member.id))}`);
        assert.equal(s.reasons.mutual_count, 1);
        const paths = await ana.get(`/members/${cy.id}/paths`);
        expectStatus(paths, 200, 'paths');
        assert.deepEqual(paths.body.items[0].members.map((m) => m.id), [ana.id, bo.id, cy.id]);
      };
      await check('after the restart');

      // A second restart dispatches nothing again.
      const again = await server.stop();
      assert.equal(again.code, 0);
      await restart(server, everyone, { armed: false });
      await check('after a second restart');
    });

    it('kill -9 right after acknowledged writes loses no notification', async () => {
      const [hub, ...others] = await signupMany(server.baseUrl, 4, 'evk');
      for (const m of others) expectStatus(await m.post('/connections/requests', { to: hub.id }), 201, 'request');
      const killed = await server.kill9();
      assert.equal(killed.signal, 'SIGKILL');
      await restart(server, [hub, ...others], { armed: false });
      const told = await notificationsOf(hub, 'connection.request');
      for (const m of others) {
        const n = told.filter((x) => x.title === `${m.me.profile.name} wants to connect with you`);
        assert.equal(n.length, 1, `told once of ${m.me.profile.name}: ${JSON.stringify(told)}`);
      }
    });
  });
}

eventsCrashSuite('sqlite');
if (DB_KIND === 'postgres') eventsCrashSuite('postgres');
