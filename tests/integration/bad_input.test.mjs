// Hostile and broken input: every one gets a clear 4xx, never a 5xx, never a
// partial write, and the server keeps answering.
import assert from 'node:assert/strict';
import { describe, it, before } from 'node:test';

import {
  Client,
  DB_KIND,
  detailFields,
  expectError,
  expectStatus,
  randomTag,
  signup,
  useServer,
} from './lib/server.mjs';

const BASE_PROFILE = {
  headline: 'Stable headline',
  bio: 'Stable bio',
  location: 'Lisbon',
  fields: ['Data Science'],
  skills: [{ name: 'Python', level: 3 }],
  goals: ['Stay unchanged'],
};

function nested(depth) {
  return '['.repeat(depth) + ']'.repeat(depth);
}

function is4xx(r, what) {
  assert.ok(r.status >= 400 && r.status < 500, `${what}: expected 4xx, got ${r.status}: ${r.text.slice(0, 300)}`);
}

describe(`bad input (${DB_KIND})`, () => {
  const ctx = useServer();
  let a;
  let b;
  let stored;

  before(async () => {
    a = await signup(ctx.url, { name: 'Careful Member' });
    b = await signup(ctx.url, { name: 'Other Member' });
    stored = (await a.patchProfile(BASE_PROFILE)).profile;
  });

  async function assertUnchanged(what) {
    const me = await a.getMe();
    assert.deepEqual(me.profile, stored, `${what}: profile must be unchanged`);
  }

  async function assertAlive(what) {
    const r = await new Client(ctx.url).get('/healthz');
    assert.equal(r.status, 200, `${what}: server should still answer /healthz`);
  }

  describe('broken JSON', () => {
    const bodies = [
      ['truncated object', '{"headline": "x"'],
      ['trailing comma', '{"headline": "x",}'],
      ['single quotes', "{'headline': 'x'}"],
      ['bare word', 'headline'],
      ['trailing garbage', '{"headline": "x"} extra'],
      ['empty body', ''],
      ['NaN', '{"discoverable": NaN}'],
      ['comment', '{"headline": "x" /* hi */}'],
      ['unterminated string', '{"headline": "x}'],
      ['control character in string', '{"headline": "a\u0001b"}'],
    ];
    for (const [title, body] of bodies) {
      it(`400 malformed_json for ${title}; nothing stored`, async () => {
        const r = await a.patch('/me/profile', Buffer.from(body, 'utf8'));
        expectError(r, 400, 'malformed_json', title);
        await assertUnchanged(title);
      });
    }

    it('400 for malformed JSON on signup, and no account is created', async () => {
      const email = `broken.${randomTag()}@example.test`;
      const r = await new Client(ctx.url).post('/auth/signup', Buffer.from(`{"email":"${email}","password":"long enough password","name":"X"`));
      expectError(r, 400, 'malformed_json');
      const login = await new Client(ctx.url).post('/auth/login', { email, password: 'long enough password' });
      expectError(login, 401, 'invalid_credentials', 'no account from a malformed signup');
    });

    it('nesting depth 100000 → 400 and the server still answers', async () => {
      const r1 = await a.patch('/me/profile', Buffer.from(nested(100000)));
      expectError(r1, 400, ['malformed_json', 'malformed_request'], 'deep array');
      const r2 = await a.patch('/me/profile', Buffer.from('{"a":'.repeat(50000) + '1' + '}'.repeat(50000)));
      expectError(r2, 400, ['malformed_json', 'malformed_request'], 'deep object');
      const r3 = await a.patch('/me/profile', Buffer.from(`{"headline": ${nested(100000)}}`));
      expectError(r3, 400, ['malformed_json', 'malformed_request'], 'deep value inside a valid key');
      await assertAlive('after deep nesting');
      await assertUnchanged('deep nesting');
    });

    it('nesting just over 64 → 400; shallow nesting is parsed (422 for the wrong type)', async () => {
      const deep = await a.patch('/me/profile', Buffer.from(`{"fields": ${nested(70)}}`));
      expectError(deep, 400, ['malformed_json', 'malformed_request'], 'depth 71');
      const shallow = await a.patch('/me/profile', Buffer.from(`{"fields": ${nested(5)}}`));
      expectError(shallow, 422, 'validation_failed', 'depth 6 is valid JSON of the wrong type');
      assert.ok(detailFields(shallow).some((f) => f.startsWith('fields')), JSON.stringify(shallow.body));
      await assertUnchanged('nesting');
    });

    it('invalid UTF-8 in a JSON string → 400; nothing stored', async () => {
      const cases = [
        Buffer.concat([Buffer.from('{"headline": "bad '), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
        Buffer.concat([Buffer.from('{"headline": "overlong '), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')]),
        Buffer.concat([Buffer.from('{"headline": "truncated '), Buffer.from([0xe2, 0x82]), Buffer.from('"}')]),
        Buffer.concat([Buffer.from('{"headline": "surrogate '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]),
        Buffer.concat([Buffer.from('{"head'), Buffer.from([0xff]), Buffer.from('line": "in a key"}')]),
      ];
      for (const [i, body] of cases.entries()) {
        const r = await a.patch('/me/profile', body);
        expectError(r, 400, ['malformed_json', 'malformed_request'], `invalid UTF-8 case ${i}`);
      }
      await assertUnchanged('invalid UTF-8');
      await assertAlive('invalid UTF-8');
    });

    it('valid multi-byte UTF-8 and escapes are stored verbatim', async () => {
      const me = await a.patchProfile({ headline: 'Ação 李 🚀 "quoted" \\ back\tslash' });
      // inner whitespace may be collapsed; the characters must survive
      assert.match(me.profile.headline, /^Ação 李 🚀 "quoted" \\ back\s+slash$/);
      stored = me.profile;
      await assertUnchanged('after a valid unicode patch');
    });
  });

  describe('sizes', () => {
    it('2 MB body → 413 payload_too_large; server still answers; nothing stored', async () => {
      const big = JSON.stringify({ bio: 'x'.repeat(2 * 1024 * 1024) });
      const r = await a.patch('/me/profile', big);
      expectError(r, 413, 'payload_too_large', '2 MB body');
      await assertAlive('after 2 MB');
      await assertUnchanged('2 MB body');
    });

    it('413 also for an anonymous 2 MB signup', async () => {
      const r = await new Client(ctx.url).post('/auth/signup', { email: 'big@example.test', password: 'p'.repeat(2 * 1024 * 1024), name: 'Big' });
      expectError(r, 413, 'payload_too_large');
      await assertAlive('after 2 MB signup');
    });

    it('a 100 KB name → 422 naming "name"; nothing stored', async () => {
      const r = await a.patch('/me/profile', { name: 'N'.repeat(100 * 1024), headline: 'would be valid' });
      expectError(r, 422, 'validation_failed', '100 KB name');
      assert.ok(detailFields(r).includes('name'), JSON.stringify(detailFields(r)));
      await assertUnchanged('100 KB name');
      const s = await new Client(ctx.url).post('/auth/signup', { email: `huge.${randomTag()}@example.test`, password: 'long enough password', name: 'N'.repeat(100 * 1024) });
      expectError(s, 422, 'validation_failed', '100 KB name on signup');
      assert.ok(detailFields(s).includes('name'));
    });

    it('a long note and a long e-mail are 422, not 500', async () => {
      const r = await a.post('/connections/requests', { to: b.id, note: 'n'.repeat(100 * 1024) });
      expectError(r, 422, 'validation_failed');
      const s = await new Client(ctx.url).post('/auth/signup', { email: 'e'.repeat(100 * 1024) + '@example.test', password: 'long enough password', name: 'E' });
      expectError(s, 422, 'validation_failed');
      assert.ok(detailFields(s).includes('email'));
      assert.deepEqual(await b.getAll('/connections/requests?direction=incoming'), []);
    });
  });

  describe('unknown fields and content types', () => {
    it('unknown top-level and nested fields → 422 naming them; nothing stored', async () => {
      const r = await a.patch('/me/profile', { headline: 'valid', mood: 'happy' });
      expectError(r, 422, 'validation_failed');
      const d = r.body.error.details.find((x) => x.field === 'mood');
      assert.ok(d, `details should name "mood": ${JSON.stringify(r.body)}`);
      assert.equal(d.message, 'unknown field');
      const n = await a.patch('/me/profile', { visibility: { bio: 'public', bioo: 'public' } });
      expectError(n, 422, 'validation_failed');
      assert.ok(detailFields(n).some((f) => f.includes('bioo')), `nested unknown field named: ${JSON.stringify(n.body)}`);
      const s = await a.patch('/me/profile', { skills: [{ name: 'Go', level: 2, years: 3 }] });
      expectError(s, 422, 'validation_failed');
      assert.ok(detailFields(s).some((f) => f.includes('years')), JSON.stringify(s.body));
      await assertUnchanged('unknown fields');
      const su = await new Client(ctx.url).post('/auth/signup', { email: `u.${randomTag()}@example.test`, password: 'long enough password', name: 'U', admin: true });
      expectError(su, 422, 'validation_failed');
      assert.ok(detailFields(su).includes('admin'));
      const cr = await a.post('/connections/requests', { to: b.id, priority: 'high' });
      expectError(cr, 422, 'validation_failed');
      assert.ok(detailFields(cr).includes('priority'));
    });

    it('wrong content type → 415; nothing stored', async () => {
      const body = JSON.stringify({ headline: 'sent as text' });
      for (const ct of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/jsonx']) {
        const r = await a.patch('/me/profile', body, { contentType: ct });
        expectError(r, 415, 'unsupported_media_type', ct);
      }
      const none = await a.patch('/me/profile', Buffer.from(body), { contentType: null });
      expectError(none, 415, 'unsupported_media_type', 'no Content-Type');
      await assertUnchanged('wrong content type');
      const ok = await a.patch('/me/profile', body, { contentType: 'application/json; charset=utf-8' });
      expectStatus(ok, 200, 'application/json with charset');
      assert.equal(ok.body.profile.headline, 'sent as text');
      stored = ok.body.profile;
    });
  });

  describe('SQL and LIKE metacharacters', () => {
    const nasty = ["Robert'); DROP TABLE members; --", '100% _real_ \\escape\\', '"double" `back` $1 ?'];

    it('are stored and returned verbatim', async () => {
      const c = await signup(ctx.url, { name: nasty[0] });
      assert.equal(c.me.profile.name, nasty[0]);
      const me = await c.patchProfile({ headline: nasty[1], location: nasty[2], fields: [nasty[1]], skills: [{ name: nasty[0], level: 2 }] });
      assert.equal(me.profile.headline, nasty[1]);
      assert.equal(me.profile.location, nasty[2]);
      assert.deepEqual(me.profile.fields, [nasty[1]]);
      assert.equal(me.profile.skills[0].name, nasty[0]);
      const view = await b.get(`/members/${c.id}`);
      expectStatus(view, 200);
      assert.equal(view.body.name, nasty[0]);
      assert.equal(view.body.headline, nasty[1]);
      // The members table is still there.
      expectStatus(await b.get(`/members/${a.id}`), 200);
    });

    it('search folds punctuation away and never treats %, _ or \\ as wildcards', async () => {
      const tag = randomTag(10);
      const pct = await signup(ctx.url, { name: `Percent ${tag}` });
      const und = await signup(ctx.url, { name: `Under ${tag}` });
      const bsl = await signup(ctx.url, { name: `Backslash ${tag}` });
      const plain = await signup(ctx.url, { name: `Plain ${tag}` });
      await pct.patchProfile({ headline: `rate 100%${tag}` });
      await und.patchProfile({ headline: `snake_${tag}` });
      await bsl.patchProfile({ headline: `path\\${tag}` });
      await plain.patchProfile({ headline: `plain ${tag} 100x snakex` });
      const q = async (s) => (await b.getAll(`/members?q=${encodeURIComponent(s)}`)).map((m) => m.id).sort((x, y) => x - y);

      // Words are folded as names are (issue 16): punctuation is dropped on both sides, so
      // "%tag" is the word "tag", and %, _ and \ are never wildcards.
      const tagged = [pct.id, und.id, bsl.id, plain.id].sort((x, y) => x - y);
      assert.deepEqual(await q(`%${tag}`), tagged, '%tag searches the word tag');
      assert.deepEqual(await q(`100%${tag}`), [pct.id], '100%tag is 100tag, not 100 then anything');
      assert.deepEqual(await q(`snake_${tag}`), [und.id], '_ is no single-character wildcard');
      assert.deepEqual(await q(`path\\${tag}`), [bsl.id], '\\ is no escape');
      const all = await b.getAll('/members?q=%25');
      assert.ok(!all.some((m) => [pct.id, plain.id, und.id, bsl.id, a.id].includes(m.id)), `q=% must not match everything: ${JSON.stringify(all.map((m) => m.name))}`);
      const under = await b.getAll('/members?q=_');
      assert.ok(!under.some((m) => [plain.id, pct.id, und.id, bsl.id, a.id].includes(m.id)), `q=_ must not match everything: ${JSON.stringify(under.map((m) => m.name))}`);
      for (const f of ['%', '_', '\\', "' OR '1'='1"]) {
        const r = await b.get(`/members?field=${encodeURIComponent(f)}`);
        expectStatus(r, 200, `field=${f}`);
        assert.ok(!r.body.items.some((m) => m.id === plain.id), `field=${f} must not match a member without that field`);
        const s = await b.get(`/members?skill=${encodeURIComponent(f)}`);
        expectStatus(s, 200, `skill=${f}`);
        assert.ok(!s.body.items.some((m) => m.id === plain.id));
      }
      const inj = await b.getAll(`/members?q=${encodeURIComponent("' OR 1=1 --")}`);
      assert.equal(inj.length, 0, 'an injection attempt matches nothing');
    });
  });

  describe('numbers where ids and limits go', () => {
    const badIds = ['-1', '0', '1.5', 'abc', '9223372036854775808', '99999999999999999999999', '1e3', '0x10', '%20', '1;DROP'];

    it('bad member ids in paths → 4xx (never 5xx)', async () => {
      for (const id of badIds) {
        is4xx(await b.get(`/members/${id}`), `GET /members/${id}`);
        is4xx(await b.del(`/connections/${id}`), `DELETE /connections/${id}`);
        is4xx(await b.del(`/follows/${id}`), `DELETE /follows/${id}`);
        is4xx(await b.del(`/blocks/${id}`), `DELETE /blocks/${id}`);
        is4xx(await b.post(`/connections/requests/${id}/accept`), `accept ${id}`);
        is4xx(await b.del(`/auth/tokens/${id}`), `DELETE /auth/tokens/${id}`);
      }
      const max = await b.get('/members/9223372036854775807');
      expectError(max, 404, 'not_found', 'largest int64 id');
      await assertAlive('bad ids');
    });

    it('bad ids in bodies → 4xx, nothing stored', async () => {
      const raw = ['-1', '0', '1.5', '"2"', '9223372036854775808', '1e400', 'true', 'null', '[1]', '{}', '18446744073709551616'];
      for (const v of raw) {
        is4xx(await a.post('/connections/requests', Buffer.from(`{"to": ${v}}`)), `request to ${v}`);
        is4xx(await a.post('/follows', Buffer.from(`{"member": ${v}}`)), `follow ${v}`);
        is4xx(await a.post('/blocks', Buffer.from(`{"member": ${v}}`)), `block ${v}`);
      }
      assert.deepEqual(await a.getAll('/connections/requests?direction=outgoing'), []);
      const blocks = await a.get('/blocks');
      assert.deepEqual(blocks.body.items, []);
      // The id of a real member as a string is not silently accepted either.
      const asString = await a.post('/connections/requests', { to: String(b.id) });
      expectError(asString, [400, 422], ['validation_failed', 'malformed_request'], 'id as a string');
      assert.deepEqual(await b.getAll('/connections/requests?direction=incoming'), []);
    });

    it('bad limits and query values → 4xx', async () => {
      for (const limit of ['-1', '0', '1.5', 'abc', '9223372036854775808', '101']) {
        is4xx(await b.get(`/members?limit=${limit}`), `members limit=${limit}`);
        is4xx(await b.get(`/connections?limit=${limit}`), `connections limit=${limit}`);
        is4xx(await b.get(`/connections/requests?direction=incoming&limit=${limit}`), `requests limit=${limit}`);
      }
      is4xx(await b.get('/connections/requests?direction=sideways'), 'bad direction');
      is4xx(await b.get('/connections/requests?direction=incoming&status=maybe'), 'bad status');
      is4xx(await b.get('/members?stage=guru'), 'bad stage');
      is4xx(await b.get('/members?open_to=everything'), 'bad open_to');
      is4xx(await b.get('/members?cursor=%00%01'), 'binary cursor');
      is4xx(await b.get(`/members?cursor=${'A'.repeat(5000)}`), 'long cursor');
      is4xx(await b.get('/members?q=%ff%fe'), 'invalid UTF-8 in the query string');
      is4xx(await b.get('/members?limit=5&limit=7%'), 'bad percent-encoding');
      await assertAlive('bad limits');
    });
  });

  describe("other members' requests", () => {
    it('accept/withdraw/decline of a request you are not party to → 404; wrong party → 403; nothing changes', async () => {
      const [x, y, z] = [await signup(ctx.url), await signup(ctx.url), await signup(ctx.url)];
      const req = (await x.post('/connections/requests', { to: y.id })).body;
      for (const action of ['accept', 'decline', 'withdraw']) {
        expectError(await z.post(`/connections/requests/${req.id}/${action}`), 404, 'not_found', `stranger ${action}`);
      }
      expectError(await x.post(`/connections/requests/${req.id}/accept`), 403, 'forbidden', 'sender accepts');
      expectError(await y.post(`/connections/requests/${req.id}/withdraw`), 403, 'forbidden', 'recipient withdraws');
      const inc = await y.getAll('/connections/requests?direction=incoming&status=pending');
      assert.deepEqual(inc.map((r) => r.id), [req.id]);
      assert.equal(inc[0].status, 'pending');
      assert.deepEqual(await x.getAll('/connections'), []);
      is4xx(await y.post(`/connections/requests/${req.id}/approve`), 'unknown action');
    });
  });

  describe('methods and routes', () => {
    it('unknown API route → 404 JSON; wrong method → 405 JSON', async () => {
      expectError(await a.get('/nope'), 404, 'not_found');
      expectError(await a.post('/nope', {}), 404, 'not_found');
      expectError(await a.put('/me', {}), 405, 'method_not_allowed');
      expectError(await a.del('/members'), 405, 'method_not_allowed');
      expectError(await a.patch('/connections', {}), 405, 'method_not_allowed');
      await assertUnchanged('wrong methods');
    });
  });
});
