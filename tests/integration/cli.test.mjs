// The operator commands as an operator meets them: `pln migrate`, `pln user create`,
// `pln user reset-password` and `pln sweep` on the database a server uses, and the
// `secure_cookies` and `log_format` settings as a browser and a log reader see them.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';

import { Client, DB_KIND, assertMatchesContract, PLN_BIN, PlnServer, expectError, expectStatus, randomTag, sweep, uniqueEmail, useServer, useTempDatabase } from './lib/server.mjs';

const run = promisify(execFile);

/** Runs pln and returns {code, stdout, stderr} whatever the exit status. */
async function pln(args, env = {}) {
  try {
    const r = await run(PLN_BIN, args, { env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    if (typeof e.code !== 'number') throw e;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const engine = DB_KIND === 'postgres' ? 'postgresql' : 'sqlite';

describe(`pln migrate, user create, user reset-password (${DB_KIND})`, () => {
  const db = useTempDatabase('pln-it-cli-');

  it('migrate prepares an empty database, and running it again changes nothing', async () => {
    const first = await pln(['migrate', ...db.target]);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, `Database (${engine}) is up to date.\n`);
    const again = await pln(['migrate', ...db.target]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout, first.stdout);
  });

  it('user create makes an account that logs in with its role; a taken e-mail is refused', async () => {
    const email = uniqueEmail('cli');
    const created = await pln(['user', 'create', ...db.target, '--email', email, '--name', 'Cli Admin', '--role', 'admin'], {
      PLN_PASSWORD: 'first password 123',
    });
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, new RegExp(`^Created member \\d+ <${email.replace(/\./g, '\\.')}> as admin\\.\\n$`));

    const twice = await pln(['user', 'create', ...db.target, '--email', email, '--name', 'Again', '--password', 'another password 1']);
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /^pln: /);
    const noPassword = await pln(['user', 'create', ...db.target, '--email', uniqueEmail('cli'), '--name', 'No Password'], { PLN_PASSWORD: '' });
    assert.equal(noPassword.code, 2);
    assert.match(noPassword.stderr, /give --password or set PLN_PASSWORD/);

    db.server = await PlnServer.start({ dataDir: db.dataDir, databaseUrl: db.pg?.url });
    const c = new Client(db.server.baseUrl);
    const login = await c.post('/auth/login', { email, password: 'first password 123' });
    expectStatus(login, 200, 'login of the created account');
    assert.equal(login.body.role, 'admin');
    assert.equal(login.body.profile.name, 'Cli Admin');
  });

  it('user reset-password: the old password stops working and the new one works', async () => {
    const email = uniqueEmail('reset');
    const created = await pln(['user', 'create', ...db.target, '--email', email, '--name', 'Resetting', '--password', 'old password 123']);
    assert.equal(created.code, 0, created.stderr);
    const reset = await pln(['user', 'reset-password', ...db.target, '--email', email, '--password', 'new password 456']);
    assert.equal(reset.code, 0, reset.stderr);
    assert.match(reset.stdout, new RegExp(`^Password of ${email.replace(/\./g, '\\.')} changed`));

    const url = db.server.baseUrl;
    expectError(await new Client(url).post('/auth/login', { email, password: 'old password 123' }), 401, null, 'old password');
    expectStatus(await new Client(url).post('/auth/login', { email, password: 'new password 456' }), 200, 'new password');

    const unknown = await pln(['user', 'reset-password', ...db.target, '--email', uniqueEmail('nobody'), '--password', 'whatever 12345']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /^pln: /);
  });

  it('sweep runs on the live database and reports what it did', async () => {
    const out = await sweep(db.server);
    assert.match(out, /^Swept: \d+ feedback slot\(s\) lapsed, \d+ feedback reminder\(s\) due, \d+ mentorship event\(s\)/);
  });
});

describe(`secure_cookies (${DB_KIND})`, () => {
  const signupCookie = async (baseUrl) => {
    const res = await fetch(`${baseUrl}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: uniqueEmail('cookie'), password: 'cookie password 123', name: 'Cookie' }),
    });
    const text = await res.text();
    assert.equal(res.status, 201, text);
    assertMatchesContract('POST', res.url, res.status, res.headers, JSON.parse(text), text);
    const cookie = res.headers.get('set-cookie');
    assert.match(cookie, /^pln_session=/);
    return cookie;
  };

  describe('default', () => {
    const ctx = useServer();
    it('the session cookie has no Secure attribute (plain HTTP on loopback works)', async () => {
      const cookie = await signupCookie(ctx.url);
      assert.match(cookie, /HttpOnly/);
      assert.doesNotMatch(cookie, /;\s*Secure/i);
    });
  });

  describe('secure_cookies = true in the TOML file', () => {
    it('the session cookie carries Secure', async (t) => {
      const configDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'pln-it-toml-'));
      const file = path.join(configDir, 'pln.toml');
      await fsp.writeFile(file, 'secure_cookies = true\n');
      const server = await PlnServer.start({ extraArgs: ['--config', file] });
      t.after(async () => {
        const info = await server.stop();
        await server.cleanup();
        await fsp.rm(configDir, { recursive: true, force: true });
        assert.equal(info.code, 0);
      });
      const cookie = await signupCookie(server.baseUrl);
      assert.match(cookie, /;\s*Secure(;|$)/);
    });
  });
});

describe(`log_format (${DB_KIND})`, () => {
  // The start-up lines ("pln … store; listening on …") are written before /healthz answers.
  const startupLines = (server) => server.output.split('\n').filter((l) => l.trim() !== '');

  it('json: every log line is one JSON object with time, level and msg', async (t) => {
    const server = await PlnServer.start({ extraArgs: ['--log-format', 'json'] });
    t.after(() => server.cleanup());
    const lines = startupLines(server);
    assert.ok(lines.length > 0, 'the server logged at start');
    for (const line of lines) {
      const entry = JSON.parse(line);
      assert.deepEqual(Object.keys(entry), ['time', 'level', 'msg'], line);
      assert.match(entry.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
    assert.ok(lines.some((l) => JSON.parse(l).msg.includes('listening on http://127.0.0.1:')), lines.join('\n'));
    assert.equal((await server.stop()).code, 0);
  });

  it('text (the default): readable lines, not JSON', async (t) => {
    const server = await PlnServer.start();
    t.after(() => server.cleanup());
    const lines = startupLines(server);
    const listening = lines.find((l) => l.includes('listening on http://127.0.0.1:'));
    assert.ok(listening, lines.join('\n'));
    assert.match(listening, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} .*info/);
    assert.throws(() => JSON.parse(listening));
    assert.equal((await server.stop()).code, 0);
  });

  it('a bad log format is refused before anything starts', async () => {
    const r = await pln(['migrate', '--data', `/tmp/pln-it-never-${randomTag()}`, '--log-format', 'xml']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /log_format: must be one of text, json \(got "xml"\)/);
  });
});
