// `pln demo` seeds a lively network (≥300 members) whose printed login works,
// and running it again does not duplicate anything.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';

import { Client, DB_KIND, PLN_BIN, PlnServer, expectStatus, useTempDatabase } from './lib/server.mjs';

const run = promisify(execFile);

async function countMembers(client) {
  // Probe ids upwards until a long run of misses: counts every member, discoverable or not.
  let found = 0;
  let misses = 0;
  for (let id = 1; misses < 50; id += 10) {
    const batch = await Promise.all(Array.from({ length: 10 }, (_, k) => client.get(`/members/${id + k}`)));
    for (const r of batch) {
      if (r.status === 200) {
        found++;
        misses = 0;
      } else {
        expectStatus(r, 404, 'probing member ids');
        misses++;
      }
    }
  }
  return found;
}

describe(`pln demo (${DB_KIND})`, () => {
  const db = useTempDatabase('pln-it-demo-');

  it('seeds ≥300 members, prints a working login, and is idempotent', async () => {
    const first = await run(PLN_BIN, ['demo', ...db.target], { timeout: 120_000 });
    const m = /Log in as (\S+) with password (\S+)/.exec(first.stdout + first.stderr);
    assert.ok(m, `demo should print its login, got:\n${first.stdout}\n${first.stderr.slice(-2000)}`);
    const [, email, password] = m;

    db.server = await PlnServer.start({ dataDir: db.dataDir, databaseUrl: db.pg?.url });
    const c = new Client(db.server.baseUrl);
    const login = await c.post('/auth/login', { email, password });
    expectStatus(login, 200, 'demo login');
    c.csrf = login.body.csrf_token;
    const me = login.body;
    assert.ok(me.profile.headline.length > 0, 'the demo member has a filled-in profile');
    assert.ok(me.connection_count > 0, 'the demo member has connections');

    const members = await countMembers(c);
    assert.ok(members >= 300, `demo should seed at least 300 members, found ${members}`);
    const directory = await c.getAll('/members');
    assert.ok(directory.length >= 100, `the directory lists the demo network, got ${directory.length}`);
    const conns = await c.getAll('/connections');
    assert.equal(conns.length, me.connection_count);
    const searches = await c.get('/saved-searches');
    expectStatus(searches, 200, 'demo saved searches');
    assert.deepEqual(searches.body.items.map((x) => x.name), ['Data jobs, remote', 'SQL practice'],
      'the demo login keeps two saved searches');

    // Opportunities of every kind, ranked for the demo login with reasons; its own post has
    // interested connections.
    const forYou = await c.get('/opportunities/for-you?limit=100');
    expectStatus(forYou, 200, 'for you');
    assert.ok(forYou.body.items.length >= 20, `for you lists the demo posts, got ${forYou.body.items.length}`);
    const kinds = new Set(forYou.body.items.map((i) => i.opportunity.kind));
    assert.deepEqual([...kinds].sort(), ['event', 'internship', 'job', 'project', 'volunteering']);
    const top = forYou.body.items[0];
    assert.ok(top.skills_met.length > 0, `the best match uses the demo login's skills: ${top.reason}`);
    assert.match(top.reason, /required skill/);
    assert.ok(forYou.body.items.some((i) => /posted by/.test(i.reason)), 'some are posted by people the demo login knows');
    const mine = await c.get('/me/opportunities');
    expectStatus(mine, 200, 'my posts');
    assert.equal(mine.body.items.length, 1);
    assert.equal(mine.body.items[0].interested_count, 2);
    const opportunities = forYou.body.items.length;
    // Introductions in every state, with the demo login in each role (issue 18).
    const intros = async (role) => (await c.get(`/introductions?role=${role}`)).body.items.map((x) => x.status).sort();
    const introCount = async () =>
      (await Promise.all(['requester', 'broker', 'target'].map(intros))).reduce((n, l) => n + l.length, 0);
    assert.deepEqual(await intros('requester'), ['accepted', 'forwarded', 'forwarded', 'not_possible', 'requested', 'withdrawn']);
    assert.deepEqual(await intros('broker'), ['declined_by_broker', 'requested']);
    assert.deepEqual(await intros('target'), ['forwarded']);
    const intro_total = await introCount();

    // Running it again (the server may keep running) changes nothing.
    await run(PLN_BIN, ['demo', ...db.target], { timeout: 120_000 });
    assert.equal(await countMembers(c), members, 'a second run must not add members');
    assert.equal((await c.getMe()).connection_count, me.connection_count, 'a second run must not add connections');
    assert.equal((await c.get('/opportunities/for-you?limit=100')).body.items.length, opportunities,
      'a second run must not add opportunities');
    assert.equal(await introCount(), intro_total, 'a second run must not add introductions');
    assert.equal((await c.get('/saved-searches')).body.items.length, 2, 'a second run must not add saved searches');
    const again = await c.post('/auth/login', { email, password });
    expectStatus(again, 200, 'demo login after the second run');
  });
});
