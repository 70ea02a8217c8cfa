// What an anonymous caller may read about members (issue 17): only members who
// made themselves public — discoverable and with at least one public section —
// and of them only the public sections. Everyone else answers exactly like a
// missing id, so counting through ids reveals nothing. Logged-in members keep
// reading members as before.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { Client, DB_KIND, expectError, expectStatus, signupMany, useServer } from './lib/server.mjs';

describe(`anonymous member reads (${DB_KIND})`, () => {
  const ctx = useServer();

  it('a member with nothing public, or not discoverable, is a 404 to anonymous callers on every member route', async () => {
    const [quiet, open, hidden, viewer] = await signupMany(ctx.url, 4, 'anon');
    await open.patchProfile({ bio: 'I teach SQL.', visibility: { bio: 'public' } });
    await hidden.patchProfile({ bio: 'Ask me.', visibility: { bio: 'public', skills: 'public' }, discoverable: false });
    const anon = new Client(ctx.url);
    const missing = await anon.get('/members/999999999');
    expectError(missing, 404, 'not_found', 'missing id');

    for (const [who, m] of [['nothing public', quiet], ['not discoverable', hidden]]) {
      for (const p of [`/members/${m.id}`, `/members/${m.id}/endorsements`, `/members/${m.id}/reviews`]) {
        const r = await anon.get(p);
        expectError(r, 404, 'not_found', `anonymous ${p} (${who})`);
        assert.deepEqual(r.body, missing.body, `${who}: the same answer as a missing member`);
      }
      // A logged-in member still sees them.
      expectStatus(await viewer.get(`/members/${m.id}`), 200, `member reads ${who}`);
    }

    const page = await anon.get(`/members/${open.id}`);
    expectStatus(page, 200, 'anonymous reads a public member');
    assert.equal(page.body.name, open.me.profile.name);
    assert.equal(page.body.bio, 'I teach SQL.');
    assert.deepEqual(page.body.hidden_sections, ['details', 'skills', 'goals', 'connections']);

    // Counting through the ids finds the public member only.
    const ids = [quiet.id, open.id, hidden.id, viewer.id];
    const found = [];
    for (const id of ids) {
      if ((await anon.get(`/members/${id}`)).status === 200) found.push(id);
    }
    assert.deepEqual(found, [open.id]);

    // Making nothing public again hides the member from anonymous callers at once.
    await open.patchProfile({ visibility: { bio: 'members' } });
    expectError(await anon.get(`/members/${open.id}`), 404, 'not_found', 'after the bio went members-only');
  });
});
