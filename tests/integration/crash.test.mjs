// Acknowledged writes survive a crash: load the server with concurrent writes,
// kill -9 it mid-load, restart it on the same data, and check that every write
// that got a 2xx is there and that the data is consistent.
import assert from 'node:assert/strict';
import { describe, it, before, after } from 'node:test';

import {
  Client,
  DB_KIND,
  DEFAULT_PASSWORD,
  PlnServer,
  expectStatus,
  randomTag,
  signupMany,
  sleep,
  uniqueEmail,
} from './lib/server.mjs';

const LOAD_MS = 2000;
// The kill waits for the load to reach these counts (not for a rate): every check below then
// has acknowledged writes of each kind to look at. Bounded so a server that stops answering
// fails with the counts it reached.
const ENOUGH_TIMEOUT_MS = 30_000;

function isNetworkError(e) {
  return e && !(e instanceof assert.AssertionError) && /request failed/.test(e.message);
}

function crashSuite(db) {
  describe(`crash safety (${db})`, () => {
    let server;
    before(async () => {
      server = await PlnServer.start({ db });
    });
    after(async () => {
      if (!server) return;
      try {
        const info = await server.stop();
        assert.equal(info.code, 0, `graceful stop after the restart: ${JSON.stringify(info)}\n${server.output.slice(-3000)}`);
      } finally {
        await server.cleanup();
      }
    });

    it('every acknowledged write is present after kill -9 and restart; data is consistent', async (t) => {
      const tag = randomTag(6);
      const counters = await signupMany(server.baseUrl, 4, `ctr${tag}`);
      const requesters = await signupMany(server.baseUrl, 6, `rq${tag}`);
      const everyone = [...counters, ...requesters];
      const byId = new Map(everyone.map((c) => [c.id, c]));

      const acked = {
        counter: new Map(), // member id → highest acknowledged n
        sent: new Map(), // member id → highest n sent
        requests: [], // {from, to, status, body}
        signups: [], // emails
        follows: [], // [follower, followee]
      };
      const problems = [];
      let stop = false;
      let reached;
      const enough = new Promise((resolve) => {
        reached = resolve;
      });
      const progress = () => {
        if (acked.counter.size === counters.length && acked.requests.length > 0 && acked.follows.length > 0 && acked.signups.length > 0) {
          reached(true);
        }
      };

      const guard = async (fn) => {
        try {
          await fn();
        } catch (e) {
          if (!isNetworkError(e)) problems.push(e);
        }
      };
      const check5xx = (r, what) => {
        if (r.status >= 500) problems.push(new Error(`${what} → ${r.status} before the kill: ${r.text.slice(0, 300)}`));
      };

      const counterLoop = (c) =>
        guard(async () => {
          for (let n = 1; !stop; n++) {
            acked.sent.set(c.id, n);
            const r = await c.patch('/me/profile', { headline: `counter ${n}`, location: `loc ${n}` }, { timeoutMs: 15000 });
            check5xx(r, 'PATCH counter');
            if (r.status === 200) acked.counter.set(c.id, n);
            progress();
          }
        });

      const requestLoop = (c) =>
        guard(async () => {
          const targets = everyone.filter((t) => t.id !== c.id).sort(() => Math.random() - 0.5);
          for (const t of targets) {
            if (stop) return;
            const r = await c.post('/connections/requests', { to: t.id, note: `from ${c.id}` }, { timeoutMs: 15000 });
            check5xx(r, 'POST request');
            if (r.status === 200 || r.status === 201) acked.requests.push({ from: c.id, to: t.id, status: r.status, body: r.body });
            progress();
            // follow too, every other target
            if (t.id % 2 === 0 && !stop) {
              const f = await c.post('/follows', { member: t.id }, { timeoutMs: 15000 });
              check5xx(f, 'POST follow');
              if (f.status === 200 || f.status === 201) acked.follows.push([c.id, t.id]);
              progress();
            }
          }
          // keep writing until the kill
          for (let n = 1; !stop; n++) {
            const r = await c.patch('/me/profile', { bio: `bio ${n}` }, { timeoutMs: 15000 });
            check5xx(r, 'PATCH bio');
          }
        });

      const signupLoop = () =>
        guard(async () => {
          while (!stop) {
            const email = uniqueEmail(`crash${tag}`);
            const r = await new Client(server.baseUrl).post('/auth/signup', { email, password: DEFAULT_PASSWORD, name: 'Crash Signup' }, { timeoutMs: 15000 });
            check5xx(r, 'signup');
            if (r.status === 201) acked.signups.push(email);
            progress();
          }
        });

      const loops = [...counters.map(counterLoop), ...requesters.map(requestLoop), signupLoop()];
      // At least LOAD_MS of load, and at least one acknowledged write of every kind.
      // (unref: the bound must not keep the test process alive once the test is done)
      const bound = new Promise((resolve) => setTimeout(resolve, ENOUGH_TIMEOUT_MS).unref());
      await Promise.all([sleep(LOAD_MS), Promise.race([enough, bound])]);
      const killed = await server.kill9();
      stop = true;
      assert.equal(killed.signal, 'SIGKILL', 'the server was killed, not exited by itself');
      await Promise.all(loops);
      if (problems.length) throw problems[0];

      assert.equal(acked.counter.size, counters.length, `every counter member has an acknowledged write: ${JSON.stringify([...acked.counter])}`);
      assert.ok(acked.requests.length > 0, 'no connection request was acknowledged before the kill');
      assert.ok(acked.follows.length > 0, 'no follow was acknowledged before the kill');
      assert.ok(acked.signups.length > 0, 'no sign-up was acknowledged before the kill');

      t.diagnostic(
        `acknowledged before the kill: counters ${JSON.stringify([...acked.counter.values()])}, ` +
          `${acked.requests.length} connection requests, ${acked.follows.length} follows, ${acked.signups.length} signups`,
      );
      await server.restart();
      const anon = new Client(server.baseUrl);
      for (const c of everyone) c.baseUrl = server.baseUrl;
      const health = await anon.get('/healthz');
      expectStatus(health, 200, 'healthz after restart');
      assert.equal(health.body.status, 'ok');

      // Sessions are acknowledged writes too: every signed-up client is still logged in.
      for (const c of everyone) {
        const me = await c.get('/me');
        expectStatus(me, 200, `session of member ${c.id} after the crash`);
        c.me = me.body;
      }

      // Counters: the last acknowledged value or a later in-flight one, and both
      // fields of the same PATCH together (no torn write).
      for (const c of counters) {
        const ack = acked.counter.get(c.id) ?? 0;
        const sent = acked.sent.get(c.id) ?? 0;
        const m = /^counter (\d+)$/.exec(c.me.profile.headline);
        assert.ok(m, `member ${c.id}: headline "${c.me.profile.headline}" is not a counter`);
        const n = Number(m[1]);
        assert.ok(n >= ack, `member ${c.id}: acknowledged counter ${ack} lost, found ${n}`);
        assert.ok(n <= sent, `member ${c.id}: counter ${n} was never sent (max ${sent})`);
        assert.equal(c.me.profile.location, `loc ${n}`, `member ${c.id}: torn write (headline and location from different PATCHes)`);
      }

      // Connection requests.
      const connections = new Map();
      for (const c of everyone) connections.set(c.id, new Set((await c.getAll('/connections')).map((x) => x.member.id)));
      const requestsOf = new Map();
      for (const c of everyone) {
        const out = await c.getAll('/connections/requests?direction=outgoing');
        const inc = await c.getAll('/connections/requests?direction=incoming');
        requestsOf.set(c.id, { out, inc });
      }
      for (const a of acked.requests) {
        const { from, to } = a;
        const connected = connections.get(from).has(to);
        if (a.status === 200) {
          assert.equal(a.body.status, 'accepted');
          assert.ok(connected, `auto-accepted request ${from}→${to} (acknowledged 200) lost: not connected after restart`);
        } else {
          const id = a.body.id;
          const mine = requestsOf.get(from).out.find((r) => r.id === id);
          assert.ok(mine, `acknowledged request ${id} (${from}→${to}) missing from the sender's outgoing list`);
          const theirs = requestsOf.get(to).inc.find((r) => r.id === id);
          assert.ok(theirs, `acknowledged request ${id} (${from}→${to}) missing from the recipient's incoming list`);
          assert.ok(['pending', 'accepted'].includes(mine.status), `request ${id}: status ${mine.status}`);
          if (mine.status === 'accepted') assert.ok(connected, `request ${id} accepted but ${from} and ${to} are not connected`);
          if (mine.status === 'pending') assert.ok(!connected, `request ${id} still pending although ${from} and ${to} are connected`);
        }
      }

      // Follows.
      for (const [follower, followee] of acked.follows) {
        const r = await byId.get(follower).get(`/members/${followee}`);
        expectStatus(r, 200);
        assert.equal(r.body.relationship.following, true, `acknowledged follow ${follower}→${followee} lost`);
      }

      // Sign-ups.
      for (const email of acked.signups) {
        const r = await new Client(server.baseUrl).post('/auth/login', { email, password: DEFAULT_PASSWORD });
        expectStatus(r, 200, `login of acknowledged signup ${email}`);
      }

      // Consistency: connections are symmetric, counted right, and point at real
      // members; no pair has both a connection and a pending request.
      for (const c of everyone) {
        const mine = connections.get(c.id);
        assert.equal(c.me.connection_count, mine.size, `member ${c.id}: connection_count ${c.me.connection_count} vs list ${mine.size}`);
        for (const other of mine) {
          assert.ok(connections.has(other), `member ${c.id} connected to unknown member ${other}`);
          assert.ok(connections.get(other).has(c.id), `connection ${c.id}–${other} is one-sided`);
        }
        const { out, inc } = requestsOf.get(c.id);
        const pendingWith = new Map();
        for (const r of [...out, ...inc]) {
          for (const m of [r.from, r.to]) assert.ok(byId.has(m.id), `request ${r.id} references unknown member ${m.id}`);
          if (r.status === 'pending') {
            const other = r.from.id === c.id ? r.to.id : r.from.id;
            assert.ok(!mine.has(other), `pending request ${r.id} between connected members ${c.id} and ${other}`);
            pendingWith.set(other, (pendingWith.get(other) || 0) + 1);
          }
        }
        for (const [other, n] of pendingWith) assert.equal(n, 1, `${n} pending requests between ${c.id} and ${other}`);
      }

      // And the server keeps taking writes.
      const after = await counters[0].patch('/me/profile', { headline: 'after the crash' });
      expectStatus(after, 200, 'write after restart');
    });
  });
}

crashSuite('sqlite');
if (DB_KIND === 'postgres') crashSuite('postgres');
