// Saved searches with alerts (issue 18, item 3): CRUD of a member's own saved
// searches, validation with field details and nothing stored, the cap of ten,
// privacy (a third member, a blocked member and anonymous visitors learn
// nothing), and the alerts: a new matching post reaches the searcher as a
// notification from the server's background matcher and sweep, never the
// searcher's own post, never twice, and never from a member they blocked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  Client, DB_KIND, detailFields, expectError, expectStatus, runSql, signupMany, sleep, sweep, useServer,
} from './lib/server.mjs';

const DAY_MS = 24 * 3600 * 1000;

const DATA_JOBS = {
  name: 'Data jobs, remote',
  query: { kinds: ['job', 'internship'], fields: ['Data Science'], remote_only: true },
  period: 'instant',
};

// Posts through the real route, so the alert comes from the OpportunityPosted event the
// posting service writes in the same transaction.
async function publish(poster, title, { remote = true, kind = 'job' } = {}) {
  const r = await poster.post('/opportunities', {
    kind,
    title,
    organization: 'Acme',
    location: remote ? '' : 'Lisbon',
    remote,
    description: 'Dashboards in SQL.',
    skills: [{ name: 'SQL', level: 2, required: true }],
    fields: ['Data Science'],
    closes_at: new Date(Date.now() + 30 * DAY_MS).toISOString(),
  });
  expectStatus(r, 201, `post ${title}`);
  return r.body.id;
}

async function alertsOf(member) {
  const r = await member.get('/notifications');
  expectStatus(r, 200, 'notifications');
  return r.body.items.filter((n) => n.kind === 'saved_search.alert');
}

// The server matches new posts in the background (a catch-up every 2 s).
async function waitForAlerts(member, count, what) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const alerts = await alertsOf(member);
    if (alerts.length >= count) return alerts;
    if (Date.now() > deadline) assert.fail(`${what}: ${alerts.length} alert(s) after 15 s, wanted ${count}`);
    await sleep(250);
  }
}

describe(`saved searches (${DB_KIND})`, () => {
  const ctx = useServer();

  it('create, list, read, edit and delete one\'s own saved search', async () => {
    const [ana] = await signupMany(ctx.url, 1, 'ss');
    const created = await ana.post('/saved-searches', DATA_JOBS);
    expectStatus(created, 201, 'create');
    const s = created.body;
    assert.equal(s.name, 'Data jobs, remote');
    assert.equal(s.description, 'Jobs and internships \u00b7 Data Science \u00b7 remote');
    assert.deepEqual(s.query, {
      kinds: ['job', 'internship'], fields: ['Data Science'], skills: [], stage: null, remote_only: true, location: '', keywords: '',
    });
    assert.equal(s.period, 'instant');
    assert.equal(s.last_alert_at, null, 'never alerted yet');

    const defaults = await ana.post('/saved-searches', {});
    expectStatus(defaults, 201, 'defaults');
    assert.equal(defaults.body.name, 'All opportunities', 'named after the query');
    assert.equal(defaults.body.period, 'daily');

    const list = await ana.get('/saved-searches');
    expectStatus(list, 200, 'list');
    assert.deepEqual(list.body.items.map((x) => x.id), [s.id, defaults.body.id], 'oldest first');
    expectStatus(await ana.get(`/saved-searches/${s.id}`), 200, 'get');

    const renamed = await ana.patch(`/saved-searches/${s.id}`, { name: '  Remote   data ' });
    expectStatus(renamed, 200, 'rename');
    assert.equal(renamed.body.name, 'Remote data');
    assert.deepEqual(renamed.body.query, s.query, 'the query stays');
    const requery = await ana.patch(`/saved-searches/${s.id}`, {
      query: { kinds: ['event'], skills: ['SQL'], stage: 'learner', location: 'Lisbon', keywords: 'dbt' }, period: 'weekly',
    });
    expectStatus(requery, 200, 'new query');
    assert.equal(requery.body.description, 'Events \u00b7 with SQL \u00b7 for learners \u00b7 in Lisbon \u00b7 \u201cdbt\u201d');
    assert.equal(requery.body.period, 'weekly');
    assert.equal(requery.body.name, 'Remote data');

    const del = await ana.del(`/saved-searches/${s.id}`);
    expectStatus(del, 204, 'delete');
    expectError(await ana.get(`/saved-searches/${s.id}`), 404, 'not_found');
    expectError(await ana.del(`/saved-searches/${s.id}`), 404, 'not_found');
    assert.equal((await ana.get('/saved-searches')).body.items.length, 1);
  });

  it('bad input is 422 naming every field, and nothing is stored', async () => {
    const [ana] = await signupMany(ctx.url, 1, 'ssv');
    const bad = await ana.post('/saved-searches', {
      name: 'x'.repeat(81),
      period: 'hourly',
      query: { kinds: ['job', 'gig'], keywords: 'k'.repeat(201), fields: ['ok', 'f'.repeat(61)], colour: 'red' },
      extra: 1,
    });
    expectError(bad, 422, 'validation_failed');
    assert.deepEqual(detailFields(bad).sort(), ['extra', 'period', 'query.colour', 'query.kinds[1]'].sort(),
      'shape errors first; the rules run once the shape is right');
    const rules = await ana.post('/saved-searches', {
      name: 'x'.repeat(81), query: { keywords: 'k'.repeat(201), fields: ['ok', 'f'.repeat(61)] },
    });
    expectError(rules, 422, 'validation_failed');
    assert.deepEqual(detailFields(rules), ['name', 'query.fields[1]', 'query.keywords']);
    expectError(await ana.post('/saved-searches', { name: null }), 422, 'validation_failed');
    expectError(await ana.post('/saved-searches', { query: { remote_only: 'yes' } }), 422, 'validation_failed');
    const nullStage = await ana.post('/saved-searches', { query: { stage: null } });
    expectError(nullStage, 422, 'validation_failed');
    assert.deepEqual(detailFields(nullStage), ['query.stage'], 'leave stage out for any stage');
    assert.deepEqual((await ana.get('/saved-searches')).body.items, []);

    const ok = await ana.post('/saved-searches', DATA_JOBS);
    expectStatus(ok, 201, 'create');
    const patch = await ana.patch(`/saved-searches/${ok.body.id}`, { name: 'y'.repeat(81), period: 'daily' });
    expectError(patch, 422, 'validation_failed');
    assert.deepEqual(detailFields(patch), ['name']);
    const after = await ana.get(`/saved-searches/${ok.body.id}`);
    assert.equal(after.body.period, 'instant', 'a refused edit changes nothing');
    assert.equal(after.body.name, 'Data jobs, remote');
  });

  it('at most ten saved searches per member', async () => {
    const [ana, raj] = await signupMany(ctx.url, 2, 'ssc');
    const ids = [];
    for (let i = 0; i < 10; i++) {
      const r = await ana.post('/saved-searches', { name: `Search ${i}`, query: { keywords: `word${i}` } });
      expectStatus(r, 201, `search ${i}`);
      ids.push(r.body.id);
    }
    expectError(await ana.post('/saved-searches', { name: 'Eleventh' }), 409, 'too_many_saved_searches');
    assert.equal((await ana.get('/saved-searches')).body.items.length, 10);
    expectStatus(await raj.post('/saved-searches', { name: 'Mine' }), 201, 'the cap is per member');
    expectStatus(await ana.del(`/saved-searches/${ids[3]}`), 204, 'delete one');
    expectStatus(await ana.post('/saved-searches', { name: 'Now it fits' }), 201, 'after deleting');
  });

  it('a third member, a blocked member and anonymous visitors see nothing of it', async () => {
    const [ana, third, blocked] = await signupMany(ctx.url, 3, 'ssp');
    expectStatus(await ana.post('/blocks', { member: blocked.id }), 201, 'block');
    const s = (await ana.post('/saved-searches', DATA_JOBS)).body;
    for (const [who, other] of [['third member', third], ['blocked member', blocked]]) {
      expectError(await other.get(`/saved-searches/${s.id}`), 404, 'not_found', who);
      expectError(await other.patch(`/saved-searches/${s.id}`, { name: 'Mine now' }), 404, 'not_found', who);
      expectError(await other.del(`/saved-searches/${s.id}`), 404, 'not_found', who);
      assert.deepEqual((await other.get('/saved-searches')).body.items, [], who);
    }
    const anon = new Client(ctx.url);
    expectError(await anon.get('/saved-searches'), 401, null, 'anonymous list');
    expectError(await anon.post('/saved-searches', DATA_JOBS), 401, null, 'anonymous create');
    expectError(await anon.get(`/saved-searches/${s.id}`), 401, null, 'anonymous get');
    expectError(await anon.patch(`/saved-searches/${s.id}`, { name: 'x' }), 401, null, 'anonymous patch');
    expectError(await anon.del(`/saved-searches/${s.id}`), 401, null, 'anonymous delete');
    expectError(await ana.get('/saved-searches/abc'), 404, 'not_found', 'bad id');
    expectError(await ana.get('/saved-searches/99999999'), 404, 'not_found', 'missing id');
    const still = await ana.get(`/saved-searches/${s.id}`);
    assert.equal(still.body.name, 'Data jobs, remote', 'untouched');
  });

  it('a new matching post alerts in the background, once, never one\'s own or a blocked member\'s', async () => {
    const [ana, poster, blocked] = await signupMany(ctx.url, 3, 'ssa');
    const s = (await ana.post('/saved-searches', DATA_JOBS)).body;
    const other = (await poster.post('/saved-searches', DATA_JOBS)).body;
    expectStatus(await ana.post('/blocks', { member: blocked.id }), 201, 'block');

    await publish(blocked, 'From a blocked member');
    await publish(ana, 'My own post');
    await publish(poster, 'On site only', { remote: false });
    const first = await publish(poster, 'Data analyst');
    const alerts = await waitForAlerts(ana, 1, 'first alert');
    assert.equal(alerts.length, 1);
    assert.equal(alerts[0].title, '1 new opportunity matches \u201cData jobs, remote\u201d');
    assert.equal(alerts[0].body, 'Data analyst at Acme');
    assert.equal(alerts[0].link, `/opportunities/${first}`);
    const after = (await ana.get(`/saved-searches/${s.id}`)).body;
    assert.ok(after.last_alert_at, 'last_alert_at set');
    // The poster's own search heard of the first post by someone else (the member that the
    // searcher blocked is no one the poster blocked), never of the poster's own.
    const posterAlerts = await waitForAlerts(poster, 1, 'poster alert');
    assert.equal(posterAlerts[0].body, 'From a blocked member at Acme');
    assert.ok(other.id);

    // Two more within the instant gap wait; once the gap has passed, one alert names both.
    await publish(poster, 'BI developer');
    await publish(poster, 'Analytics engineer');
    await sleep(3000);  // longer than a catch-up pass
    await sweep(ctx.server);
    assert.equal((await alertsOf(ana)).length, 1, 'held back by the 10-minute gap');
    runSql(ctx.server, `UPDATE saved_searches SET last_alert_at = last_alert_at - ${11 * 60 * 1000} WHERE id = ${s.id}`);
    await sweep(ctx.server);
    const both = await alertsOf(ana);
    assert.equal(both.length, 2);
    assert.equal(both[0].title, '2 new opportunities match \u201cData jobs, remote\u201d');
    assert.equal(both[0].body, 'BI developer at Acme; Analytics engineer at Acme');
    assert.equal(both[0].link, `/opportunities?saved_search=${s.id}`);

    // Nothing is told twice, whatever runs again.
    runSql(ctx.server, `UPDATE saved_searches SET last_alert_at = last_alert_at - ${DAY_MS} WHERE id = ${s.id}`);
    await sweep(ctx.server);
    assert.equal((await alertsOf(ana)).length, 2);
  });

  it('posting through POST /opportunities alerts a matching saved search', async () => {
    const [ana, poster] = await signupMany(ctx.url, 2, 'ssl');
    expectStatus(await ana.post('/saved-searches', DATA_JOBS), 201, 'save');
    const closes = new Date(Date.now() + 20 * DAY_MS).toISOString();
    const posted = await poster.post('/opportunities', {
      kind: 'job',
      title: 'Junior data analyst',
      organization: 'Acme',
      location: '',
      remote: true,
      description: 'Dashboards in *SQL*.',
      skills: [{ name: 'SQL', level: 2, required: true }],
      fields: ['Data Science'],
      closes_at: closes,
    });
    expectStatus(posted, 201, 'post');
    const alerts = await waitForAlerts(ana, 1, 'alert after posting');
    assert.equal(alerts[0].title, '1 new opportunity matches \u201cData jobs, remote\u201d');
    assert.equal(alerts[0].link, `/opportunities/${posted.body.id}`);
  });
});
