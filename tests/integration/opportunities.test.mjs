// Opportunities (issue 18): posting, editing, closing, reposting, hiding and
// reporting; "I'm interested" and who is interested; the For-you list with its
// reasons, filters, keywords and dismissals; bad input (422 with field details,
// nothing stored) and every route as the poster, a third member, a blocked
// member and an anonymous visitor.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { Client, DB_KIND, detailFields, expectError, expectStatus, setRole, signupMany, useServer } from './lib/server.mjs';

const DAY = 86_400_000;
const inDays = (n) => new Date(Date.now() + n * DAY).toISOString();

async function connect(a, b) {
  const r = await a.post('/connections/requests', { to: b.id });
  expectStatus(r, 201, 'connection request');
  expectStatus(await b.post(`/connections/requests/${r.body.id}/accept`), 200, 'accept');
}

function job(extra = {}) {
  return {
    kind: 'job',
    title: 'Junior data analyst',
    organization: 'Acme Analytics',
    location: 'Lisbon',
    remote: false,
    description: 'Build **dashboards** with the team.',
    skills: [
      { name: 'SQL', level: 3 },
      { name: 'Python', level: 2 },
      { name: 'dbt', level: 2, required: false },
    ],
    fields: ['Data Science'],
    stages: ['learner', 'early_career'],
    closes_at: inDays(30),
    ...extra,
  };
}

async function forYou(client, query = '') {
  const r = await client.get(`/opportunities/for-you${query}`);
  expectStatus(r, 200, `for-you ${query}`);
  return r.body;
}

const ids = (page) => page.items.map((i) => i.opportunity.id);

describe(`opportunities (${DB_KIND})`, () => {
  const ctx = useServer();
  let poster, seeker, third, blocked, admin;

  before(async () => {
    [poster, seeker, third, blocked, admin] = await signupMany(ctx.url, 5, 'opp');
    await connect(poster, seeker);
    await seeker.patchProfile({
      skills: [{ name: 'SQL', level: 4 }, { name: 'Python', level: 3 }, { name: 'React', level: 3 }],
      fields: ['Data Science'],
      stage: 'learner',
    });
    await setRole(ctx.server, admin.email, 'admin');
  });

  it('a post goes from open to interested, edited, closed and reposted, with reasons in For you', async () => {
    const created = await poster.post('/opportunities', job());
    expectStatus(created, 201, 'post');
    const post = created.body;
    assert.equal(post.status, 'open');
    assert.equal(post.mine, true);
    assert.equal(post.interested_count, 0);
    assert.equal(post.poster.id, poster.id);
    assert.equal(post.apply_url, null);
    assert.equal(post.description_html, '<p>Build <strong>dashboards</strong> with the team.</p>\n');
    assert.deepEqual(post.skills.map((s) => [s.name, s.level, s.required]),
      [['SQL', 3, true], ['Python', 2, true], ['dbt', 2, false]]);

    // The seeker (a connection with both required skills) sees it first, with the reason.
    const page = await forYou(seeker);
    const item = page.items.find((i) => i.opportunity.id === post.id);
    assert.ok(item, 'the post is in For you');
    assert.deepEqual(item.skills_met, ['SQL', 'Python']);
    assert.deepEqual(item.skills_missing, []);
    assert.deepEqual(item.shared_fields, ['Data Science']);
    assert.match(item.reason, /^You have 2 of 2 required skills \(SQL, Python\)/);
    assert.match(item.reason, new RegExp(`posted by your connection ${poster.me.profile.name}`));
    assert.ok(item.score > 500, `score ${item.score}`);
    assert.equal(item.opportunity.mine, false);
    assert.equal(item.opportunity.interested_count, null);
    // Never one's own posts.
    assert.ok(!ids(await forYou(poster)).includes(post.id));

    // Interest, once.
    const interest = await seeker.post(`/opportunities/${post.id}/interest`, { note: 'I built dbt models at school.' });
    expectStatus(interest, 201, 'interest');
    assert.equal(interest.body.interested, true);
    expectError(await seeker.post(`/opportunities/${post.id}/interest`, { note: 'again' }), 409, 'already_interested', 'twice');
    expectError(await poster.post(`/opportunities/${post.id}/interest`, {}), 422, 'validation_failed', 'own post');
    const mine = await seeker.get('/me/interests');
    expectStatus(mine, 200, 'my interests');
    assert.deepEqual(mine.body.items.map((i) => [i.opportunity.id, i.note]), [[post.id, 'I built dbt models at school.']]);

    const interested = await poster.get(`/opportunities/${post.id}/interested`);
    expectStatus(interested, 200, 'interested');
    assert.deepEqual(interested.body.items.map((i) => [i.member.id, i.note]), [[seeker.id, 'I built dbt models at school.']]);
    assert.equal((await poster.get(`/opportunities/${post.id}`)).body.interested_count, 1);
    const told = await poster.get('/notifications');
    expectStatus(told, 200, 'notifications');
    assert.ok(told.body.items.some((n) => n.title === `${seeker.me.profile.name} is interested in Junior data analyst`),
      JSON.stringify(told.body.items.map((n) => n.title)));

    // Edit (poster only), then the seeker sees the new title.
    const edited = await poster.patch(`/opportunities/${post.id}`, { title: 'Data analyst (junior)', apply_url: 'https://acme.example/jobs/1' });
    expectStatus(edited, 200, 'edit');
    assert.equal(edited.body.title, 'Data analyst (junior)');
    assert.equal(edited.body.organization, 'Acme Analytics');
    assert.equal((await seeker.get(`/opportunities/${post.id}`)).body.title, 'Data analyst (junior)');
    const listed = (await forYou(seeker)).items.find((i) => i.opportunity.id === post.id);
    assert.equal(listed.opportunity.title, 'Data analyst (junior)');

    // Withdraw, once.
    expectStatus(await seeker.del(`/opportunities/${post.id}/interest`), 204, 'withdraw');
    expectError(await seeker.del(`/opportunities/${post.id}/interest`), 404, 'not_found', 'withdraw twice');
    assert.deepEqual((await seeker.get('/me/interests')).body.items, []);

    // Close: gone from For you, no new interest, no edits; repost brings it back.
    const closed = await poster.post(`/opportunities/${post.id}/close`);
    expectStatus(closed, 200, 'close');
    assert.equal(closed.body.status, 'closed');
    expectError(await poster.post(`/opportunities/${post.id}/close`), 409, 'not_open', 'close twice');
    assert.ok(!ids(await forYou(seeker)).includes(post.id));
    expectError(await seeker.post(`/opportunities/${post.id}/interest`, {}), 409, 'not_open', 'interest when closed');
    expectError(await poster.patch(`/opportunities/${post.id}`, { title: 'x' }), 409, 'not_open', 'edit when closed');
    expectError(await poster.post(`/opportunities/${post.id}/repost`, { closes_at: inDays(-1) }), 422, 'validation_failed', 'repost in the past');
    const reposted = await poster.post(`/opportunities/${post.id}/repost`, { closes_at: inDays(20) });
    expectStatus(reposted, 200, 'repost');
    assert.equal(reposted.body.status, 'open');
    expectError(await poster.post(`/opportunities/${post.id}/repost`, { closes_at: inDays(20) }), 409, 'open', 'repost an open post');
    assert.ok(ids(await forYou(seeker)).includes(post.id));

    const my = await poster.get('/me/opportunities');
    expectStatus(my, 200, 'my posts');
    assert.ok(my.body.items.some((o) => o.id === post.id && o.mine));
  });

  it('filters, keywords, dismissals and pages', async () => {
    const a = (await poster.post('/opportunities', job({ title: 'Analytics engineering project', kind: 'project', organization: 'Open Data Lab' }))).body;
    const b = (await poster.post('/opportunities', job({
      kind: 'internship', title: 'Frontend intern', organization: 'Pixel Co', location: '', remote: true,
      skills: [{ name: 'React', level: 2 }], fields: ['Web'], description: 'Ship a design system.',
    }))).body;
    const c = (await poster.post('/opportunities', job({
      kind: 'event', title: 'Data meetup', organization: 'Acme Analytics', starts_at: inDays(5), ends_at: inDays(5.1), closes_at: inDays(5),
    }))).body;
    for (const o of [a, b, c]) assert.ok(o.id, 'posted');

    assert.deepEqual(ids(await forYou(seeker, '?kind=internship')), [b.id]);
    assert.deepEqual(ids(await forYou(seeker, '?remote=true')), [b.id]);
    assert.deepEqual(ids(await forYou(seeker, '?skill=react')), [b.id]);
    assert.deepEqual(ids(await forYou(seeker, '?q=design%20system')), [b.id]);
    assert.deepEqual(ids(await forYou(seeker, '?kind=event,project')).sort(), [a.id, c.id].sort());
    assert.ok(ids(await forYou(seeker, '?field=web')).every((id) => id === b.id));
    const event = (await forYou(seeker, '?kind=event')).items[0].opportunity;
    assert.ok(event.starts_at && event.ends_at, 'events carry their times');

    // Pages: limit 1 walks every item once, best first.
    const all = ids(await forYou(seeker, '?limit=100'));
    const walked = [];
    let cursor = null;
    do {
      const p = await forYou(seeker, `?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      walked.push(...ids(p));
      cursor = p.next_cursor;
    } while (cursor);
    assert.deepEqual(walked, all);

    // Dismissed never comes back.
    expectStatus(await seeker.post(`/opportunities/${b.id}/dismiss`), 204, 'dismiss');
    expectStatus(await seeker.post(`/opportunities/${b.id}/dismiss`), 204, 'dismiss again');
    assert.ok(!ids(await forYou(seeker)).includes(b.id));
    assert.deepEqual(ids(await forYou(seeker, '?kind=internship')), []);
    assert.ok(ids(await forYou(third)).includes(b.id), 'others still see it');
  });

  it('moderators hide posts; members report once', async () => {
    const post = (await poster.post('/opportunities', job({ title: 'Too good to be true' }))).body;
    expectError(await third.post(`/opportunities/${post.id}/hide`), 403, 'not_moderator', 'member hides');
    expectStatus(await third.post(`/opportunities/${post.id}/report`, { reason: 'Looks like a scam.' }), 204, 'report');
    expectError(await third.post(`/opportunities/${post.id}/report`, {}), 409, 'already_reported', 'report twice');
    expectError(await poster.post(`/opportunities/${post.id}/report`, {}), 422, 'validation_failed', 'own post');
    expectError(await third.post(`/opportunities/${post.id}/report`, { reason: 'x'.repeat(501) }), 422, 'validation_failed', 'long reason');

    const hidden = await admin.post(`/opportunities/${post.id}/hide`);
    expectStatus(hidden, 200, 'hide');
    assert.equal(hidden.body.status, 'hidden');
    expectError(await admin.post(`/opportunities/${post.id}/hide`), 409, 'already_hidden', 'hide twice');
    expectError(await seeker.get(`/opportunities/${post.id}`), 404, 'not_found', 'hidden for members');
    assert.equal((await poster.get(`/opportunities/${post.id}`)).body.status, 'hidden');
    assert.ok(!ids(await forYou(seeker)).includes(post.id));
    assert.ok(!ids(await forYou(admin)).includes(post.id));
    expectError(await seeker.post(`/opportunities/${post.id}/interest`, {}), 404, 'not_found', 'interest in hidden');
    expectError(await poster.post(`/opportunities/${post.id}/repost`, { closes_at: inDays(9) }), 409, 'hidden', 'repost hidden');
  });

  it('a third member reads but changes nothing; a blocked member sees nothing; anonymous gets 401', async () => {
    const post = (await poster.post('/opportunities', job({ title: 'Blocked test' }))).body;
    // The blocked member was interested before the block.
    expectStatus(await blocked.post(`/opportunities/${post.id}/interest`, { note: 'me' }), 201, 'interest before block');
    expectStatus(await poster.post('/blocks', { member: blocked.id }), 201, 'block');

    // Third member.
    expectStatus(await third.get(`/opportunities/${post.id}`), 200, 'third reads');
    expectError(await third.patch(`/opportunities/${post.id}`, { title: 'Mine now' }), 403, 'not_poster', 'third edits');
    expectError(await third.post(`/opportunities/${post.id}/close`), 403, 'not_poster', 'third closes');
    expectError(await third.post(`/opportunities/${post.id}/repost`, { closes_at: inDays(3) }), 403, 'not_poster', 'third reposts');
    expectError(await third.get(`/opportunities/${post.id}/interested`), 403, 'not_poster', 'third reads interested');
    expectError(await third.del(`/opportunities/${post.id}/interest`), 404, 'not_found', 'third withdraws nothing');
    assert.equal((await third.get(`/opportunities/${post.id}`)).body.interested_count, null);

    // Blocked member: as if the post did not exist.
    expectError(await blocked.get(`/opportunities/${post.id}`), 404, 'not_found', 'blocked reads');
    expectError(await blocked.patch(`/opportunities/${post.id}`, { title: 'x' }), 404, 'not_found', 'blocked edits');
    expectError(await blocked.post(`/opportunities/${post.id}/close`), 404, 'not_found', 'blocked closes');
    expectError(await blocked.post(`/opportunities/${post.id}/repost`, { closes_at: inDays(3) }), 404, 'not_found', 'blocked reposts');
    expectError(await blocked.post(`/opportunities/${post.id}/report`, {}), 404, 'not_found', 'blocked reports');
    expectError(await blocked.post(`/opportunities/${post.id}/dismiss`), 404, 'not_found', 'blocked dismisses');
    expectError(await blocked.post(`/opportunities/${post.id}/interest`, {}), 404, 'not_found', 'blocked interest');
    expectError(await blocked.get(`/opportunities/${post.id}/interested`), 404, 'not_found', 'blocked reads interested');
    expectError(await blocked.del(`/opportunities/${post.id}/interest`), 404, 'not_found', 'blocked withdraws');
    expectError(await blocked.post(`/opportunities/${post.id}/hide`), 404, 'not_found', 'blocked hides');
    assert.ok(!(await forYou(blocked)).items.some((i) => i.opportunity.poster.id === poster.id), 'no posts by the blocker');
    assert.ok(!(await blocked.get('/me/interests')).body.items.some((i) => i.opportunity.id === post.id));
    // The poster no longer sees the blocked member among the interested.
    assert.deepEqual((await poster.get(`/opportunities/${post.id}/interested`)).body.items, []);
    // A post by the blocked member is hidden from the blocker too.
    const theirs = (await blocked.post('/opportunities', job({ title: 'By the blocked member' }))).body;
    expectError(await poster.get(`/opportunities/${theirs.id}`), 404, 'not_found', 'blocker reads');
    assert.ok(!ids(await forYou(poster)).includes(theirs.id));

    // Anonymous.
    const anon = new Client(ctx.url);
    const routes = [
      ['post', '/opportunities', job()],
      ['get', '/opportunities/for-you'],
      ['get', `/opportunities/${post.id}`],
      ['patch', `/opportunities/${post.id}`, { title: 'x' }],
      ['post', `/opportunities/${post.id}/close`],
      ['post', `/opportunities/${post.id}/repost`, { closes_at: inDays(3) }],
      ['post', `/opportunities/${post.id}/hide`],
      ['post', `/opportunities/${post.id}/report`, {}],
      ['post', `/opportunities/${post.id}/interest`, {}],
      ['del', `/opportunities/${post.id}/interest`],
      ['get', `/opportunities/${post.id}/interested`],
      ['post', `/opportunities/${post.id}/dismiss`],
      ['get', '/me/opportunities'],
      ['get', '/me/interests'],
    ];
    for (const [method, p, body] of routes) {
      const r = method === 'get' ? await anon.get(p) : await anon[method](p, body);
      expectError(r, 401, null, `anonymous ${method} ${p}`);
    }
    expectError(await third.get('/opportunities/999999'), 404, 'not_found', 'missing');
    expectError(await third.get('/opportunities/abc'), 404, 'not_found', 'bad id');
  });

  it('bad input is a 422 naming each field, and nothing is stored', async () => {
    const before = (await poster.get('/me/opportunities?limit=100')).body.items.length;
    const cases = [
      [{ closes_at: inDays(-1) }, ['closes_at']],
      [{ closes_at: inDays(400) }, ['closes_at']],
      [{ closes_at: 'next tuesday' }, ['closes_at']],
      [{ kind: 'gig' }, ['kind']],
      [{ title: 'x'.repeat(121) }, ['title']],
      [{ description: 'x'.repeat(10_001) }, ['description']],
      [{ skills: [{ name: 'SQL', level: 9 }] }, ['skills[0].level']],
      [{ skills: [{ name: 'SQL' }, { name: 'sql' }] }, ['skills[1].name']],
      [{ skills: [{ name: 'SQL', levle: 2 }] }, ['skills[0].levle']],
      [{ stages: ['guru'] }, ['stages[0]']],
      [{ location: '', remote: false }, ['location']],
      [{ apply_url: 'javascript:alert(1)' }, ['apply_url']],
      [{ kind: 'event' }, ['starts_at', 'ends_at']],
      [{ starts_at: inDays(2) }, ['starts_at']],
      [{ salary: 100 }, ['salary']],
      [{ title: '', organization: '' }, ['title', 'organization']],
    ];
    for (const [patch, fields] of cases) {
      const r = await poster.post('/opportunities', job(patch));
      expectError(r, 422, 'validation_failed', JSON.stringify(patch).slice(0, 80));
      for (const f of fields) assert.ok(detailFields(r).includes(f), `${f} in ${JSON.stringify(detailFields(r))}`);
    }
    const missing = await poster.post('/opportunities', {});
    expectError(missing, 422, 'validation_failed', 'empty');
    for (const f of ['kind', 'title', 'organization', 'description', 'closes_at']) assert.ok(detailFields(missing).includes(f), f);
    expectError(await poster.post('/opportunities', '{"kind":'), 400, null, 'broken JSON');
    assert.equal((await poster.get('/me/opportunities?limit=100')).body.items.length, before, 'nothing stored');

    // Edits are validated whole; a bad one leaves the post as it was.
    const post = (await poster.post('/opportunities', job({ title: 'Stays' }))).body;
    const bad = await poster.patch(`/opportunities/${post.id}`, { title: '', closes_at: inDays(-2) });
    expectError(bad, 422, 'validation_failed', 'bad edit');
    assert.deepEqual(detailFields(bad).sort(), ['closes_at', 'title']);
    assert.equal((await poster.get(`/opportunities/${post.id}`)).body.title, 'Stays');

    const note = await seeker.post(`/opportunities/${post.id}/interest`, { note: 'x'.repeat(501) });
    expectError(note, 422, 'validation_failed', 'long note');
    assert.deepEqual(detailFields(note), ['note']);
    assert.equal((await poster.get(`/opportunities/${post.id}`)).body.interested_count, 0);

    for (const [q, field] of [['?kind=gig', 'kind'], ['?stage=guru', 'stage'], ['?remote=maybe', 'remote'], ['?limit=0', 'limit'], [`?q=${'x'.repeat(201)}`, 'q']]) {
      const r = await seeker.get(`/opportunities/for-you${q}`);
      expectError(r, 422, 'validation_failed', q.slice(0, 30));
      assert.ok(detailFields(r).includes(field), `${field} in ${JSON.stringify(detailFields(r))}`);
    }
    expectError(await seeker.get('/opportunities/for-you?cursor=nonsense'), 400, null, 'bad cursor');
  });
});

describe(`opportunity posting restricted to program leads and admins (${DB_KIND})`, () => {
  before(() => { process.env.PLN_OPPORTUNITY_POSTING = 'leads'; });
  const ctx = useServer();
  before(() => { delete process.env.PLN_OPPORTUNITY_POSTING; });
  after(() => { delete process.env.PLN_OPPORTUNITY_POSTING; });

  it('a member is refused with 403; a program lead posts', async () => {
    const [member, lead] = await signupMany(ctx.url, 2, 'restricted');
    await setRole(ctx.server, lead.email, 'program_lead');
    expectError(await member.post('/opportunities', job()), 403, 'posting_restricted', 'member posts');
    assert.deepEqual((await member.get('/me/opportunities')).body.items, []);
    expectStatus(await lead.post('/opportunities', job()), 201, 'lead posts');
    assert.equal((await member.get('/opportunities/for-you')).body.items.length, 1);
  });
});
