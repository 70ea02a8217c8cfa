// Server limits: connection floods, the client address behind a proxy, who may
// read /metrics, oversized headers, and integer settings that would wrap.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

import {
  Client,
  DB_KIND,
  PLN_BIN,
  assertErrorShape,
  assertMatchesContract,
  expectError,
  expectStatus,
  rawRequest,
  sleep,
  uniqueEmail,
  useServer,
} from './lib/server.mjs';

const CLK_TCK = 100; // Linux USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s

/** User + system CPU seconds the process has used so far. */
function cpuSeconds(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at field 3 (state).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK; // utime, stime: fields 14, 15
}

function lineCount(text) {
  return text.split('\n').length;
}

/** Opens `n` TCP connections that send nothing (half-open requests from the server's view). */
async function openIdleSockets(port, n) {
  const sockets = [];
  const connected = [];
  for (let i = 0; i < n; i++) {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.on('error', () => {}); // the server may reset them; that is fine
    sockets.push(socket);
    connected.push(new Promise((resolve) => socket.once('connect', resolve).once('error', resolve)));
  }
  await Promise.all(connected);
  return sockets;
}

async function closeAll(sockets) {
  await Promise.all(sockets.map((s) => new Promise((resolve) => {
    if (s.destroyed) return resolve();
    s.once('close', resolve);
    s.destroy();
  })));
}

/** GET /healthz until it answers 200 (each try bounded), or fails after `ms`. */
async function healthyWithin(url, ms) {
  const deadline = Date.now() + ms;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      const text = await res.text();
      assertMatchesContract('GET', res.url, res.status, res.headers, text ? JSON.parse(text) : undefined, text);
      if (res.status === 200) return;
      last = `status ${res.status}`;
    } catch (e) {
      last = String(e.cause?.code || e.message);
    }
    await sleep(100);
  }
  assert.fail(`GET /healthz did not answer 200 within ${ms} ms (last: ${last})`);
}

/**
 * Holds `n` idle connections for 2 s and checks the server's CPU use and log
 * growth meanwhile (resource bounds), then that it serves again after they close.
 */
async function floodAndRecover(server, n) {
  const logBefore = lineCount(server.output);
  const sockets = await openIdleSockets(server.port, n);
  try {
    await sleep(300); // let the server take what it will
    const cpuBefore = cpuSeconds(server.proc.pid);
    await sleep(2000);
    const cpuUsed = cpuSeconds(server.proc.pid) - cpuBefore;
    assert.ok(cpuUsed < 0.5, `server used ${cpuUsed.toFixed(2)} s of CPU in 2 s while ${n} idle connections waited (a busy accept loop?)`);
    assert.equal(server.exited, false, `server exited during the flood: ${JSON.stringify(server.exitInfo)}`);
  } finally {
    await closeAll(sockets);
  }
  await healthyWithin(server.baseUrl, 10_000);
  const logged = lineCount(server.output) - logBefore;
  assert.ok(logged < 20, `the flood added ${logged} log lines:\n${server.output.slice(-2000)}`);
}

describe(`connection limits (${DB_KIND})`, () => {
  describe('an explicit max_connections', () => {
    const ctx = useServer({ extraArgs: ['--max-connections', '20'], maxOpenFiles: 256 });

    it('pauses accepting at the limit: no spinning, bounded log, serves again once clients leave', async () => {
      await floodAndRecover(ctx.server, 300);
    });

    it('serves the connections it holds while others wait', async () => {
      const sockets = await openIdleSockets(ctx.server.port, 10);
      try {
        // 10 of 20 slots taken: a request still gets a slot of its own.
        expectStatus(await new Client(ctx.url).get('/healthz'), 200, 'GET /healthz beside 10 idle connections');
      } finally {
        await closeAll(sockets);
      }
    });
  });

  describe('the default limit, derived from the open-file limit', () => {
    // 400 connections would need more descriptors than `ulimit -n 256` allows.
    const ctx = useServer({ maxOpenFiles: 256 });

    it('keeps a reserve of descriptors, so a flood neither spins on EMFILE nor floods the log', async () => {
      await floodAndRecover(ctx.server, 400);
    });
  });
});

/** Fails logins for unknown accounts from `forwardedFor` until the client is throttled (429). */
async function throttleClient(url, forwardedFor) {
  for (let i = 0; i < 200; i++) {
    const r = await rawRequest(url, {
      method: 'POST',
      path: '/auth/login',
      headers: { 'X-Forwarded-For': forwardedFor },
      body: { email: uniqueEmail('spray'), password: 'not the password' },
    });
    if (r.status === 429) return;
    assert.equal(r.status, 401, `failed login #${i + 1}: ${r.status} ${r.text}`);
  }
  assert.fail(`no 429 after 200 failed logins from ${forwardedFor}`);
}

function loginFrom(url, forwardedFor) {
  return rawRequest(url, {
    method: 'POST',
    path: '/auth/login',
    headers: { 'X-Forwarded-For': forwardedFor },
    body: { email: uniqueEmail('other'), password: 'not the password either' },
  });
}

function metricsFrom(url, headers) {
  return rawRequest(url, { path: '/metrics', headers });
}

describe(`behind a trusted proxy (${DB_KIND})`, () => {
  const ctx = useServer({ extraArgs: ['--trusted-proxies', '127.0.0.1, 10.20.0.0/16'] });

  it('takes the client address from X-Forwarded-For: one client\'s failures do not throttle another', async () => {
    await throttleClient(ctx.url, '10.0.0.1');
    const same = await loginFrom(ctx.url, '10.0.0.1');
    assert.equal(same.status, 429, `the throttled client stays throttled: ${same.status} ${same.text}`);
    const other = await loginFrom(ctx.url, '10.0.0.2');
    assert.equal(other.status, 401, `another client behind the proxy: ${other.status} ${other.text}`);
  });

  it('uses the right-most untrusted hop, so a client cannot pick its address', async () => {
    // The client claims 10.0.0.3; our proxy (10.20.0.5) appended the real 10.0.0.1.
    const spoofed = await loginFrom(ctx.url, '10.0.0.3, 10.0.0.1, 10.20.0.5');
    assert.equal(spoofed.status, 429, `the throttled client behind a spoofed hop: ${spoofed.status} ${spoofed.text}`);
  });

  it('refuses /metrics to a non-loopback client behind the proxy (no metrics_token set)', async () => {
    const remote = await metricsFrom(ctx.url, { 'X-Forwarded-For': '203.0.113.7' });
    assert.equal(remote.status, 403, `GET /metrics for 203.0.113.7: ${remote.status} ${remote.text}`);
    assertErrorShape(remote.body, 'GET /metrics → 403');
    assert.equal(remote.body.error.code, 'forbidden');
    const local = await metricsFrom(ctx.url, {});
    assert.equal(local.status, 200, `GET /metrics from loopback: ${local.status} ${local.text.slice(0, 200)}`);
    assert.match(local.text, /^# (HELP|TYPE) /m);
  });

  it('answers headers over 16 KiB with 431 and a JSON error', async () => {
    const r = await rawRequest(ctx.url, { path: '/healthz', headers: { 'X-Padding': 'a'.repeat(17 * 1024) } });
    assert.equal(r.status, 431, `17 KiB header: ${r.status} ${r.text}`);
    assertErrorShape(r.body, 'GET /healthz with a 17 KiB header');
    assert.equal(r.body.error.code, 'headers_too_large');
    assert.match(r.headers['content-type'] || '', /application\/json/);
    await healthyWithin(ctx.url, 5000);
  });
});

describe(`without trusted proxies, with a metrics token (${DB_KIND})`, () => {
  const token = 'metrics-token-for-the-limits-test';
  const ctx = useServer({ extraArgs: ['--metrics-token', token] });

  it('ignores X-Forwarded-For: the socket peer is the client', async () => {
    await throttleClient(ctx.url, '10.0.0.1');
    const other = await loginFrom(ctx.url, '10.0.0.2');
    assert.equal(other.status, 429, `a forged X-Forwarded-For must not escape the throttle: ${other.status} ${other.text}`);
  });

  it('serves /metrics only with the bearer token, also to loopback', async () => {
    const anon = new Client(ctx.url);
    expectError(await anon.get('/metrics'), 403, 'forbidden', 'GET /metrics without the token');
    expectError(await anon.get('/metrics', { headers: { Authorization: 'Bearer wrong-token-wrong-token' } }), 403, 'forbidden', 'wrong token');
    const ok = await anon.get('/metrics', { headers: { Authorization: `Bearer ${token}` } });
    expectStatus(ok, 200, 'GET /metrics with the token');
    assert.match(ok.text, /^# (HELP|TYPE) /m);
  });
});

/** Runs `pln serve` expecting it to refuse to start; returns {code, stderr}. */
function serveFails(args, env = {}) {
  return new Promise((resolve) => {
    execFile(PLN_BIN, ['serve', '--listen', '127.0.0.1:0', ...args], { env: { ...process.env, ...env }, timeout: 10_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? err.code : 0, signal: err?.signal, stderr: String(stderr) });
    });
  });
}

describe('integer settings that would wrap', () => {
  it('refuse to start from the TOML file, the environment and flags, naming the setting, value and range', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'pln-limits-'));
    try {
      const toml = path.join(dir, 'pln.toml');
      await fsp.writeFile(toml, 'threads = 4294967297\n');
      const data = ['--data', dir];
      const cases = [
        ['TOML', ['--config', toml, ...data], {}, /threads: 4294967297 is out of range; allowed 0\.\.256/],
        ['environment', data, { PLN_THREADS: '4294967297' }, /PLN_THREADS: 4294967297 is out of range; allowed 0\.\.256/],
        ['flag', ['--threads', '4294967297', ...data], {}, /--threads: 4294967297 is out of range; allowed 0\.\.256/],
        ['TTL', ['--mentorship-request-ttl', '4294967306', ...data], {}, /--mentorship-request-ttl: 4294967306 is out of range/],
        ['proxies', ['--trusted-proxies', '10.0.0.0/33', ...data], {}, /trusted_proxies: "10\.0\.0\.0\/33" is not an IP address or CIDR/],
      ];
      for (const [what, args, env, message] of cases) {
        const r = await serveFails(args, env);
        assert.notEqual(r.code, 0, `${what}: pln serve should exit non-zero (signal ${r.signal})`);
        assert.equal(r.signal ?? null, null, `${what}: pln serve should exit, not be killed`);
        assert.match(r.stderr, message, `${what}: stderr was:\n${r.stderr}`);
      }
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });
});
