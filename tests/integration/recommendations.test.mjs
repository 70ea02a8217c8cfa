// People you may know and how you're connected: the network engine inside the
// running server (exclusions, privacy of reasons, cold start, read-your-writes,
// limits, paths and blocks).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { DB_KIND, expectError, expectStatus, randomTag, signupMany, useServer } from './lib/server.mjs';

async function suggestions(client, limit = 50) {
  const r = await client.get(`/recommendations/people?limit=${limit}`);
  expectStatus(r, 200, 'GET /recommendations/people');
  assert.ok(Array.isArray(r.body.items));
  for (const s of r.body.items) {
    for (const k of ['id', 'name', 'headline', 'stage']) assert.ok(k in s.member, `member summary has ${k}`);
    assert.equal(typeof s.reason, 'string');
    assert.ok(s.reason.length > 0);
    for (const k of ['mutual_count', 'mutuals', 'shared_fields', 'shared_skills', 'same_organization',
      'complementary', 'complementary_in', 'follows_you', 'you_follow']) {
      assert.ok(k in s.reasons, `reasons has ${k}`);
    }
  }
  return r.body.items;
}
const ids = (items) => items.map((s) => s.member.id);
const find = (items, who) => items.find((s) => s.member.id === who.id);

async function connect(a, b) {
  const r = await a.post('/connections/requests', { to: b.id });
  expectStatus(r, 201, 'request');
  expectStatus(await b.post(`/connections/requests/${r.body.id}/accept`), 200, 'accept');
}

describe(`recommendations (${DB_KIND})`, () => {
  const ctx = useServer();

  it('friends of friends are suggested with their mutual connections named', async () => {
    const [me, ana, raj, zoe] = await signupMany(ctx.url, 4, 'fof');
    await connect(me, ana);
    await connect(me, raj);
    await connect(ana, zoe);
    await connect(raj, zoe);
    const items = await suggestions(me);
    const z = find(items, zoe);
    assert.ok(z, `Zoe is suggested: ${JSON.stringify(ids(items))}`);
    assert.equal(items[0].member.id, zoe.id, 'the member with 2 mutual connections ranks first');
    assert.equal(z.reasons.mutual_count, 2);
    assert.deepEqual(z.reasons.mutuals.map((m) => m.id).sort(), [ana.id, raj.id].sort());
    assert.match(z.reason, /^2 mutual connections: /);
    assert.ok(z.reason.includes(ana.me.profile.name) && z.reason.includes(raj.me.profile.name), z.reason);
    assert.ok(!find(items, ana) && !find(items, raj), 'connections are never suggested');
    assert.ok(!find(items, me), 'never yourself');
  });

  it('excludes pending either way, blocked either way, dismissed and non-discoverable members', async () => {
    const [me, hub, pOut, pIn, blocked, blocker, dismissed, hidden, ok] = await signupMany(ctx.url, 9, 'excl');
    await connect(me, hub);
    for (const m of [pOut, pIn, blocked, blocker, dismissed, hidden, ok]) await connect(hub, m);
    await hidden.patchProfile({ discoverable: false });
    let items = await suggestions(me);
    for (const m of [pOut, pIn, blocked, blocker, dismissed, ok]) assert.ok(find(items, m), `${m.me.profile.name} suggested before`);
    assert.ok(!find(items, hidden), 'a non-discoverable member is never suggested');

    expectStatus(await me.post('/connections/requests', { to: pOut.id }), 201);
    expectStatus(await pIn.post('/connections/requests', { to: me.id }), 201);
    expectStatus(await me.post('/blocks', { member: blocked.id }), 201);
    expectStatus(await blocker.post('/blocks', { member: me.id }), 201);
    expectStatus(await me.post(`/recommendations/people/${dismissed.id}/dismiss`), 204);
    expectStatus(await me.post(`/recommendations/people/${dismissed.id}/dismiss`), 204, 'dismiss is idempotent');

    items = await suggestions(me);
    for (const m of [pOut, pIn, blocked, blocker, dismissed, hidden]) {
      assert.ok(!find(items, m), `${m.me.profile.name} is excluded now`);
    }
    assert.ok(find(items, ok), 'the unaffected member is still suggested');
    // The blocker does not see me either.
    assert.ok(!find(await suggestions(blocker), me));
  });

  it('a write is seen by the next query (connect, remove, profile change)', async () => {
    const [me, a, b] = await signupMany(ctx.url, 3, 'ryw');
    await connect(a, b);
    assert.equal(find(await suggestions(me), b)?.reasons.mutual_count ?? 0, 0);
    await connect(me, a);
    assert.equal(find(await suggestions(me), b)?.reasons.mutual_count, 1, 'connection seen at once');
    expectStatus(await me.del(`/connections/${a.id}`), 204);
    assert.equal(find(await suggestions(me), b)?.reasons.mutual_count ?? 0, 0, 'removal seen at once');
    await b.patchProfile({ discoverable: false });
    assert.ok(!find(await suggestions(me), b), 'discoverable off seen at once');
  });

  it('a newcomer gets suggestions from fields, skills and organization, with reasons', async () => {
    const tag = randomTag(6);
    const field = `Field ${tag}`;
    const [mentor, peer, me] = await signupMany(ctx.url, 3, 'cold');
    await mentor.patchProfile({ stage: 'experienced', fields: [field], open_to: { mentoring: true } });
    await peer.patchProfile({ organization: `Org ${tag}`, skills: [{ name: `Skill ${tag}`, level: 2 }] });
    await me.patchProfile({ stage: 'learner', fields: [field], organization: `org ${tag}`, skills: [{ name: `skill ${tag}`, level: 1 }] });
    const items = await suggestions(me);
    const m = find(items, mentor);
    const p = find(items, peer);
    assert.ok(m && p, `both are suggested to a newcomer: ${JSON.stringify(ids(items))}`);
    assert.deepEqual(m.reasons.shared_fields, [field]);
    assert.equal(m.reasons.complementary, true);
    assert.equal(m.reasons.complementary_in, field);
    assert.ok(m.reason.includes(`experienced in ${field} and open to mentoring`), m.reason);
    assert.equal(p.reasons.same_organization, `Org ${tag}`);
    assert.deepEqual(p.reasons.shared_skills, [`Skill ${tag}`]);
    assert.ok(items.indexOf(m) < 3 && items.indexOf(p) < 3, 'attribute matches rank above strangers');
  });

  it('reasons never reveal hidden sections', async () => {
    const tag = randomTag(6);
    const field = `Secret ${tag}`;
    const [me, hider, hub] = await signupMany(ctx.url, 3, 'priv');
    // A mutual connection makes sure the hider is suggested while the sections are hidden,
    // so the check below always has a suggestion to look at.
    await connect(me, hub);
    await connect(hub, hider);
    await hider.patchProfile({
      fields: [field], organization: `Hidden Org ${tag}`, open_to: { mentoring: true }, stage: 'experienced',
      visibility: { skills: 'connections', details: 'connections' },
    });
    await me.patchProfile({ fields: [field], organization: `Hidden Org ${tag}` });
    const items = await suggestions(me);
    const h = find(items, hider);
    assert.ok(h, `the hider is suggested through the mutual connection: ${JSON.stringify(ids(items))}`);
    assert.equal(h.reasons.mutual_count, 1);
    assert.deepEqual(h.reasons.shared_fields, []);
    assert.equal(h.reasons.same_organization, null);
    assert.equal(h.reasons.complementary, false);
    assert.ok(!h.reason.includes(tag), `reason leaks a hidden section: ${h.reason}`);
    // Making the section visible to members lets the reason state it.
    await hider.patchProfile({ visibility: { skills: 'members' } });
    const after = find(await suggestions(me), hider);
    assert.ok(after, 'suggested once the shared field is visible');
    assert.deepEqual(after.reasons.shared_fields, [field]);
    assert.equal(after.reasons.same_organization, null, 'details are still hidden');
  });

  it('bad limits → 422 with field details; default is 10', async () => {
    const [me] = await signupMany(ctx.url, 1, 'lim');
    for (const bad of ['0', '51', '-3', 'ten', '1.5', '']) {
      const r = await me.get(`/recommendations/people?limit=${bad}`);
      const e = expectError(r, 422, null, `limit=${bad}`);
      assert.deepEqual(e.details.map((d) => d.field), ['limit']);
    }
    const r = await me.get('/recommendations/people');
    expectStatus(r, 200);
    assert.ok(r.body.items.length <= 10);
    expectStatus(await me.get('/recommendations/people?limit=50'), 200);
    expectError(await ctx.server.anon().get('/recommendations/people'), 401);
  });

  it('dismiss: 404 for unknown or blocked members, 422 for yourself', async () => {
    const [me, other] = await signupMany(ctx.url, 2, 'dis');
    expectError(await me.post('/recommendations/people/99999999/dismiss'), 404);
    expectError(await me.post('/recommendations/people/abc/dismiss'), 404);
    expectError(await me.post(`/recommendations/people/${me.id}/dismiss`), 422);
    expectStatus(await other.post('/blocks', { member: me.id }), 201);
    expectError(await me.post(`/recommendations/people/${other.id}/dismiss`), 404);
  });
});

describe(`how you're connected (${DB_KIND})`, () => {
  const ctx = useServer();

  it('shortest paths, strongest ties first, each hop a member summary', async () => {
    const [me, weak, strong, extra, target] = await signupMany(ctx.url, 5, 'path');
    await connect(me, weak);
    await connect(me, strong);
    await connect(me, extra);
    await connect(strong, extra);
    await connect(weak, target);
    await connect(strong, target);
    await connect(extra, target);
    const r = await me.get(`/members/${target.id}/paths`);
    expectStatus(r, 200);
    const paths = r.body.items;
    assert.equal(paths.length, 3);
    for (const p of paths) {
      assert.equal(p.hops, 2);
      assert.equal(p.members.length, 3);
      assert.equal(p.members[0].id, me.id);
      assert.equal(p.members[2].id, target.id);
      assert.equal(p.hop_strength.length, 2);
      for (const k of ['id', 'name', 'headline', 'stage']) assert.ok(k in p.members[1]);
    }
    assert.equal(paths[2].members[1].id, weak.id, 'the weakest tie comes last');
    // Direct connection: one path of one hop.
    const direct = await me.get(`/members/${weak.id}/paths`);
    expectStatus(direct, 200);
    assert.deepEqual(direct.body.items.map((p) => p.hops), [1]);
  });

  it('paths respect blocks; blocked targets and unknown members are 404', async () => {
    const [me, mid, other, target, stranger] = await signupMany(ctx.url, 5, 'pblk');
    await connect(me, mid);
    await connect(me, other);
    await connect(mid, target);
    await connect(other, target);
    let paths = (await me.get(`/members/${target.id}/paths`)).body.items;
    assert.equal(paths.length, 2);
    // An intermediary who blocks the viewer never appears on a path.
    expectStatus(await mid.post('/blocks', { member: me.id }), 201);
    paths = (await me.get(`/members/${target.id}/paths`)).body.items;
    assert.equal(paths.length, 1);
    assert.equal(paths[0].members[1].id, other.id);
    // No path: an empty list, not an error.
    const none = await me.get(`/members/${stranger.id}/paths`);
    expectStatus(none, 200);
    assert.deepEqual(none.body.items, []);
    // A target who blocked the viewer is hidden: 404 as for a missing member.
    expectStatus(await target.post('/blocks', { member: me.id }), 201);
    expectError(await me.get(`/members/${target.id}/paths`), 404);
    expectError(await me.get('/members/99999999/paths'), 404);
    expectError(await ctx.server.anon().get(`/members/${target.id}/paths`), 401);
  });

  it('a three-hop path shows a hop between two others only if their connections are visible', async () => {
    const [me, a, b, t] = await signupMany(ctx.url, 4, 'p3');
    await connect(me, a);
    await connect(a, b);
    await connect(b, t);
    let paths = (await me.get(`/members/${t.id}/paths`)).body.items;
    assert.deepEqual(paths, [], 'B and T keep their connections to their connections');
    await t.patchProfile({ visibility: { connections: 'members' } });
    paths = (await me.get(`/members/${t.id}/paths`)).body.items;
    assert.equal(paths.length, 1);
    assert.deepEqual(paths[0].members.map((m) => m.id), [me.id, a.id, b.id, t.id]);
    assert.equal(paths[0].hops, 3);
  });
});
