// Feedback requests, rubric reviews, endorsements and the skill timeline
// (issue 5): the happy path, the privacy rules (third member, blocked member,
// anonymous visitor on every route) and bad input (422 with field details,
// nothing stored).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { Client, DB_KIND, detailFields, expectError, expectStatus, signupMany, useServer } from './lib/server.mjs';

function inDays(n) {
  const d = new Date(Date.now() + n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function connect(a, b) {
  const r = await a.post('/connections/requests', { to: b.id });
  expectStatus(r, 201, 'connection request');
  expectStatus(await b.post(`/connections/requests/${r.body.id}/accept`), 200, 'accept');
}

const REVIEW = {
  ratings: { clarity: 4, depth: 3, impact: 5 },
  strengths: 'The **story** is clear.',
  improvements: 'Quantify the *impact*.',
  next_step: 'Add one metric to the summary.',
};

function requestBody(reviewers, extra = {}) {
  return {
    skill: 'UX Research',
    artifact: { title: 'Portfolio case study', url: 'https://example.org/case', text: '# Case\n\nWe interviewed 12 users.' },
    question: 'Is my case study convincing to a hiring manager?',
    reviewers: reviewers.map((m) => m.id),
    deadline: inDays(7),
    ...extra,
  };
}

describe(`feedback (${DB_KIND})`, () => {
  const ctx = useServer();

  it('a learner asks two connections; both answer with the rubric; the timeline moves', async () => {
    const [learner, r1, r2] = await signupMany(ctx.url, 3, 'fb');
    await connect(learner, r1);
    await connect(learner, r2);
    await learner.patchProfile({ skills: [{ name: 'UX Research', level: 2 }] });

    const before = await learner.get('/skills/ux%20research/timeline');
    expectStatus(before, 200, 'timeline before');
    assert.equal(before.body.has_outside_feedback, false);
    assert.deepEqual(before.body.points.map((p) => p.kind), ['self_assessment']);
    assert.equal(before.body.points[0].level, 200);

    const created = await learner.post('/feedback/requests', requestBody([r1, r2]));
    expectStatus(created, 201, 'create');
    const req = created.body;
    assert.equal(req.requester.id, learner.id);
    assert.deepEqual(req.rubric.criteria.map((c) => c.id), ['clarity', 'depth', 'impact']);
    for (const c of req.rubric.criteria) assert.equal(c.levels.length, 5);
    assert.deepEqual(req.reviewers.map((s) => s.status), ['invited', 'invited']);
    assert.match(req.artifact.text_html, /<h1>Case<\/h1>/);

    assert.deepEqual((await r1.get('/feedback/requests?role=reviewer')).body.items.map((x) => x.id), [req.id]);
    assert.deepEqual((await learner.get('/feedback/requests?role=requester')).body.items.map((x) => x.id), [req.id]);
    assert.deepEqual((await learner.get('/feedback/requests?role=reviewer')).body.items, []);

    expectStatus(await r1.post(`/feedback/requests/${req.id}/accept`), 200, 'accept');
    const rev1 = await r1.post(`/feedback/requests/${req.id}/reviews`, REVIEW);
    expectStatus(rev1, 201, 'review 1');
    assert.equal(rev1.body.strengths_html, '<p>The <strong>story</strong> is clear.</p>\n');
    const rev2 = await r2.post(`/feedback/requests/${req.id}/reviews`, { ...REVIEW, ratings: { clarity: 2, depth: 2, impact: 2 } });
    expectStatus(rev2, 201, 'review 2');
    expectError(await r2.post(`/feedback/requests/${req.id}/reviews`, REVIEW), 409, 'already_reviewed', 'second review');

    // The learner reads both; each reviewer reads only their own.
    const seen = await learner.get(`/feedback/requests/${req.id}`);
    expectStatus(seen, 200, 'requester reads');
    assert.equal(seen.body.reviews.length, 2);
    assert.deepEqual(seen.body.reviewers.map((s) => s.status), ['submitted', 'submitted']);
    const own = await r1.get(`/feedback/requests/${req.id}`);
    assert.deepEqual(own.body.reviews.map((r) => r.reviewer), [r1.id]);

    // Thank, reply once, rate usefulness, show on profile.
    const react = await learner.patch(`/feedback/reviews/${rev1.body.id}`, { thanked: true, reply: 'Thanks!', usefulness: 5, on_profile: true });
    expectStatus(react, 200, 'react');
    assert.equal(react.body.usefulness, 5);
    expectError(await learner.patch(`/feedback/reviews/${rev1.body.id}`, { reply: 'again' }), 409, 'already_replied', 'second reply');
    expectError(await r1.patch(`/feedback/reviews/${rev1.body.id}`, { usefulness: 5 }), 403, null, 'reviewer rates self');

    const after = await learner.get('/skills/UX%20Research/timeline');
    expectStatus(after, 200, 'timeline after');
    assert.equal(after.body.review_count, 2);
    assert.equal(after.body.has_outside_feedback, true);
    assert.deepEqual(after.body.points.filter((p) => p.kind === 'review').map((p) => p.level), [400, 200]);
  });

  it('the timeline returns every series: self-assessment history, rubric ratings, cumulative endorsements', async () => {
    const [learner, r1, r2] = await signupMany(ctx.url, 3, 'series');
    await connect(learner, r1);
    await connect(learner, r2);
    await learner.patchProfile({ skills: [{ name: 'SQL', level: 1 }, { name: 'Go', level: 2 }] });
    let tl = (await learner.get('/skills/sql/timeline')).body;
    assert.deepEqual(tl.series.self_assessments.map((p) => p.level), [1]);
    assert.deepEqual(tl.skills_without_feedback, ['SQL', 'Go']);
    // Re-rating is recorded; an unrelated edit or an unchanged level is not.
    await learner.patchProfile({ skills: [{ name: 'SQL', level: 3 }, { name: 'Go', level: 2 }] });
    await learner.patchProfile({ headline: 'Analyst' });
    const req = (await learner.post('/feedback/requests', requestBody([r1], { skill: 'SQL' }))).body;
    expectStatus(await r1.post(`/feedback/requests/${req.id}/reviews`, REVIEW), 201, 'review');
    expectStatus(await r1.post(`/members/${learner.id}/endorsements`, { skill: 'sql' }), 201, 'endorse 1');
    expectStatus(await r2.post(`/members/${learner.id}/endorsements`, { skill: 'SQL' }), 201, 'endorse 2');
    tl = (await learner.get('/skills/SQL/timeline')).body;
    assert.deepEqual(tl.series.self_assessments.map((p) => p.level), [1, 3]);
    assert.ok(tl.series.self_assessments[0].at <= tl.series.self_assessments[1].at);
    assert.equal(tl.series.reviews.length, 1);
    assert.equal(tl.series.reviews[0].mean, 400);
    assert.deepEqual(tl.series.reviews[0].criteria.map((c) => [c.id, c.score]), [['clarity', 4], ['depth', 3], ['impact', 5]]);
    assert.equal(tl.series.reviews[0].criteria[0].name, 'Clarity');
    assert.deepEqual(tl.series.endorsements.map((p) => p.count), [1, 2]);
    assert.deepEqual(tl.skills_without_feedback, ['Go'], 'SQL has outside feedback now');
    assert.deepEqual(tl.points.map((p) => p.kind), ['self_assessment', 'self_assessment', 'review', 'endorsement', 'endorsement']);
    // Another member's timeline shows nothing of this.
    const other = (await r2.get('/skills/SQL/timeline')).body;
    assert.deepEqual(other.series, { self_assessments: [], reviews: [], endorsements: [] });
    expectError(await learner.get(`/skills/${'x'.repeat(61)}/timeline`), 422, null, 'long skill');
  });

  it('request lists are paginated with a stable cursor, also while requests are added', async () => {
    const [me, friend] = await signupMany(ctx.url, 2, 'page');
    await connect(me, friend);
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await me.post('/feedback/requests', requestBody([friend]))).body.id);
    const seen = [];
    let cursor = null;
    let pages = 0;
    do {
      const r = await me.get(`/feedback/requests?role=requester&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expectStatus(r, 200, 'page');
      assert.ok(r.body.items.length <= 2);
      seen.push(...r.body.items.map((x) => x.id));
      cursor = r.body.next_cursor;
      // A request made between pages goes to the top, never into a later page.
      if (pages++ === 0) await me.post('/feedback/requests', requestBody([friend]));
    } while (cursor);
    assert.deepEqual(seen, [...ids].reverse(), 'every request once, newest first');
    const asReviewer = await friend.get('/feedback/requests?role=reviewer&limit=100');
    assert.equal(asReviewer.body.items.length, 6);
    assert.equal(asReviewer.body.next_cursor, null);
    expectError(await me.get('/feedback/requests?role=requester&limit=0'), 422, null, 'limit 0');
    expectError(await me.get('/feedback/requests?role=requester&limit=101'), 422, null, 'limit 101');
    // docs/api.md: a cursor pln did not issue is 400 bad_cursor.
    expectError(await me.get('/feedback/requests?role=requester&cursor=not-a-cursor'), 400, 'bad_cursor', 'bad cursor');
    expectError(await me.get('/feedback/requests?role=owner'), 422, null, 'bad role');
  });

  it('privacy: third member, blocked member and anonymous see nothing through any route', async () => {
    const [owner, reviewer, third, blocked] = await signupMany(ctx.url, 4, 'priv');
    await connect(owner, reviewer);
    await connect(owner, blocked);
    const req = (await owner.post('/feedback/requests', requestBody([reviewer, blocked]))).body;
    const review = (await reviewer.post(`/feedback/requests/${req.id}/reviews`, REVIEW)).body;
    expectStatus(await owner.post('/blocks', { member: blocked.id }), 201, 'block');
    const anon = new Client(ctx.url);

    for (const [who, c] of [['third', third], ['blocked', blocked]]) {
      expectError(await c.get(`/feedback/requests/${req.id}`), 404, null, `${who} GET request`);
      expectError(await c.post(`/feedback/requests/${req.id}/accept`), 404, null, `${who} accept`);
      expectError(await c.post(`/feedback/requests/${req.id}/decline`), 404, null, `${who} decline`);
      expectError(await c.post(`/feedback/requests/${req.id}/reviews`, REVIEW), 404, null, `${who} review`);
      expectError(await c.patch(`/feedback/reviews/${review.id}`, { thanked: true }), 404, null, `${who} react`);
      for (const role of ['requester', 'reviewer']) {
        const list = await c.get(`/feedback/requests?role=${role}`);
        expectStatus(list, 200, `${who} list ${role}`);
        assert.deepEqual(list.body.items, [], `${who} sees no requests as ${role}`);
      }
      const tl = await c.get('/skills/UX%20Research/timeline');
      assert.equal(tl.body.review_count, 0, `${who} timeline is their own`);
    }
    for (const [method, path, body] of [
      ['GET', `/feedback/requests/${req.id}`],
      ['GET', '/feedback/requests?role=requester'],
      ['GET', '/feedback/requests?role=reviewer'],
      ['POST', `/feedback/requests/${req.id}/accept`],
      ['POST', `/feedback/requests/${req.id}/decline`],
      ['POST', `/feedback/requests/${req.id}/reviews`, REVIEW],
      ['PATCH', `/feedback/reviews/${review.id}`, { thanked: true }],
      ['GET', '/skills/UX%20Research/timeline'],
      ['POST', `/feedback/requests`, requestBody([reviewer])],
      ['POST', `/members/${owner.id}/endorsements`, { skill: 'UX Research' }],
    ]) {
      expectError(await anon.request(method, path, body), 401, null, `anonymous ${method} ${path}`);
    }
    // The reviewer still sees their own review; the owner sees it too.
    assert.equal((await owner.get(`/feedback/requests/${req.id}`)).body.reviews.length, 1);
    // The review never appears on any public route.
    const page = await anon.get(`/members/${owner.id}`);
    assert.ok(!page.text.includes('The **story**') && !page.text.includes('story</strong>'));
  });

  it('bad input: 4xx with field details and nothing stored', async () => {
    const [a, friend, stranger, blocker] = await signupMany(ctx.url, 4, 'bad');
    await connect(a, friend);
    await connect(a, blocker);
    expectStatus(await blocker.post('/blocks', { member: a.id }), 201, 'block');

    const cases = [
      [{ deadline: inDays(-2) }, [friend], 'deadline'],
      [{ deadline: '2030-02-30' }, [friend], 'deadline'],
      [{}, [stranger], 'reviewers[0]'],
      [{}, [blocker], 'reviewers[0]'],
      [{}, [a], 'reviewers[0]'],
      [{ artifact: { title: 'Big', text: 'x'.repeat(20001) } }, [friend], 'artifact.text'],
      [{ artifact: { title: 'Link', url: 'javascript:alert(1)' } }, [friend], 'artifact.url'],
      [{ rubric: { criteria: [{ id: 'story', name: 'Story', levels: ['1', '2'] }] } }, [friend], 'rubric.criteria[0].levels'],
      [{ skill: '' }, [friend], 'skill'],
    ];
    for (const [extra, reviewers, field] of cases) {
      const r = await a.post('/feedback/requests', requestBody(reviewers, extra));
      expectError(r, 422, null, `bad ${field}`);
      assert.ok(detailFields(r).includes(field), `${field} in ${JSON.stringify(detailFields(r))}`);
    }
    assert.deepEqual((await a.get('/feedback/requests?role=requester')).body.items, [], 'nothing stored');
    assert.deepEqual((await stranger.get('/feedback/requests?role=reviewer')).body.items, []);

    const req = (await a.post('/feedback/requests', requestBody([friend]))).body;
    const bad = await friend.post(`/feedback/requests/${req.id}/reviews`, { ...REVIEW, ratings: { clarity: 0, depth: 6, extra: 3 } });
    expectError(bad, 422, null, 'ratings out of range');
    for (const f of ['ratings.clarity', 'ratings.depth', 'ratings.impact', 'ratings.extra']) {
      assert.ok(detailFields(bad).includes(f), `${f} in ${JSON.stringify(detailFields(bad))}`);
    }
    expectError(await friend.post(`/feedback/requests/${req.id}/reviews`, { ...REVIEW, ratings: { clarity: 'high' } }), 422, null, 'non-integer rating');
    assert.deepEqual((await a.get(`/feedback/requests/${req.id}`)).body.reviews, [], 'no review stored');
    expectStatus(await friend.post(`/feedback/requests/${req.id}/decline`), 200, 'decline');
    expectError(await friend.post(`/feedback/requests/${req.id}/reviews`, REVIEW), 409, 'declined', 'review after decline');
  });

  it('Markdown is rendered without raw HTML or script links (XSS)', async () => {
    const [a, b] = await signupMany(ctx.url, 2, 'xss');
    await connect(a, b);
    const req = (await a.post('/feedback/requests', requestBody([b], {
      question: '<script>alert(1)</script> [x](javascript:alert(1))',
      artifact: { title: 'T', text: '<img src=x onerror=alert(1)>' },
    }))).body;
    const r = await b.post(`/feedback/requests/${req.id}/reviews`, {
      ...REVIEW,
      strengths: '<script>alert(2)</script>',
      improvements: '[click](javascript:alert(3))',
      next_step: '<img src=x onerror=alert(4)>',
    });
    expectStatus(r, 201, 'review');
    const got = (await a.get(`/feedback/requests/${req.id}`)).body;
    const html = [got.question_html, got.artifact.text_html, ...['strengths_html', 'improvements_html', 'next_step_html'].map((k) => got.reviews[0][k])];
    for (const h of html) {
      assert.ok(!/<script/i.test(h), h);
      assert.ok(!/onerror=/i.test(h.replace(/&[a-z]+;/g, '')) || !/<img/i.test(h), h);
      assert.ok(!/javascript:/i.test(h), h);
    }
    // The sources come back untouched.
    assert.equal(got.reviews[0].strengths, '<script>alert(2)</script>');
  });

  it('endorsements: connections only, counts and notes, removable by either side', async () => {
    const [a, b, c, blocked] = await signupMany(ctx.url, 4, 'end');
    await connect(a, b);
    await connect(a, blocked);
    const e = await b.post(`/members/${a.id}/endorsements`, { skill: 'SQL', note: 'Saw her tune a slow query.' });
    expectStatus(e, 201, 'endorse');
    expectError(await b.post(`/members/${a.id}/endorsements`, { skill: 'sql' }), 409, 'already_endorsed', 'twice');
    expectError(await c.post(`/members/${a.id}/endorsements`, { skill: 'SQL' }), 403, 'not_connected', 'stranger');
    expectError(await b.post(`/members/${a.id}/endorsements`, { skill: 'x'.repeat(61) }), 422, null, 'long skill');
    const list = await c.get(`/members/${a.id}/endorsements`);
    expectStatus(list, 200, 'list');
    assert.deepEqual(list.body.counts, { SQL: 1 });
    assert.equal(list.body.items[0].note, 'Saw her tune a slow query.');
    // An anonymous visitor sees a member only once something of theirs is public (404 until
    // then, as for an unknown id); with skills public, the visitor sees the same list.
    expectError(await new Client(ctx.url).get(`/members/${a.id}/endorsements`), 404, 'not_found', 'anonymous: nothing of a is public');
    expectStatus(await a.patch('/me/profile', { visibility: { skills: 'public' } }), 200, 'skills public');
    const anonList = await new Client(ctx.url).get(`/members/${a.id}/endorsements`);
    expectStatus(anonList, 200, 'anonymous, skills public');
    assert.deepEqual(anonList.body.counts, { SQL: 1 });

    expectStatus(await a.post('/blocks', { member: blocked.id }), 201, 'block');
    expectError(await blocked.get(`/members/${a.id}/endorsements`), 404, null, 'blocked list');
    expectError(await blocked.post(`/members/${a.id}/endorsements`, { skill: 'SQL' }), 404, null, 'blocked endorse');
    expectError(await c.del(`/endorsements/${e.body.id}`), 404, null, 'third member removes');
    expectStatus(await a.del(`/endorsements/${e.body.id}`), 204, 'endorsed member removes');
    assert.deepEqual((await a.get(`/members/${a.id}/endorsements`)).body.items, []);
    const tl = await a.get('/skills/SQL/timeline');
    assert.equal(tl.body.endorsement_count, 0);
  });

  it('reviewer suggestions rank connections with a higher level and who give feedback; reciprocity stats', async () => {
    const [me, expert, giver, novice, stranger, blocked] = await signupMany(ctx.url, 6, 'sug');
    for (const o of [expert, giver, novice, blocked]) await connect(me, o);
    await me.patchProfile({ skills: [{ name: 'Data Viz', level: 2 }] });
    await expert.patchProfile({ skills: [{ name: 'data viz', level: 5 }] });
    await novice.patchProfile({ skills: [{ name: 'Data Viz', level: 1 }] });
    await giver.patchProfile({ skills: [{ name: 'Data Viz', level: 3 }] });
    await stranger.patchProfile({ skills: [{ name: 'Data Viz', level: 5 }] });
    await blocked.patchProfile({ skills: [{ name: 'Data Viz', level: 5 }] });
    // giver has answered a request of novice before.
    await connect(novice, giver);
    const r = (await novice.post('/feedback/requests', requestBody([giver]))).body;
    expectStatus(await giver.post(`/feedback/requests/${r.id}/reviews`, REVIEW), 201, 'giver reviews');
    expectStatus(await blocked.post('/blocks', { member: me.id }), 201, 'block');

    const res = await me.get('/feedback/reviewer-suggestions?skill=Data%20Viz');
    expectStatus(res, 200, 'suggestions');
    const ids = res.body.items.map((s) => s.member.id);
    assert.equal(ids[0], expert.id, 'the higher level comes first');
    assert.ok(ids.includes(giver.id), 'people who give feedback are suggested');
    assert.ok(!ids.includes(stranger.id), 'not a stranger');
    assert.ok(!ids.includes(novice.id), 'only members above my level');
    assert.ok(!ids.includes(blocked.id), 'never a blocked member');
    assert.ok(res.body.items[0].reasons.some((x) => /above you/.test(x)), JSON.stringify(res.body.items[0]));
    const g = res.body.items.find((s) => s.member.id === giver.id);
    assert.equal(g.reciprocity.given, 1);
    assert.equal(typeof g.reciprocity.median_response_hours, 'number');
    expectError(await me.get('/feedback/reviewer-suggestions'), 422, null, 'skill required');

    // Connections of connections are suggested too (with the mutual count),
    // unless they hide their skills from me or are not discoverable.
    const [fof, hidden, shy] = await signupMany(ctx.url, 3, 'sug2');
    for (const o of [fof, hidden, shy]) {
      await o.patchProfile({ skills: [{ name: 'Data Viz', level: 4 }] });
      await connect(expert, o);
    }
    await hidden.patchProfile({ visibility: { skills: 'connections' } });
    await shy.patchProfile({ discoverable: false });
    const wide = (await me.get('/feedback/reviewer-suggestions?skill=data%20viz')).body.items;
    const f = wide.find((s) => s.member.id === fof.id);
    assert.ok(f, JSON.stringify(wide.map((s) => s.member.id)));
    assert.equal(f.hops, 2);
    assert.equal(f.mutual, 1);
    // Closeness comes from the network engine, naming the intermediary.
    assert.equal(f.via.id, expert.id);
    assert.ok(f.reasons.includes(`2 hops away via ${f.via.name}`), JSON.stringify(f.reasons));
    assert.ok(!wide.some((s) => s.member.id === hidden.id), 'hidden skills section');
    assert.ok(!wide.some((s) => s.member.id === shy.id), 'not discoverable');
    assert.equal(wide.find((s) => s.member.id === expert.id).hops, 1);
    assert.equal(wide.find((s) => s.member.id === expert.id).via, null);
    // A suggested member may be asked; a non-discoverable stranger may not.
    expectStatus(await me.post('/feedback/requests', requestBody([fof], { skill: 'Data Viz' })), 201, 'ask two hops');
    const refused = await me.post('/feedback/requests', requestBody([expert, shy], { skill: 'Data Viz' }));
    expectError(refused, 422, null, 'non-discoverable two hops');
    assert.deepEqual(detailFields(refused), ['reviewers[1]']);

    expectStatus(await novice.patch(`/feedback/reviews/${(await novice.get(`/feedback/requests/${r.id}`)).body.reviews[0].id}`, { usefulness: 4 }), 200, 'rate');
    const mine = await giver.get('/me/feedback-stats');
    expectStatus(mine, 200, 'stats');
    assert.deepEqual({ given: mine.body.given, received: mine.body.received }, { given: 1, received: 0 });
    assert.equal(mine.body.usefulness, 400);
    assert.equal(mine.body.lapsed, 0);
    assert.equal((await novice.get('/me/feedback-stats')).body.received, 1);
    expectError(await new Client(ctx.url).get('/me/feedback-stats'), 401, null, 'anonymous stats');
    expectError(await new Client(ctx.url).get('/feedback/reviewer-suggestions?skill=x'), 401, null, 'anonymous suggestions');
  });

  it('reviews appear on the profile only when the requester chooses, and never to a blocked member', async () => {
    const [owner, reviewer, other, blocked] = await signupMany(ctx.url, 4, 'show');
    await connect(owner, reviewer);
    const req = (await owner.post('/feedback/requests', requestBody([reviewer]))).body;
    const review = (await reviewer.post(`/feedback/requests/${req.id}/reviews`, REVIEW)).body;
    await owner.patchProfile({ visibility: { skills: 'public' } });
    const anon = new Client(ctx.url);
    assert.deepEqual((await anon.get(`/members/${owner.id}/reviews`)).body.items, [], 'private by default');
    assert.deepEqual((await other.get(`/members/${owner.id}/reviews`)).body.items, []);
    expectStatus(await owner.patch(`/feedback/reviews/${review.id}`, { on_profile: true }), 200, 'show');
    const shown = await anon.get(`/members/${owner.id}/reviews`);
    expectStatus(shown, 200, 'anonymous sees shown review');
    assert.equal(shown.body.items.length, 1);
    assert.equal(shown.body.items[0].review.id, review.id);
    assert.equal(shown.body.items[0].reviewer.id, reviewer.id);
    // The request itself stays private.
    expectError(await other.get(`/feedback/requests/${req.id}`), 404, null, 'request still private');
    expectStatus(await owner.post('/blocks', { member: blocked.id }), 201, 'block');
    expectError(await blocked.get(`/members/${owner.id}/reviews`), 404, null, 'blocked');
    await owner.patchProfile({ visibility: { skills: 'connections' } });
    expectError(await other.get(`/members/${owner.id}/reviews`), 403, null, 'skills hidden');
    expectStatus(await owner.patch(`/feedback/reviews/${review.id}`, { on_profile: false }), 200, 'hide');
    assert.deepEqual((await reviewer.get(`/members/${owner.id}/reviews`)).body.items, []);
  });
});
