// Accounts an attacker cannot lock or keep (issue 17): credentials end with a
// password change or reset, guessing from one address does not lock the owner
// out, every password check is throttled, sign-ups are limited per address,
// and a full hashing queue answers 503. Several clients are told apart by
// their loopback source address (127.0.0.0/8), see rawRequest.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';

import {
  DB_KIND,
  DEFAULT_PASSWORD,
  PLN_BIN,
  assertErrorShape,
  expectError,
  expectStatus,
  login,
  rawRequest,
  signup,
  tokenClient,
  uniqueEmail,
  useServer,
} from './lib/server.mjs';

const NEW_PASSWORD = 'a brand new password';

function loginFrom(url, localAddress, email, password = DEFAULT_PASSWORD) {
  return rawRequest(url, { method: 'POST', path: '/auth/login', body: { email, password }, localAddress });
}

function expectRaw(res, status, code, what) {
  assert.equal(res.status, status, `${what}: expected ${status}, got ${res.status}: ${res.text.slice(0, 300)}`);
  if (status >= 400) {
    assertErrorShape(res.body, what);
    assert.equal(res.body.error.code, code, `${what}: ${res.text.slice(0, 300)}`);
  }
}

function expectRetryAfter(headers, what) {
  const retry = typeof headers.get === 'function' ? headers.get('retry-after') : headers['retry-after'];
  assert.match(retry || '', /^[1-9]\d*$/, `${what}: Retry-After should be whole seconds > 0, got ${retry}`);
}

describe(`credentials end with the password (${DB_KIND})`, () => {
  const ctx = useServer();

  it('a password change revokes every API token, ends the other sessions, keeps this one and says what ended', async () => {
    const a = await signup(ctx.url);
    const laptop = await tokenClient(ctx.url, a.email, DEFAULT_PASSWORD, 'laptop');
    const ci = await tokenClient(ctx.url, a.email, DEFAULT_PASSWORD, 'ci');
    const other = await login(ctx.url, a.email);
    expectStatus(await laptop.get('/me'), 200, 'token works before');

    const r = await a.post('/me/password', { current_password: DEFAULT_PASSWORD, new_password: NEW_PASSWORD });
    expectStatus(r, 200, 'change password');
    assert.deepEqual(r.body, {
      revoked_tokens: [
        { id: laptop.tokenInfo.id, name: 'laptop' },
        { id: ci.tokenInfo.id, name: 'ci' },
      ],
      ended_sessions: 1,
    });
    expectError(await laptop.get('/me'), 401, 'unauthenticated', 'token after the password change');
    expectError(await ci.get('/me'), 401, 'unauthenticated', 'second token after the password change');
    expectError(await other.get('/me'), 401, 'unauthenticated', 'other session');
    expectStatus(await a.get('/me'), 200, 'the session that changed the password stays');
    const list = await a.get('/auth/tokens');
    expectStatus(list, 200);
    assert.deepEqual(list.body.items, []);
  });

  it('a change made with a token revokes that token too and ends every session', async () => {
    const a = await signup(ctx.url);
    const t = await tokenClient(ctx.url, a.email, DEFAULT_PASSWORD, 'script');
    const r = await t.post('/me/password', { current_password: DEFAULT_PASSWORD, new_password: NEW_PASSWORD });
    expectStatus(r, 200, 'change password with a token');
    assert.deepEqual(r.body, { revoked_tokens: [{ id: t.tokenInfo.id, name: 'script' }], ended_sessions: 1 });
    expectError(await t.get('/me'), 401, 'unauthenticated');
    expectError(await a.get('/me'), 401, 'unauthenticated', 'the sign-up session');
  });

  it('`pln user reset-password` revokes every API token and session', async () => {
    const a = await signup(ctx.url);
    const t = await tokenClient(ctx.url, a.email, DEFAULT_PASSWORD, 'old script');
    expectStatus(await t.get('/me'), 200);
    const args = ['user', 'reset-password', '--data', ctx.server.dataDir, '--email', a.email, '--password', NEW_PASSWORD];
    if (ctx.server.databaseUrl) args.push('--database', ctx.server.databaseUrl);
    const { stdout } = await promisify(execFile)(PLN_BIN, args);
    assert.match(stdout, /1 session\(s\) ended and 1 API token\(s\) revoked/);
    expectError(await t.get('/me'), 401, 'unauthenticated', 'token after the admin reset');
    expectError(await a.get('/me'), 401, 'unauthenticated', 'session after the admin reset');
    await login(ctx.url, a.email, NEW_PASSWORD);
  });
});

describe(`guessing does not lock the owner out (${DB_KIND})`, () => {
  const ctx = useServer();

  it('five failures lock only the guessing client; the owner signs in from elsewhere', async () => {
    const owner = await signup(ctx.url);
    for (let i = 0; i < 5; i++) {
      expectRaw(await loginFrom(ctx.url, '127.0.0.66', owner.email, `guess ${i}`), 401, 'invalid_credentials', `guess ${i + 1}`);
    }
    const locked = await loginFrom(ctx.url, '127.0.0.66', owner.email);
    expectRaw(locked, 429, 'too_many_attempts', 'the guesser, even with the right password');
    expectRetryAfter(locked.headers, 'guesser');
    const tok = await rawRequest(ctx.url, {
      method: 'POST',
      path: '/auth/tokens',
      body: { email: owner.email, password: DEFAULT_PASSWORD, name: 'x' },
      localAddress: '127.0.0.66',
    });
    expectRaw(tok, 429, 'too_many_attempts', 'token creation from the guesser');

    expectRaw(await loginFrom(ctx.url, '127.0.0.1', owner.email), 200, null, 'the owner on the device that signed up');
    expectRaw(await loginFrom(ctx.url, '127.0.0.9', owner.email), 200, null, 'the owner on a new device');
  });

  it('guesses spread over many addresses slow down new clients but not the owner\'s known device', async () => {
    const owner = await signup(ctx.url);
    expectRaw(await loginFrom(ctx.url, '127.0.1.1', owner.email), 200, null, 'owner logs in from home');
    // 20 addresses, one guess each: no per-client limit is reached, but the account now backs off.
    for (let i = 0; i < 20; i++) {
      expectRaw(await loginFrom(ctx.url, `127.0.2.${i + 1}`, owner.email, `guess ${i}`), 401, 'invalid_credentials', `bot ${i + 1}`);
    }
    const fresh = await loginFrom(ctx.url, '127.0.3.1', owner.email);
    expectRaw(fresh, 429, 'too_many_attempts', 'a new client while the account backs off');
    expectRetryAfter(fresh.headers, 'new client');
    expectRaw(await loginFrom(ctx.url, '127.0.1.1', owner.email), 200, null, 'the known device');
  });

  it('a successful login resets the client\'s failure count', async () => {
    const a = await signup(ctx.url);
    // 6 rounds of 4 failures: 24 in all, more than any limit, but a success after each round.
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 4; i++) {
        expectRaw(await loginFrom(ctx.url, '127.0.4.1', a.email, `typo ${round}.${i}`), 401, 'invalid_credentials', `typo ${round}.${i}`);
      }
      expectRaw(await loginFrom(ctx.url, '127.0.4.1', a.email), 200, null, `success after round ${round + 1}`);
    }
  });

  it('POST /me/password is throttled: 429 after five wrong current passwords, even for the right one', async () => {
    const a = await signup(ctx.url);
    for (let i = 0; i < 5; i++) {
      const r = await a.post('/me/password', { current_password: `wrong ${i}`, new_password: NEW_PASSWORD });
      expectError(r, 401, 'wrong_password', `wrong current password ${i + 1}`);
    }
    const r = await a.post('/me/password', { current_password: DEFAULT_PASSWORD, new_password: NEW_PASSWORD });
    expectError(r, 429, 'too_many_attempts', 'right password after five wrong ones');
    expectRetryAfter(r.headers, '/me/password');
  });

  it('DELETE /me is throttled: 429 after five wrong passwords; the account stays', async () => {
    const a = await signup(ctx.url);
    for (let i = 0; i < 5; i++) {
      expectError(await a.del('/me', { password: `wrong ${i}` }), 401, 'wrong_password', `wrong password ${i + 1}`);
    }
    const r = await a.del('/me', { password: DEFAULT_PASSWORD });
    expectError(r, 429, 'too_many_attempts', 'right password after five wrong ones');
    expectRetryAfter(r.headers, 'DELETE /me');
    expectStatus(await a.get('/me'), 200, 'the account is still there');
  });
});

describe(`per-client limits (${DB_KIND})`, () => {
  const ctx = useServer({ extraArgs: ['--signups-per-hour', '2', '--logins-per-minute', '3'] });

  function signupFrom(localAddress) {
    const body = { email: uniqueEmail('limited'), password: DEFAULT_PASSWORD, name: 'Limited Member' };
    return rawRequest(ctx.url, { method: 'POST', path: '/auth/signup', body, localAddress });
  }

  it('sign-ups: the third from one address in an hour gets 429 with Retry-After; other addresses are not affected', async () => {
    expectRaw(await signupFrom('127.0.5.1'), 201, null, 'first sign-up');
    expectRaw(await signupFrom('127.0.5.1'), 201, null, 'second sign-up');
    const third = await signupFrom('127.0.5.1');
    expectRaw(third, 429, 'rate_limited', 'third sign-up');
    expectRetryAfter(third.headers, 'third sign-up');
    assert.ok(Number(third.headers['retry-after']) > 3000, `about an hour, got ${third.headers['retry-after']}`);
    expectRaw(await signupFrom('127.0.5.2'), 201, null, 'sign-up from another address');
  });

  it('logins: the fourth attempt in a minute gets 429, right password or not', async () => {
    const r = await signupFrom('127.0.6.1');
    expectRaw(r, 201, null, 'sign-up');
    const email = r.body.email;
    for (let i = 0; i < 3; i++) expectRaw(await loginFrom(ctx.url, '127.0.6.1', email), 200, null, `login ${i + 1}`);
    const fourth = await loginFrom(ctx.url, '127.0.6.1', email);
    expectRaw(fourth, 429, 'rate_limited', 'fourth login');
    expectRetryAfter(fourth.headers, 'fourth login');
    expectRaw(await loginFrom(ctx.url, '127.0.6.2', email), 200, null, 'login from another address');
  });
});

describe(`hashing queue (${DB_KIND})`, () => {
  // One hash at a time and nobody may wait: concurrent sign-ups beyond the one
  // being hashed are refused at once. One sign-up per address and hour.
  const ctx = useServer({ extraArgs: ['--hash-threads', '1', '--hash-queue', '0', '--signups-per-hour', '1'] });

  it('answers 503 with Retry-After when the hashing queue is full; the refused sign-up left nothing behind and cost no quota', async () => {
    const emails = Array.from({ length: 16 }, () => uniqueEmail('burst'));
    const results = await Promise.all(
      emails.map((email, i) =>
        rawRequest(ctx.url, {
          method: 'POST',
          path: '/auth/signup',
          body: { email, password: DEFAULT_PASSWORD, name: 'Burst Member' },
          localAddress: `127.0.7.${i + 1}`,
        }),
      ),
    );
    const busy = results.filter((r) => r.status === 503);
    const created = results.filter((r) => r.status === 201);
    assert.ok(busy.length > 0, `16 sign-ups at once with room for one hash: expected some 503, got ${results.map((r) => r.status)}`);
    assert.ok(created.length > 0, `at least the first sign-up is hashed: ${results.map((r) => r.status)}`);
    assert.equal(busy.length + created.length, 16, `only 201 or 503: ${results.map((r) => r.status)}`);
    for (const r of busy) {
      expectRaw(r, 503, 'busy', 'full hashing queue');
      expectRetryAfter(r.headers, 'busy');
    }
    // A refused sign-up created no account, and the address's one sign-up an hour is not
    // used up by the server being busy: the same e-mail from the same address succeeds.
    const again = results.findIndex((r) => r.status === 503);
    const retry = await rawRequest(ctx.url, {
      method: 'POST',
      path: '/auth/signup',
      body: { email: emails[again], password: DEFAULT_PASSWORD, name: 'Burst Member' },
      localAddress: `127.0.7.${again + 1}`,
    });
    expectRaw(retry, 201, null, 'sign-up again after the 503');
    const second = await rawRequest(ctx.url, {
      method: 'POST',
      path: '/auth/signup',
      body: { email: uniqueEmail('burst'), password: DEFAULT_PASSWORD, name: 'Burst Member' },
      localAddress: `127.0.7.${again + 1}`,
    });
    expectRaw(second, 429, 'rate_limited', 'a second sign-up from that address');
  });
});
