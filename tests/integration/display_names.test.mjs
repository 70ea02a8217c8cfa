// Names and headlines must show what they are (issue 17): text made only of
// invisible characters (U+200B and friends) or holding a bidirectional override
// or isolate (U+202A–U+202E, U+2066–U+2069) is refused with a 422 naming the
// field — at sign-up, on a profile update and in `pln user create` — and
// nothing changes.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';

import { Client, DB_KIND, DEFAULT_PASSWORD, PLN_BIN, detailFields, expectError, expectStatus, signup, uniqueEmail, useServer } from './lib/server.mjs';

const run = promisify(execFile);

const BAD_NAMES = [
  ['zero-width spaces', '\u200B\u200B', /visible characters/],
  ['a Hangul filler', '\u3164', /visible characters/],
  ['word joiners and a BOM', '\u2060\uFEFF', /visible characters/],
  ['a right-to-left override', 'Eve\u202Enimda', /bidirectional/],
  ['a first-strong isolate', 'Ana \u2068Lima', /bidirectional/],
];

describe(`names and headlines that hide or reorder text (${DB_KIND})`, () => {
  const ctx = useServer();

  it('sign-up refuses them with a 422 on name', async () => {
    const email = uniqueEmail('name');
    for (const [what, name, says] of BAD_NAMES) {
      const r = await new Client(ctx.url).post('/auth/signup', { email, password: DEFAULT_PASSWORD, name });
      expectError(r, 422, null, `sign-up with ${what}`);
      assert.deepEqual(detailFields(r), ['name'], what);
      assert.match(r.body.error.details[0].message, says, what);
    }
    // No account was made: the address is still free.
    await signup(ctx.url, { email, name: 'Ana Lima' });
    const hebrew = await signup(ctx.url, { name: '\u05E9\u05DC\u05D5\u05DD Ana' });
    assert.equal(hebrew.me.profile.name, '\u05E9\u05DC\u05D5\u05DD Ana', 'right-to-left script itself is fine');
  });

  it('a profile update refuses them on name and headline and changes nothing', async () => {
    const m = await signup(ctx.url);
    await m.patchProfile({ headline: 'Data analyst' });
    for (const [what, text, says] of BAD_NAMES) {
      const r = await m.patch('/me/profile', { name: text, headline: text });
      expectError(r, 422, null, `update with ${what}`);
      assert.deepEqual(detailFields(r).sort(), ['headline', 'name'], what);
      for (const d of r.body.error.details) assert.match(d.message, says, `${what}: ${d.field}`);
    }
    const r = await m.patch('/me/profile', { headline: '\u200B' });
    expectError(r, 422, null, 'an invisible headline');
    const me = await m.get('/me');
    assert.equal(me.body.profile.name, m.me.profile.name);
    assert.equal(me.body.profile.headline, 'Data analyst');
  });

  it('pln user create refuses them and names the field', async () => {
    const args = (name) => ['user', 'create', '--data', ctx.server.dataDir, '--email', uniqueEmail('cli'), '--name', name,
      '--password', DEFAULT_PASSWORD, ...(ctx.server.databaseUrl ? ['--database', ctx.server.databaseUrl] : [])];
    for (const [what, name, says] of BAD_NAMES) {
      await assert.rejects(run(PLN_BIN, args(name)), (e) => {
        assert.equal(e.code, 1, `${what}: exit status`);
        assert.match(e.stderr, /name: /, what);
        assert.match(e.stderr, says, what);
        return true;
      });
    }
    const ok = await run(PLN_BIN, args('Ana Lima'));
    assert.match(ok.stdout, /Created member/);
  });
});
