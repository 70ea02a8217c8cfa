// Profiles: round trips, partial patches, validation without partial writes,
// per-section visibility, discoverability, the directory and its privacy.
import assert from 'node:assert/strict';
import { describe, it, before } from 'node:test';

import {
  Client,
  DB_KIND,
  detailFields,
  expectError,
  expectStatus,
  login,
  randomTag,
  signup,
  signupMany,
  tokenClient,
  useServer,
} from './lib/server.mjs';

const SECTION_KEYS = {
  bio: ['bio'],
  details: ['location', 'organization', 'open_to'],
  skills: ['fields', 'skills'],
  goals: ['goals'],
};
const ALL_SECTIONS = ['bio', 'details', 'skills', 'goals', 'connections'];

const FULL_PROFILE = {
  name: 'Zoë Lima-Ñandú',
  headline: 'Junior data analyst',
  bio: '## About me\n\nI like *data* and `SQL`.\n\n- one\n- two',
  location: 'Lisbon',
  organization: 'Acme Analytics',
  stage: 'early_career',
  fields: ['Data Science', 'Statistics'],
  skills: [
    { name: 'Python', level: 3 },
    { name: 'SQL', level: 5 },
    { name: 'Tableau', level: 1 },
  ],
  goals: ['Land a data role', 'Find a mentor in analytics'],
  open_to: { mentoring: false, being_mentored: true, opportunities: true },
  visibility: { bio: 'public', details: 'connections', skills: 'public', goals: 'members', connections: 'members' },
  discoverable: false,
};

/**
 * Checks a MemberView against the member's own profile: visible sections carry
 * their keys with the right values, hidden ones are absent and listed.
 */
function assertView(view, profile, visible, what) {
  assert.equal(view.name, profile.name, `${what}: name always shown`);
  assert.equal(view.headline, profile.headline, `${what}: headline always shown`);
  assert.equal(view.stage, profile.stage, `${what}: stage always shown`);
  assert.ok(Array.isArray(view.hidden_sections), `${what}: hidden_sections must be an array`);
  for (const section of ALL_SECTIONS) {
    const shown = visible.includes(section);
    if (shown) {
      assert.ok(!view.hidden_sections.includes(section), `${what}: "${section}" should be visible, hidden_sections=${JSON.stringify(view.hidden_sections)}`);
    } else {
      assert.ok(view.hidden_sections.includes(section), `${what}: "${section}" should be listed in hidden_sections=${JSON.stringify(view.hidden_sections)}`);
    }
    for (const key of SECTION_KEYS[section] || []) {
      if (shown) {
        assert.ok(key in view, `${what}: key "${key}" of visible section ${section} missing: ${JSON.stringify(view)}`);
        assert.deepEqual(view[key], profile[key], `${what}: value of "${key}"`);
      } else {
        assert.ok(!(key in view), `${what}: key "${key}" of hidden section ${section} must be absent: ${JSON.stringify(view)}`);
      }
    }
  }
}

async function connect(a, b) {
  const r = await a.post('/connections/requests', { to: b.id });
  expectStatus(r, 201, 'connection request');
  expectStatus(await b.post(`/connections/requests/${r.body.id}/accept`), 200, 'accept');
}

function ids(items) {
  return items.map((i) => i.id).sort((x, y) => x - y);
}

describe(`profiles (${DB_KIND})`, () => {
  const ctx = useServer();

  describe('own profile', () => {
    it('has documented defaults after signup', async () => {
      const a = await signup(ctx.url, { name: 'Default Person' });
      const p = (await a.getMe()).profile;
      assert.equal(p.name, 'Default Person');
      assert.equal(p.stage, 'learner');
      assert.deepEqual(p.fields, []);
      assert.deepEqual(p.skills, []);
      assert.deepEqual(p.goals, []);
      assert.equal(p.discoverable, true);
      assert.deepEqual(p.visibility, { bio: 'members', details: 'members', skills: 'members', goals: 'connections', connections: 'connections' });
      for (const k of ['mentoring', 'being_mentored', 'opportunities']) assert.equal(typeof p.open_to[k], 'boolean');
    });

    it('round-trips every field through PATCH /me/profile and GET /me', async () => {
      const a = await signup(ctx.url);
      const r = await a.patch('/me/profile', FULL_PROFILE);
      expectStatus(r, 200, 'full patch');
      assert.deepEqual(r.body.profile, FULL_PROFILE, 'PATCH response');
      assert.equal(r.body.id, a.id);
      assert.deepEqual((await a.getMe()).profile, FULL_PROFILE, 'GET /me after PATCH');
    });

    it('applies partial patches and leaves everything else alone', async () => {
      const a = await signup(ctx.url);
      await a.patchProfile(FULL_PROFILE);

      let expected = structuredClone(FULL_PROFILE);
      let p = (await a.patchProfile({ headline: 'Data analyst' })).profile;
      expected.headline = 'Data analyst';
      assert.deepEqual(p, expected, 'headline only');

      p = (await a.patchProfile({ visibility: { goals: 'public' } })).profile;
      expected.visibility.goals = 'public';
      assert.deepEqual(p, expected, 'partial visibility');

      p = (await a.patchProfile({ open_to: { mentoring: true } })).profile;
      expected.open_to.mentoring = true;
      assert.deepEqual(p, expected, 'partial open_to');

      p = (await a.patchProfile({ skills: [{ name: 'Rust', level: 2 }], stage: 'experienced' })).profile;
      expected.skills = [{ name: 'Rust', level: 2 }];
      expected.stage = 'experienced';
      assert.deepEqual(p, expected, 'skills list replaced as a whole');

      p = (await a.patchProfile({ location: '', fields: [], goals: [] })).profile;
      expected.location = '';
      expected.fields = [];
      expected.goals = [];
      assert.deepEqual(p, expected, 'clearing values');

      p = (await a.patchProfile({})).profile;
      assert.deepEqual(p, expected, 'empty patch changes nothing');
      assert.deepEqual((await a.getMe()).profile, expected, 'GET /me agrees');
    });

    it('concurrent patches of different fields do not lose each other (no lost updates)', async () => {
      const a = await signup(ctx.url);
      const b = await login(ctx.url, a.email);
      const t = await tokenClient(ctx.url, a.email);
      for (let i = 0; i < 15; i++) {
        const rs = await Promise.all([
          a.patch('/me/profile', { headline: `headline ${i}` }),
          b.patch('/me/profile', { location: `location ${i}` }),
          t.patch('/me/profile', { bio: `bio ${i}`, goals: [`goal ${i}`] }),
          a.patch('/me/profile', { visibility: { goals: i % 2 ? 'public' : 'members' } }),
        ]);
        for (const r of rs) expectStatus(r, 200, `round ${i}`);
        const p = (await a.getMe()).profile;
        assert.equal(p.headline, `headline ${i}`, `round ${i}: headline lost`);
        assert.equal(p.location, `location ${i}`, `round ${i}: location lost`);
        assert.equal(p.bio, `bio ${i}`, `round ${i}: bio lost`);
        assert.deepEqual(p.goals, [`goal ${i}`], `round ${i}: goals lost`);
        assert.equal(p.visibility.goals, i % 2 ? 'public' : 'members', `round ${i}: visibility lost`);
      }
    });

    it('counts limits in characters, not bytes (boundaries accepted)', async () => {
      const a = await signup(ctx.url);
      const p = (await a.patchProfile({ name: 'é'.repeat(100), headline: 'ü'.repeat(160), location: 'x'.repeat(100), organization: 'o'.repeat(120) })).profile;
      assert.equal(p.name, 'é'.repeat(100));
      assert.equal(p.headline, 'ü'.repeat(160));
      assert.equal(p.organization.length, 120);
      const many = (await a.patchProfile({
        fields: Array.from({ length: 10 }, (_, i) => `Field ${i}`),
        skills: Array.from({ length: 50 }, (_, i) => ({ name: `Skill ${i}`, level: (i % 5) + 1 })),
        goals: Array.from({ length: 10 }, (_, i) => `Goal ${i} ` + 'g'.repeat(270)),
      })).profile;
      assert.equal(many.fields.length, 10);
      assert.equal(many.skills.length, 50);
      assert.equal(many.goals.length, 10);
    });
  });

  describe('validation', () => {
    let a;
    let stored;
    before(async () => {
      a = await signup(ctx.url);
      stored = (await a.patchProfile(FULL_PROFILE)).profile;
    });

    const cases = [
      ['skill level above 5', { skills: [{ name: 'Python', level: 3 }, { name: 'Go', level: 6 }] }, 'skills[1].level'],
      ['skill level 0', { skills: [{ name: 'Go', level: 0 }] }, 'skills[0].level'],
      ['fractional skill level', { skills: [{ name: 'Go', level: 2.5 }] }, 'skills[0].level'],
      ['skill level as a string', { skills: [{ name: 'Go', level: '3' }] }, 'skills[0].level'],
      ['headline over 160', { headline: 'h'.repeat(161) }, 'headline'],
      ['name over 100', { name: 'n'.repeat(101) }, 'name'],
      ['empty name', { name: '' }, 'name'],
      ['blank name', { name: '    ' }, 'name'],
      ['bio over 4000', { bio: 'b'.repeat(4001) }, 'bio'],
      ['location over 100', { location: 'l'.repeat(101) }, 'location'],
      ['organization over 120', { organization: 'o'.repeat(121) }, 'organization'],
      ['bad stage', { stage: 'guru' }, 'stage'],
      ['bad visibility value', { visibility: { bio: 'everyone' } }, 'visibility.bio'],
      ['too many fields', { fields: Array.from({ length: 11 }, (_, i) => `F${i}`) }, 'fields'],
      ['field too long', { fields: ['f'.repeat(61)] }, 'fields[0]'],
      ['too many skills', { skills: Array.from({ length: 51 }, (_, i) => ({ name: `S${i}`, level: 1 })) }, 'skills'],
      ['skill name too long', { skills: [{ name: 's'.repeat(61), level: 1 }] }, 'skills[0].name'],
      ['too many goals', { goals: Array.from({ length: 11 }, (_, i) => `G${i}`) }, 'goals'],
      ['goal too long', { goals: ['g'.repeat(281)] }, 'goals[0]'],
      ['discoverable not a boolean', { discoverable: 'yes' }, 'discoverable'],
      ['open_to flag not a boolean', { open_to: { mentoring: 1 } }, 'open_to.mentoring'],
      ['fields not an array', { fields: 'Data Science' }, 'fields'],
      ['null name', { name: null }, 'name'],
    ];
    for (const [title, patch, field] of cases) {
      it(`422 for ${title}, naming "${field}", nothing stored`, async () => {
        const r = await a.patch('/me/profile', patch);
        expectError(r, 422, 'validation_failed', title);
        const fields = detailFields(r);
        assert.ok(
          fields.some((f) => f === field || f.startsWith(field + '.') || f.startsWith(field + '[')),
          `${title}: details should name "${field}", got ${JSON.stringify(fields)}`,
        );
        assert.deepEqual((await a.getMe()).profile, stored, `${title}: profile must be unchanged`);
      });
    }

    it('422 for duplicate skills (case-insensitive)', async () => {
      const r = await a.patch('/me/profile', { skills: [{ name: 'Python', level: 3 }, { name: 'python', level: 2 }] });
      expectError(r, 422, 'validation_failed', 'duplicate skill');
      assert.ok(detailFields(r).some((f) => f.startsWith('skills')), JSON.stringify(r.body));
      assert.deepEqual((await a.getMe()).profile, stored);
    });

    it('a patch mixing valid and invalid fields stores nothing and names every bad field', async () => {
      const r = await a.patch('/me/profile', {
        headline: 'A perfectly valid headline',
        location: 'Porto',
        stage: 'wizard',
        skills: [{ name: 'Go', level: 9 }],
        visibility: { goals: 'public', bio: 'nobody' },
        open_to: { mentoring: true },
      });
      expectError(r, 422, 'validation_failed');
      const fields = detailFields(r);
      for (const f of ['stage', 'skills[0].level', 'visibility.bio']) assert.ok(fields.includes(f), `details should name ${f}: ${JSON.stringify(fields)}`);
      assert.ok(!fields.includes('headline') && !fields.includes('location'), 'valid fields are not reported');
      assert.deepEqual((await a.getMe()).profile, stored, 'nothing from a rejected patch is stored');
    });

    it('unknown keys are rejected as "unknown field"', async () => {
      const r = await a.patch('/me/profile', { headline: 'ok', favourite_colour: 'blue' });
      expectError(r, 422, 'validation_failed');
      const d = r.body.error.details.find((x) => x.field === 'favourite_colour');
      assert.ok(d, JSON.stringify(r.body));
      assert.equal(d.message, 'unknown field');
      assert.deepEqual((await a.getMe()).profile, stored);
    });

    it('the body must be an object', async () => {
      for (const body of [[], 'string', 42, null]) {
        const r = await a.patch('/me/profile', JSON.stringify(body));
        assert.ok(r.status === 400 || r.status === 422, `body ${JSON.stringify(body)}: expected 400/422, got ${r.status}`);
      }
      assert.deepEqual((await a.getMe()).profile, stored);
    });
  });

  describe('visibility', () => {
    it('anonymous sees public sections, members see members-level, connections see everything', async () => {
      const x = await signup(ctx.url);
      const stranger = await signup(ctx.url);
      const friend = await signup(ctx.url);
      await connect(friend, x);
      let profile = (await x.patchProfile({
        ...FULL_PROFILE,
        discoverable: true,
        visibility: { bio: 'public', details: 'members', skills: 'connections', goals: 'members', connections: 'connections' },
      })).profile;

      const anonView = await new Client(ctx.url).get(`/members/${x.id}`);
      expectStatus(anonView, 200, 'anonymous member page');
      assertView(anonView.body, profile, ['bio'], 'anonymous');

      const strangerView = await stranger.get(`/members/${x.id}`);
      expectStatus(strangerView, 200);
      assertView(strangerView.body, profile, ['bio', 'details', 'goals'], 'member');
      assert.equal(strangerView.body.relationship.connection, 'none');

      const friendView = await friend.get(`/members/${x.id}`);
      expectStatus(friendView, 200);
      assertView(friendView.body, profile, ALL_SECTIONS, 'connection');
      assert.equal(friendView.body.relationship.connection, 'connected');

      const selfView = await x.get(`/members/${x.id}`);
      expectStatus(selfView, 200);
      assertView(selfView.body, profile, ALL_SECTIONS, 'self');
      assert.equal(selfView.body.relationship.connection, 'self');

      // Flip the levels and check again, so nothing above was a coincidence.
      profile = (await x.patchProfile({
        visibility: { bio: 'connections', details: 'public', skills: 'members', goals: 'public', connections: 'public' },
      })).profile;
      assertView((await new Client(ctx.url).get(`/members/${x.id}`)).body, profile, ['details', 'goals', 'connections'], 'anonymous after flip');
      assertView((await stranger.get(`/members/${x.id}`)).body, profile, ['details', 'goals', 'connections', 'skills'], 'member after flip');
      assertView((await friend.get(`/members/${x.id}`)).body, profile, ALL_SECTIONS, 'connection after flip');
    });

    it('a removed connection loses connections-level access', async () => {
      const x = await signup(ctx.url);
      const y = await signup(ctx.url);
      await connect(x, y);
      const profile = (await x.patchProfile({ goals: ['Secret goal'], visibility: { goals: 'connections' } })).profile;
      assert.deepEqual((await y.get(`/members/${x.id}`)).body.goals, ['Secret goal']);
      expectStatus(await y.del(`/connections/${x.id}`), 204);
      const v = (await y.get(`/members/${x.id}`)).body;
      assert.ok(!('goals' in v), 'goals hidden after the connection is removed');
      assert.ok(v.hidden_sections.includes('goals'));
      assert.deepEqual(profile.goals, ['Secret goal']);
    });

    it('unknown member is 404; anonymous directory is 401', async () => {
      const a = await signup(ctx.url);
      expectError(await a.get('/members/999999999'), 404, 'not_found');
      expectError(await new Client(ctx.url).get('/members?q=x'), 401, 'unauthenticated');
    });
  });

  describe('directory', () => {
    let tag;
    let viewer;
    let m1;
    let m2;
    let m3;
    before(async () => {
      tag = randomTag(10);
      viewer = await signup(ctx.url, { name: 'Directory Viewer' });
      [m1, m2, m3] = await signupMany(ctx.url, 3, `dir${tag}`);
      await m1.patchProfile({
        name: `Alpha ${tag}`,
        stage: 'learner',
        fields: [`fa${tag}`],
        skills: [{ name: `sa${tag}`, level: 3 }],
        open_to: { mentoring: true, being_mentored: false, opportunities: false },
      });
      await m2.patchProfile({
        name: `Beta ${tag}`,
        stage: 'experienced',
        fields: [`fa${tag}`, `fb${tag}`],
        skills: [{ name: `sb${tag}`, level: 4 }],
        open_to: { mentoring: false, being_mentored: true, opportunities: true },
      });
      await m3.patchProfile({
        name: `Gamma ${tag}`,
        headline: `Works on data things`,
        stage: 'early_career',
        fields: [`fb${tag}`],
        skills: [{ name: `sa${tag}`, level: 5 }],
        open_to: { mentoring: true, being_mentored: false, opportunities: false },
      });
    });

    const search = async (qs) => {
      const items = await viewer.getAll(`/members?${qs}`);
      return items;
    };

    it('filters by field, skill, stage, open_to and q words', async () => {
      assert.deepEqual(ids(await search(`q=${tag}`)), ids([m1, m2, m3]).sort((a, b) => a - b), 'q=tag (names)');
      assert.deepEqual(ids(await search(`field=fa${tag}`)), ids([m1, m2]), 'field');
      assert.deepEqual(ids(await search(`skill=sa${tag}`)), ids([m1, m3]), 'skill');
      assert.deepEqual(ids(await search(`q=${tag}&stage=experienced`)), ids([m2]), 'stage');
      assert.deepEqual(ids(await search(`q=${tag}&open_to=mentoring`)), ids([m1, m3]), 'open_to=mentoring');
      assert.deepEqual(ids(await search(`q=${tag}&open_to=being_mentored`)), ids([m2]), 'open_to=being_mentored');
      assert.deepEqual(ids(await search(`field=fb${tag}&skill=sa${tag}`)), ids([m3]), 'field AND skill');
      assert.deepEqual(ids(await search(`q=${encodeURIComponent(`alpha ${tag}`)}`)), ids([m1]), 'two q words must both match');
      assert.deepEqual(ids(await search(`q=gamma&field=fb${tag}`)), ids([m3]), 'q is case-insensitive');
      assert.deepEqual(ids(await search(`q=sb${tag}`)), ids([m2]), 'q matches a skill');
      assert.deepEqual(ids(await search(`field=nothing${tag}`)), [], 'no match');
      const item = (await search(`skill=sb${tag}`))[0];
      assert.equal(item.name, `Beta ${tag}`);
      assert.ok(item.relationship && item.relationship.connection === 'none', 'directory items are MemberViews with relationship');
    });

    it('walks every page with a cursor, without duplicates or gaps', async () => {
      const ptag = randomTag(10);
      const members = await signupMany(ctx.url, 7, `page${ptag}`);
      await Promise.all(members.map((m, i) => m.patchProfile({ name: `Pager ${ptag} ${i}` })));
      const seen = [];
      const lateIds = [];
      let cursor = null;
      let pages = 0;
      for (;;) {
        const r = await viewer.get(`/members?q=${ptag}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expectStatus(r, 200, 'directory page');
        pages++;
        assert.ok(r.body.items.length <= 2, 'limit respected');
        seen.push(...r.body.items.map((i) => i.id));
        if (pages === 1) {
          // A member who appears mid-walk must not shift the pages (no duplicates, no gaps).
          const late = await signup(ctx.url, { name: `Pager ${ptag} late` });
          lateIds.push(late.id);
        }
        if (r.body.next_cursor === null) break;
        assert.equal(typeof r.body.next_cursor, 'string');
        assert.ok(pages < 20, 'pagination does not end');
        cursor = r.body.next_cursor;
      }
      assert.ok(pages >= 4, `7 results with limit 2 need at least 4 pages, got ${pages}`);
      assert.equal(new Set(seen).size, seen.length, `duplicates across pages: ${seen}`);
      const original = seen.filter((id) => !lateIds.includes(id));
      assert.deepEqual([...original].sort((a, b) => a - b), ids(members));
      // A limit larger than the result.
      const all = await viewer.get(`/members?q=${ptag}&limit=100`);
      assert.equal(all.body.items.length, 8);
      assert.equal(all.body.next_cursor, null);
    });

    it('rejects a forged cursor with 400 bad_cursor and bad limits with 4xx', async () => {
      expectError(await viewer.get('/members?cursor=not-a-real-cursor'), 400, 'bad_cursor');
      for (const limit of ['0', '101', '-1', 'abc', '1.5']) {
        const r = await viewer.get(`/members?limit=${limit}`);
        assert.ok(r.status === 400 || r.status === 422, `limit=${limit}: expected 400/422, got ${r.status}`);
      }
    });

    it('members hidden by privacy do not end the pages early', async () => {
      const htag = randomTag(10);
      const hiddenOnes = await signupMany(ctx.url, 6, `hid${htag}`);
      const visibleOnes = await signupMany(ctx.url, 2, `vis${htag}`);
      await Promise.all(hiddenOnes.map((m) => m.patchProfile({ skills: [{ name: `hs${htag}`, level: 2 }], visibility: { skills: 'connections' } })));
      await Promise.all(visibleOnes.map((m) => m.patchProfile({ skills: [{ name: `hs${htag}`, level: 2 }], visibility: { skills: 'members' } })));
      for (const limit of [1, 2, 5]) {
        const found = await viewer.getAll(`/members?skill=hs${htag}`, { limit });
        assert.deepEqual(ids(found), ids(visibleOnes), `limit=${limit}: the visible members after the hidden ones are found`);
      }
    });

    it('non-discoverable members are absent from the directory but their page is reachable', async () => {
      const ntag = randomTag(10);
      const hidden = await signup(ctx.url, { name: `Hidden ${ntag}` });
      const shown = await signup(ctx.url, { name: `Shown ${ntag}` });
      await hidden.patchProfile({ discoverable: false });
      assert.deepEqual(ids(await search(`q=${ntag}`)), ids([shown]));
      const page = await viewer.get(`/members/${hidden.id}`);
      expectStatus(page, 200, 'page of a non-discoverable member');
      assert.equal(page.body.name, `Hidden ${ntag}`);
      await hidden.patchProfile({ discoverable: true });
      assert.deepEqual(ids(await search(`q=${ntag}`)), ids([hidden, shown]), 'listed again once discoverable');
    });

    it('a filter on a section the viewer cannot see never matches (privacy through search)', async () => {
      const ptag = randomTag(10);
      const secret = await signup(ctx.url, { name: `Private ${ptag}` });
      const friend = await signup(ctx.url, { name: `Friend ${ptag}` });
      await connect(friend, secret);
      await secret.patchProfile({
        fields: [`pf${ptag}`],
        skills: [{ name: `ps${ptag}`, level: 4 }],
        location: `ploc${ptag}`,
        organization: `porg${ptag}`,
        open_to: { mentoring: true, being_mentored: true, opportunities: true },
        visibility: { skills: 'connections', details: 'connections' },
      });
      // A stranger finds the member by name, but not through hidden sections.
      assert.deepEqual(ids(await search(`q=private%20${ptag}`)), ids([secret]), 'name is always searchable');
      for (const qs of [`skill=ps${ptag}`, `field=pf${ptag}`, `q=ps${ptag}`, `q=pf${ptag}`, `q=ploc${ptag}`, `q=porg${ptag}`, `q=private%20${ptag}&open_to=mentoring`]) {
        assert.deepEqual(ids(await search(qs)), [], `stranger must not match through a hidden section: ${qs}`);
      }
      // A connection may.
      const viaFriend = async (qs) => ids(await friend.getAll(`/members?${qs}`));
      assert.deepEqual(await viaFriend(`skill=ps${ptag}`), ids([secret]), 'connection matches on skills');
      assert.deepEqual(await viaFriend(`q=ploc${ptag}`), ids([secret]), 'connection matches on location');
      assert.deepEqual(await viaFriend(`q=private%20${ptag}&open_to=mentoring`), ids([secret]), 'connection matches on open_to');

      // Public sections are searchable by any member.
      await secret.patchProfile({ visibility: { skills: 'members' } });
      assert.deepEqual(ids(await search(`skill=ps${ptag}`)), ids([secret]), 'members-level skills are searchable');
      assert.deepEqual(ids(await search(`q=ploc${ptag}`)), [], 'details still hidden');
    });
  });
});
