// Accounts, sessions, CSRF, API tokens, throttling, password change, deletion.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  Client,
  DB_KIND,
  DEFAULT_PASSWORD,
  detailFields,
  expectError,
  expectStatus,
  login,
  rawRequest,
  signup,
  tokenClient,
  uniqueEmail,
  useServer,
} from './lib/server.mjs';

function sessionCookieAttrs(res) {
  const list = res.headers.getSetCookie();
  const sc = list.find((c) => c.trim().startsWith('pln_session='));
  assert.ok(sc, `expected a Set-Cookie for pln_session, got ${JSON.stringify(list)}`);
  const [pair, ...attrs] = sc.split(';').map((s) => s.trim());
  return { value: pair.slice('pln_session='.length), attrs: attrs.map((a) => a.toLowerCase()), raw: sc };
}

describe(`auth (${DB_KIND})`, () => {
  const ctx = useServer();

  describe('signup', () => {
    it('creates an account: 201, Me body, session cookie with HttpOnly and SameSite=Lax', async () => {
      const email = uniqueEmail('signup');
      const c = new Client(ctx.url);
      const r = await c.post('/auth/signup', { email, password: DEFAULT_PASSWORD, name: 'Ana Lima' });
      expectStatus(r, 201, 'signup');
      assert.equal(typeof r.body.id, 'number');
      assert.ok(Number.isInteger(r.body.id) && r.body.id > 0);
      assert.equal(r.body.email, email);
      assert.equal(r.body.role, 'member');
      assert.ok(!Number.isNaN(Date.parse(r.body.created_at)), `created_at should be ISO-8601: ${r.body.created_at}`);
      assert.equal(r.body.profile.name, 'Ana Lima');
      assert.equal(r.body.connection_count, 0);
      assert.equal(typeof r.body.csrf_token, 'string');
      assert.ok(r.body.csrf_token.length >= 16, 'csrf token should not be trivially short');
      assert.ok(!('password' in r.body) && !('password_hash' in r.body), 'no password material in Me');

      const cookie = sessionCookieAttrs(r);
      assert.ok(cookie.value.length >= 16, 'session cookie value should be long and random');
      assert.ok(cookie.attrs.includes('httponly'), `cookie must be HttpOnly: ${cookie.raw}`);
      assert.ok(cookie.attrs.includes('samesite=lax'), `cookie must be SameSite=Lax: ${cookie.raw}`);
      assert.ok(cookie.attrs.includes('path=/'), `cookie must have Path=/: ${cookie.raw}`);

      // The cookie is a working session.
      c.csrf = r.body.csrf_token;
      const me = await c.get('/me');
      expectStatus(me, 200, 'GET /me');
      assert.equal(me.body.id, r.body.id);
      assert.equal(me.body.email, email);
      assert.equal(me.body.csrf_token, r.body.csrf_token, 'GET /me returns the session csrf token');
    });

    it('GET /me without a session is 401 unauthenticated', async () => {
      const r = await new Client(ctx.url).get('/me');
      expectError(r, 401, 'unauthenticated', 'anonymous GET /me');
    });

    it('rejects a duplicate e-mail with 409 email_taken, also with different case', async () => {
      const email = uniqueEmail('dup');
      await signup(ctx.url, { email });
      const r1 = await new Client(ctx.url).post('/auth/signup', { email, password: DEFAULT_PASSWORD, name: 'Other' });
      expectError(r1, 409, 'email_taken', 'duplicate signup');
      const r2 = await new Client(ctx.url).post('/auth/signup', {
        email: email.toUpperCase(),
        password: DEFAULT_PASSWORD,
        name: 'Other',
      });
      expectError(r2, 409, 'email_taken', 'duplicate signup in upper case');
      assert.equal(r2.headers.getSetCookie().filter((c) => c.startsWith('pln_session=') && !/max-age=0/i.test(c)).length, 0, 'no session for a failed signup');
    });

    it('validates e-mail, password and name, naming every bad field', async () => {
      const r = await new Client(ctx.url).post('/auth/signup', { email: 'not-an-email', password: 'short', name: '' });
      expectError(r, 422, 'validation_failed', 'bad signup');
      const fields = detailFields(r);
      for (const f of ['email', 'password', 'name']) assert.ok(fields.includes(f), `details should name "${f}": ${JSON.stringify(fields)}`);
      const missing = await new Client(ctx.url).post('/auth/signup', { email: uniqueEmail('missing') });
      expectError(missing, 422, 'validation_failed', 'signup with missing fields');
      const mf = detailFields(missing);
      assert.ok(mf.includes('password') && mf.includes('name'), `missing fields should be named: ${JSON.stringify(mf)}`);
    });
  });

  describe('login and logout', () => {
    it('logs in with the right password (case-insensitive e-mail), 200 Me + cookie', async () => {
      const a = await signup(ctx.url, { email: uniqueEmail('login') });
      const c = new Client(ctx.url);
      const r = await c.post('/auth/login', { email: a.email.toUpperCase(), password: DEFAULT_PASSWORD });
      expectStatus(r, 200, 'login');
      assert.equal(r.body.id, a.id);
      assert.equal(typeof r.body.csrf_token, 'string');
      const cookie = sessionCookieAttrs(r);
      assert.ok(cookie.attrs.includes('httponly') && cookie.attrs.includes('samesite=lax'), cookie.raw);
      // A new session, not the signup one.
      assert.notEqual(cookie.value, a.cookies.get('pln_session'));
      c.csrf = r.body.csrf_token;
      expectStatus(await c.get('/me'), 200, 'GET /me after login');
    });

    it('rejects a wrong password and an unknown e-mail with 401 and no session', async () => {
      const a = await signup(ctx.url, { email: uniqueEmail('wrongpw') });
      const c = new Client(ctx.url);
      const r = await c.post('/auth/login', { email: a.email, password: 'not the password' });
      expectError(r, 401, 'invalid_credentials', 'wrong password');
      assert.equal(c.cookies.has('pln_session'), false, 'no session cookie after a failed login');
      const r2 = await c.post('/auth/login', { email: uniqueEmail('nobody'), password: DEFAULT_PASSWORD });
      expectError(r2, 401, 'invalid_credentials', 'unknown e-mail');
      expectError(await c.get('/me'), 401, 'unauthenticated');
    });

    it('logout ends the session on the server (the old cookie no longer works)', async () => {
      const a = await signup(ctx.url);
      const stolen = a.clone(); // keeps the cookie even if the server clears it in the jar
      const r = await a.post('/auth/logout');
      expectStatus(r, 204, 'logout');
      const cleared = r.headers.getSetCookie().find((c) => c.startsWith('pln_session='));
      assert.ok(cleared, 'logout should send a Set-Cookie that clears pln_session');
      assert.ok(/max-age=0|expires=thu, 01 jan 1970|pln_session=;/i.test(cleared), `cookie should be cleared: ${cleared}`);
      expectError(await stolen.get('/me'), 401, 'unauthenticated', '/me with the logged-out cookie');
      expectError(await a.get('/me'), 401, 'unauthenticated', '/me after logout');
    });

    it('a garbage session cookie is 401, not 500', async () => {
      const c = new Client(ctx.url);
      c.cookies.set('pln_session', 'garbage-' + 'x'.repeat(40));
      expectError(await c.get('/me'), 401, 'unauthenticated');
      c.cookies.set('pln_session', '');
      expectError(await c.get('/me'), 401, 'unauthenticated');
    });
  });

  describe('CSRF', () => {
    it('cookie-authenticated PATCH without X-CSRF-Token → 403 csrf_failed, nothing stored; with it → 200', async () => {
      const a = await signup(ctx.url);
      const before = (await a.getMe()).profile;

      const r1 = await a.patch('/me/profile', { headline: 'CSRF attempt' }, { csrf: false });
      expectError(r1, 403, 'csrf_failed', 'PATCH without CSRF header');
      const r2 = await a.patch('/me/profile', { headline: 'CSRF attempt' }, { headers: { 'X-CSRF-Token': 'wrong-token' } });
      expectError(r2, 403, 'csrf_failed', 'PATCH with a wrong CSRF token');
      const r3 = await a.patch('/me/profile', { headline: 'CSRF attempt' }, { headers: { 'X-CSRF-Token': '' } });
      expectError(r3, 403, 'csrf_failed', 'PATCH with an empty CSRF token');
      assert.deepEqual((await a.getMe()).profile, before, 'rejected PATCH must not change the profile');

      const ok = await a.patch('/me/profile', { headline: 'With token' });
      expectStatus(ok, 200, 'PATCH with CSRF header');
      assert.equal(ok.body.profile.headline, 'With token');
    });

    it("another session's CSRF token does not work", async () => {
      const a = await signup(ctx.url);
      const b = await signup(ctx.url);
      const r = await a.patch('/me/profile', { headline: 'x' }, { headers: { 'X-CSRF-Token': b.csrf } });
      expectError(r, 403, 'csrf_failed');
    });

    it('POST and DELETE need the token too (logout, connection request, delete account)', async () => {
      const a = await signup(ctx.url);
      const b = await signup(ctx.url);
      expectError(await a.post('/auth/logout', undefined, { csrf: false }), 403, 'csrf_failed', 'logout without CSRF');
      expectStatus(await a.get('/me'), 200, 'session still alive after refused logout');
      expectError(await a.post('/connections/requests', { to: b.id }, { csrf: false }), 403, 'csrf_failed');
      const out = await a.get('/connections/requests?direction=outgoing');
      expectStatus(out, 200);
      assert.equal(out.body.items.length, 0, 'refused request must not be stored');
      expectError(await a.del('/me', { password: DEFAULT_PASSWORD }, { csrf: false }), 403, 'csrf_failed');
      expectStatus(await a.get('/me'), 200, 'account still exists');
    });
  });

  describe('API tokens', () => {
    it('creates a bearer token that works without CSRF and has no csrf_token in Me', async () => {
      const a = await signup(ctx.url);
      const t = await tokenClient(ctx.url, a.email, DEFAULT_PASSWORD, 'my script');
      assert.equal(t.tokenInfo.name, 'my script');
      assert.equal(typeof t.tokenInfo.id, 'number');
      assert.ok(!Number.isNaN(Date.parse(t.tokenInfo.created_at)));
      const me = await t.get('/me');
      expectStatus(me, 200, 'GET /me with bearer');
      assert.equal(me.body.id, a.id);
      assert.ok(!('csrf_token' in me.body), 'csrf_token only for cookie sessions');
      const p = await t.patch('/me/profile', { headline: 'Set by a token' });
      expectStatus(p, 200, 'PATCH with bearer, no CSRF header');
      assert.equal((await a.getMe()).profile.headline, 'Set by a token');
    });

    it('lists tokens without their secret; a revoked token is 401', async () => {
      const a = await signup(ctx.url);
      const t1 = await tokenClient(ctx.url, a.email, DEFAULT_PASSWORD, 'one');
      const t2 = await tokenClient(ctx.url, a.email, DEFAULT_PASSWORD, 'two');
      const list = await a.get('/auth/tokens');
      expectStatus(list, 200);
      const names = list.body.items.map((i) => i.name).sort();
      assert.deepEqual(names, ['one', 'two']);
      for (const item of list.body.items) {
        assert.ok(!('token' in item), 'token secret must not be listed');
        assert.equal(typeof item.id, 'number');
      }
      // Another member cannot revoke my token.
      const b = await signup(ctx.url);
      expectError(await b.del(`/auth/tokens/${t1.tokenInfo.id}`), 404, 'not_found', "revoking someone else's token");
      expectStatus(await t1.get('/me'), 200, 'token still valid');

      expectStatus(await a.del(`/auth/tokens/${t1.tokenInfo.id}`), 204, 'revoke');
      expectError(await t1.get('/me'), 401, 'unauthenticated', 'revoked token');
      expectStatus(await t2.get('/me'), 200, 'the other token still works');
      const list2 = await t2.get('/auth/tokens');
      assert.deepEqual(list2.body.items.map((i) => i.name), ['two']);
      expectError(await a.del(`/auth/tokens/${t1.tokenInfo.id}`), 404, 'not_found', 'revoking twice');
    });

    it('token creation needs the right password; garbage bearer is 401', async () => {
      const a = await signup(ctx.url);
      const r = await new Client(ctx.url).post('/auth/tokens', { email: a.email, password: 'nope nope nope', name: 'x' });
      expectError(r, 401, 'invalid_credentials', 'token with wrong password');
      const g = new Client(ctx.url, { bearer: 'pln_' + 'A'.repeat(40) });
      expectError(await g.get('/me'), 401, 'unauthenticated');
      const g2 = new Client(ctx.url);
      expectError(await g2.get('/me', { headers: { Authorization: 'Bearer' } }), 401);
      expectError(await g2.get('/me', { headers: { Authorization: 'Basic Zm9vOmJhcg==' } }), 401);
    });
  });

  describe('password change', () => {
    it('ends the other sessions, keeps this one, and switches the password', async () => {
      const a = await signup(ctx.url);
      const other = await login(ctx.url, a.email);
      expectStatus(await other.get('/me'), 200);

      const wrong = await a.post('/me/password', { current_password: 'not it at all', new_password: 'brand new password 1' });
      expectError(wrong, 401, 'wrong_password');
      expectStatus(await other.get('/me'), 200, 'wrong current password changes nothing');

      const weak = await a.post('/me/password', { current_password: DEFAULT_PASSWORD, new_password: 'short' });
      expectError(weak, 422, 'validation_failed');
      assert.ok(detailFields(weak).includes('new_password'), JSON.stringify(weak.body));

      const r = await a.post('/me/password', { current_password: DEFAULT_PASSWORD, new_password: 'brand new password 1' });
      expectStatus(r, 200, 'change password');
      expectStatus(await a.get('/me'), 200, 'the session that changed the password stays');
      expectError(await other.get('/me'), 401, 'unauthenticated', 'other session ended');

      expectError(await new Client(ctx.url).post('/auth/login', { email: a.email, password: DEFAULT_PASSWORD }), 401, 'invalid_credentials', 'old password');
      await login(ctx.url, a.email, 'brand new password 1');
    });
  });

  describe('delete account', () => {
    it('needs the password; then removes the member, their connections, requests and logins', async () => {
      const a = await signup(ctx.url, { name: 'Leaving Member' });
      const b = await signup(ctx.url);
      const c = await signup(ctx.url);
      // a ↔ b connected
      const req = await a.post('/connections/requests', { to: b.id, note: 'hi' });
      expectStatus(req, 201);
      expectStatus(await b.post(`/connections/requests/${req.body.id}/accept`), 200);
      // a → c pending
      expectStatus(await a.post('/connections/requests', { to: c.id }), 201);
      // b follows a
      expectStatus(await b.post('/follows', { member: a.id }), 201);
      const token = await tokenClient(ctx.url, a.email);

      expectError(await a.del('/me', { password: 'wrong wrong wrong' }), 401, 'wrong_password');
      expectStatus(await b.get(`/members/${a.id}`), 200, 'still there after a wrong password');

      expectStatus(await a.del('/me', { password: DEFAULT_PASSWORD }), 204, 'delete account');

      expectError(await b.get(`/members/${a.id}`), 404, 'not_found', 'profile of a deleted member');
      expectError(await new Client(ctx.url).get(`/members/${a.id}`), 404, 'not_found', 'anonymous view of a deleted member');
      const conns = await b.getAll('/connections');
      assert.ok(!conns.some((x) => x.member.id === a.id), 'deleted member gone from the other side\'s connections');
      const meB = await b.getMe();
      assert.equal(meB.connection_count, 0, 'connection_count updated');
      const incoming = await c.getAll('/connections/requests?direction=incoming&status=pending');
      assert.ok(!incoming.some((x) => x.from.id === a.id), 'pending request from a deleted member is gone');

      expectError(await a.get('/me'), 401, 'unauthenticated', 'session of a deleted account');
      expectError(await token.get('/me'), 401, 'unauthenticated', 'token of a deleted account');
      expectError(await new Client(ctx.url).post('/auth/login', { email: a.email, password: DEFAULT_PASSWORD }), 401, 'invalid_credentials');

      // The e-mail address is free again.
      const again = await signup(ctx.url, { email: a.email });
      assert.notEqual(again.id, a.id, 'a new account, not the old one');
      assert.equal(again.me.connection_count, 0);
    });
  });
});

// Throttling gets its own server: after it, logins from this client are
// refused for the throttle window, which would disturb the tests above.
describe(`login throttling (${DB_KIND})`, () => {
  const ctx = useServer();

  it('answers 429 with Retry-After after repeated failures, even for the right password', async () => {
    const victim = await signup(ctx.url, { email: uniqueEmail('victim') });
    const bystander = await signup(ctx.url, { email: uniqueEmail('bystander') });
    let throttled = null;
    for (let i = 0; i < 30; i++) {
      const r = await new Client(ctx.url).post('/auth/login', { email: victim.email, password: `wrong password ${i}` });
      if (r.status === 429) {
        throttled = r;
        break;
      }
      expectError(r, 401, 'invalid_credentials', `failed login #${i + 1}`);
    }
    assert.ok(throttled, 'no 429 after 30 failed logins');
    expectError(throttled, 429, 'too_many_attempts');
    const retry = throttled.headers.get('retry-after');
    assert.match(retry || '', /^\d+$/, `Retry-After should be whole seconds, got ${retry}`);
    assert.ok(Number(retry) > 0, 'Retry-After > 0');

    // The right password does not get through while throttled.
    const right = await new Client(ctx.url).post('/auth/login', { email: victim.email, password: DEFAULT_PASSWORD });
    expectError(right, 429, 'too_many_attempts', 'correct password while throttled');
    assert.equal(right.headers.getSetCookie().filter((c) => c.startsWith('pln_session=') && !/max-age=0/i.test(c)).length, 0);

    // Nor does creating an API token with the password (no way around the throttle).
    const tok = await new Client(ctx.url).post('/auth/tokens', { email: victim.email, password: DEFAULT_PASSWORD, name: 'bypass' });
    expectError(tok, 429, 'too_many_attempts', 'token creation must not bypass the login throttle');

    // Existing sessions are not affected.
    expectStatus(await victim.get('/me'), 200, 'existing session of a throttled account');

    // Another member, logging in from another client (address), is not locked
    // out by someone else's failures.
    const other = await rawRequest(ctx.url, {
      method: 'POST',
      path: '/auth/login',
      body: { email: bystander.email, password: DEFAULT_PASSWORD },
      localAddress: '127.0.0.2',
    });
    assert.equal(other.status, 200, `bystander login from another address: ${other.status} ${other.text}`);
  });
});
