// Integration-test harness for pln: starts the real `pln` binary on a free
// loopback port with a fresh data directory (SQLite) or a fresh PostgreSQL
// database, and gives tests a small HTTP client that knows about the session
// cookie, the CSRF header and bearer tokens.
//
// Environment:
//   PLN_BIN          path of the binary (default <repo>/build/pln)
//   PLN_TEST_DB      "sqlite" (default) or "postgres"
//   PLN_TEST_PG_URL  admin URL of a throwaway PostgreSQL cluster, e.g.
//                    postgresql://postgres@127.0.0.1:5433/postgres
//
// Every non-2xx response that goes through Client.request is checked to have
// the documented error shape {"error":{"code","message","details"}}, and every
// response from the API (Client.request and rawRequest) is checked against
// src/http/openapi.json: its operation, status and body schema (Ajv, from
// tools/api, which scripts/install-deps.sh installs).

import assert from 'node:assert/strict';
import { spawn, execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { ResponseContract } from '../../../tools/api/responses.mjs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const PLN_BIN = process.env.PLN_BIN || path.join(REPO, 'build/pln');
export const DB_KIND = (process.env.PLN_TEST_DB || 'sqlite').toLowerCase();
export const PG_ADMIN_URL = process.env.PLN_TEST_PG_URL || '';

if (DB_KIND !== 'sqlite' && DB_KIND !== 'postgres') {
  throw new Error(`PLN_TEST_DB must be "sqlite" or "postgres", got "${DB_KIND}"`);
}

export const STARTUP_TIMEOUT_MS = 20_000;
export const SHUTDOWN_TIMEOUT_MS = 10_000;
export const DEFAULT_PASSWORD = 'correct horse battery staple';

// ---------------------------------------------------------------------------
// Small utilities

export function randomTag(n = 8) {
  // lower-case letters only, so it survives any normalisation and is one "word"
  const alphabet = 'abcdefghijklmnopqrstuvwxyz';
  const bytes = crypto.randomBytes(n);
  let s = '';
  for (const b of bytes) s += alphabet[b % alphabet.length];
  return s;
}

let emailCounter = 0;
export function uniqueEmail(prefix = 'user') {
  emailCounter += 1;
  return `${prefix}.${emailCounter}.${randomTag(6)}@example.test`;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------
// PostgreSQL: one fresh database per test file (or per call)

function pgUrlWithDb(adminUrl, dbName) {
  const u = new URL(adminUrl);
  u.pathname = '/' + dbName;
  return u.toString();
}

export function createPgDatabase() {
  if (!PG_ADMIN_URL) {
    throw new Error('PLN_TEST_DB=postgres needs PLN_TEST_PG_URL (e.g. postgresql://postgres@127.0.0.1:5433/postgres)');
  }
  const name = `pln_it_${randomTag(12)}`;
  execFileSync('psql', [PG_ADMIN_URL, '-v', 'ON_ERROR_STOP=1', '-q', '-c', `CREATE DATABASE ${name}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return {
    name,
    url: pgUrlWithDb(PG_ADMIN_URL, name),
    drop() {
      try {
        execFileSync('psql', [PG_ADMIN_URL, '-q', '-c', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      } catch {
        // best effort: the cluster is throwaway
      }
    },
  };
}

/**
 * A fresh data dir (and, under PLN_TEST_DB=postgres, a fresh database) for tests that run pln
 * commands on it and then start a server: registers before/after hooks and returns a handle
 * whose `target` holds the --data/--database flags and `server` may be set by the test (it is
 * stopped gracefully, and must exit 0, before the data is removed).
 */
export function useTempDatabase(prefix) {
  const h = { dataDir: null, pg: null, target: [], server: null };
  before(async () => {
    h.dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), prefix));
    h.target = ['--data', h.dataDir];
    if (DB_KIND === 'postgres') {
      h.pg = createPgDatabase();
      h.target.push('--database', h.pg.url);
    }
  });
  after(async () => {
    try {
      if (h.server) {
        const info = await h.server.stop();
        assert.equal(info.code, 0, `graceful stop: ${JSON.stringify(info)}`);
      }
    } finally {
      if (h.server) await h.server.cleanup();
      if (h.pg) h.pg.drop();
      await fsp.rm(h.dataDir, { recursive: true, force: true });
    }
  });
  return h;
}

/** Runs SQL against a test database and returns psql's unaligned, tuples-only output. */
export function pgQuery(url, sql) {
  return execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-At', '-c', sql], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

// ---------------------------------------------------------------------------
// The server process

export class PlnServer {
  /**
   * Starts `pln serve`. Options:
   *   db: "sqlite" | "postgres" (default from PLN_TEST_DB)
   *   dataDir: reuse a data directory (for restarts); default a fresh temp dir
   *   databaseUrl: reuse a PostgreSQL database (for restarts)
   *   maxOpenFiles: run under `ulimit -n <n>` (the process keeps its pid: sh execs pln)
   */
  static async start({ db = DB_KIND, dataDir, databaseUrl, extraArgs = [], maxOpenFiles } = {}) {
    assert.ok(
      fs.existsSync(PLN_BIN),
      `pln binary not found at ${PLN_BIN}; build it (cmake --build build) or set PLN_BIN`,
    );
    const s = new PlnServer();
    s.db = db;
    s.maxOpenFiles = maxOpenFiles;
    s.ownsDataDir = !dataDir;
    s.dataDir = dataDir || (await fsp.mkdtemp(path.join(os.tmpdir(), 'pln-it-')));
    s.pg = null;
    if (db === 'postgres') {
      if (databaseUrl) {
        s.databaseUrl = databaseUrl;
      } else {
        s.pg = createPgDatabase();
        s.databaseUrl = s.pg.url;
      }
    }
    await s.#spawn(extraArgs);
    return s;
  }

  async #spawn(extraArgs) {
    this.port = await freePort();
    this.baseUrl = `http://127.0.0.1:${this.port}`;
    const args = ['serve', '--data', this.dataDir, '--listen', `127.0.0.1:${this.port}`];
    if (this.databaseUrl) args.push('--database', this.databaseUrl);
    args.push(...extraArgs);
    this.args = args;
    this.output = '';
    this.exited = false;
    this.exitInfo = null;
    // Tests sign up and log in far more often from one address than people do:
    // the per-client limits are off unless the environment or a test's flags
    // set them (tests/integration/auth_hardening.test.mjs does).
    const env = { PLN_SIGNUPS_PER_HOUR: '0', PLN_LOGINS_PER_MINUTE: '0', ...process.env };
    const options = { stdio: ['ignore', 'pipe', 'pipe'], env };
    const proc = this.maxOpenFiles
      ? spawn('sh', ['-c', `ulimit -n ${Number(this.maxOpenFiles)} && exec "$0" "$@"`, PLN_BIN, ...args], options)
      : spawn(PLN_BIN, args, options);
    this.proc = proc;
    const keep = (chunk) => {
      this.output += chunk.toString();
      if (this.output.length > 200_000) this.output = this.output.slice(-100_000);
    };
    proc.stdout.on('data', keep);
    proc.stderr.on('data', keep);
    this.exitPromise = new Promise((resolve) => {
      proc.on('exit', (code, signal) => {
        this.exited = true;
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
      });
      proc.on('error', (err) => {
        this.exited = true;
        this.exitInfo = { code: null, signal: null, error: err };
        resolve(this.exitInfo);
      });
    });
    await this.waitHealthy();
  }

  async waitHealthy(timeoutMs = STARTUP_TIMEOUT_MS) {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer';
    while (Date.now() < deadline) {
      if (this.exited) {
        throw new Error(
          `pln exited during startup (${JSON.stringify(this.exitInfo)}); args: ${this.args.join(' ')}\n--- output ---\n${this.output}`,
        );
      }
      try {
        const res = await fetch(`${this.baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
        const text = await res.text();
        if (res.status === 200) return;
        last = `status ${res.status}: ${text.slice(0, 200)}`;
      } catch (e) {
        last = String(e.cause?.code || e.message);
      }
      await sleep(50);
    }
    const out = this.output;
    this.proc.kill('SIGKILL');
    throw new Error(
      `pln did not answer GET /healthz with 200 within ${timeoutMs} ms (last: ${last}); args: ${this.args.join(' ')}\n--- output ---\n${out}`,
    );
  }

  /** Graceful stop: SIGTERM, and the process must exit (status 0) within 10 s. */
  async stop() {
    if (this.exited) return this.exitInfo;
    const t0 = Date.now();
    this.proc.kill('SIGTERM');
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), SHUTDOWN_TIMEOUT_MS);
    });
    const r = await Promise.race([this.exitPromise, timeout]);
    clearTimeout(timer);
    if (r === 'timeout') {
      this.proc.kill('SIGKILL');
      await this.exitPromise;
      throw new Error(`pln did not exit within ${SHUTDOWN_TIMEOUT_MS} ms of SIGTERM\n--- output ---\n${this.output.slice(-4000)}`);
    }
    return { ...r, ms: Date.now() - t0 };
  }

  /** Abrupt stop: kill -9. */
  async kill9() {
    if (this.exited) return this.exitInfo;
    this.proc.kill('SIGKILL');
    return this.exitPromise;
  }

  /** Starts the binary again on the same data directory / database. */
  async restart(extraArgs = []) {
    assert.ok(this.exited, 'restart() needs the previous process to have exited');
    await this.#spawn(extraArgs);
  }

  async cleanup() {
    if (!this.exited) await this.kill9();
    if (this.pg) this.pg.drop();
    if (this.ownsDataDir) await fsp.rm(this.dataDir, { recursive: true, force: true });
  }

  anon() {
    return new Client(this.baseUrl);
  }
}

/**
 * Registers before/after hooks in the current describe() that start a server
 * and stop it gracefully (the stop is asserted). Returns a context object whose
 * `server` and `url` are set once the before hook ran.
 */
export function useServer(opts = {}) {
  const ctx = { server: null, url: null };
  before(async () => {
    ctx.server = await PlnServer.start(opts);
    ctx.url = ctx.server.baseUrl;
  });
  after(async () => {
    const s = ctx.server;
    if (!s) return;
    try {
      const info = await s.stop();
      assert.equal(
        info.code,
        0,
        `pln should exit with status 0 after SIGTERM, got ${JSON.stringify(info)}\n--- output ---\n${s.output.slice(-4000)}`,
      );
    } finally {
      await s.cleanup();
    }
  });
  return ctx;
}

// ---------------------------------------------------------------------------
// The API contract: every answer must be one openapi.json documents

const contract = new ResponseContract();

/**
 * Fails (an assertion error naming the operation, status, JSON pointer and schema message)
 * unless the response is documented in openapi.json and its body matches the schema.
 * Requests outside /api/, /healthz and /metrics (the web app's files) are not part of it.
 */
export function assertMatchesContract(method, url, status, headers, body, text) {
  const pathname = new URL(url).pathname;
  if (!(pathname.startsWith('/api/') || pathname === '/healthz' || pathname === '/metrics')) return;
  const contentType = (typeof headers.get === 'function' ? headers.get('content-type') : headers['content-type']) || '';
  const problems = contract.check({ method, path: pathname, status, contentType, body, text });
  if (problems.length > 0) {
    assert.fail(`response does not match openapi.json:\n  ${problems.join('\n  ')}\nbody: ${text.slice(0, 500)}`);
  }
}

// ---------------------------------------------------------------------------
// HTTP client

/** Asserts the documented error shape on a parsed body. */
export function assertErrorShape(body, where = '') {
  const ctx = where ? ` (${where})` : '';
  assert.ok(body && typeof body === 'object' && !Array.isArray(body), `error body must be a JSON object${ctx}: ${JSON.stringify(body)}`);
  const e = body.error;
  assert.ok(e && typeof e === 'object', `error body needs an "error" object${ctx}: ${JSON.stringify(body)}`);
  assert.equal(typeof e.code, 'string', `error.code must be a string${ctx}: ${JSON.stringify(body)}`);
  assert.ok(e.code.length > 0, `error.code must not be empty${ctx}`);
  assert.equal(typeof e.message, 'string', `error.message must be a string${ctx}: ${JSON.stringify(body)}`);
  assert.ok(Array.isArray(e.details), `error.details must be an array${ctx}: ${JSON.stringify(body)}`);
  for (const d of e.details) {
    assert.equal(typeof d.field, 'string', `details[].field must be a string${ctx}: ${JSON.stringify(body)}`);
    assert.equal(typeof d.message, 'string', `details[].message must be a string${ctx}: ${JSON.stringify(body)}`);
  }
}

function apiPath(p) {
  if (p.startsWith('http://') || p.startsWith('https://')) return p;
  if (p.startsWith('/api/') || p === '/api' || p.startsWith('/healthz') || p.startsWith('/metrics')) return p;
  return '/api/v1' + p;
}

export class Client {
  constructor(baseUrl, { bearer = null } = {}) {
    this.baseUrl = baseUrl;
    this.cookies = new Map();
    this.csrf = null;
    this.bearer = bearer;
    this.me = null;
  }

  get id() {
    return this.me?.id;
  }

  /** A copy with the same cookie/csrf/bearer (so the copy keeps them even if this one logs out). */
  clone() {
    const c = new Client(this.baseUrl, { bearer: this.bearer });
    c.cookies = new Map(this.cookies);
    c.csrf = this.csrf;
    c.me = this.me;
    c.email = this.email;
    c.password = this.password;
    return c;
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  storeCookies(res) {
    const list = typeof res.headers.getSetCookie === 'function' ? res.headers.getSetCookie() : [];
    for (const sc of list) {
      const [pair, ...attrs] = sc.split(';');
      const eq = pair.indexOf('=');
      if (eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const lower = attrs.map((a) => a.trim().toLowerCase());
      const maxAge = lower.find((a) => a.startsWith('max-age='));
      const expires = lower.find((a) => a.startsWith('expires='));
      let removed = value === '';
      if (maxAge && Number(maxAge.slice(8)) <= 0) removed = true;
      if (expires && Date.parse(expires.slice(8)) < Date.now()) removed = true;
      if (removed) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /**
   * Sends a request. `body`: undefined (none), a Buffer/string (sent raw), or a
   * value (JSON-encoded). Options: headers, csrf (default true: send the token
   * if we have one), contentType (default application/json when there is a
   * body), checkErrorShape (default true).
   * Returns {status, headers, text, body (parsed JSON or undefined), ok}.
   */
  async request(method, p, body, opts = {}) {
    const { headers = {}, csrf = true, contentType, checkErrorShape = true, cookies = true, timeoutMs = 30_000 } = opts;
    const h = { ...headers };
    let payload;
    if (body !== undefined) {
      if (Buffer.isBuffer(body) || typeof body === 'string' || body instanceof Uint8Array) payload = body;
      else payload = JSON.stringify(body);
      if (contentType !== null && !Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) {
        h['Content-Type'] = contentType || 'application/json';
      }
    }
    if (cookies && this.cookies.size > 0) h['Cookie'] = this.cookieHeader();
    if (csrf && this.csrf && !Object.keys(h).some((k) => k.toLowerCase() === 'x-csrf-token')) h['X-CSRF-Token'] = this.csrf;
    if (this.bearer && !Object.keys(h).some((k) => k.toLowerCase() === 'authorization')) h['Authorization'] = `Bearer ${this.bearer}`;
    const url = this.baseUrl + apiPath(p);
    let res;
    try {
      res = await fetch(url, { method, headers: h, body: payload, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
      const err = new Error(`${method} ${p}: request failed: ${e.cause?.code || ''} ${e.cause?.message || e.message}`);
      err.cause = e;
      throw err;
    }
    this.storeCookies(res);
    const text = await res.text();
    let parsed;
    const ct = res.headers.get('content-type') || '';
    if (text.length > 0 && (ct.includes('json') || /^[\s]*[{[]/.test(text))) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    const out = { status: res.status, headers: res.headers, text, body: parsed, ok: res.status >= 200 && res.status < 300 };
    assertMatchesContract(method, url, res.status, res.headers, parsed, text);
    if (checkErrorShape && res.status >= 400) {
      assert.ok(parsed !== undefined, `${method} ${p} → ${res.status}: error body is not JSON: ${text.slice(0, 300)}`);
      assertErrorShape(parsed, `${method} ${p} → ${res.status}`);
      assert.match(ct, /application\/json/, `${method} ${p} → ${res.status}: error Content-Type should be application/json, got "${ct}"`);
    }
    return out;
  }

  get(p, opts) {
    return this.request('GET', p, undefined, opts);
  }
  post(p, body, opts) {
    return this.request('POST', p, body, opts);
  }
  patch(p, body, opts) {
    return this.request('PATCH', p, body, opts);
  }
  put(p, body, opts) {
    return this.request('PUT', p, body, opts);
  }
  del(p, body, opts) {
    return this.request('DELETE', p, body, opts);
  }

  // ---- convenience calls that assert success -------------------------------

  async getMe() {
    const r = await this.get('/me');
    expectStatus(r, 200, 'GET /me');
    this.me = r.body;
    return r.body;
  }

  async patchProfile(patch) {
    const r = await this.patch('/me/profile', patch);
    expectStatus(r, 200, `PATCH /me/profile ${JSON.stringify(patch).slice(0, 200)}`);
    this.me = r.body;
    return r.body;
  }

  /** Walks every page of a paginated GET and returns all items. */
  async getAll(p, { limit = 100, maxPages = 1000 } = {}) {
    const items = [];
    let cursor = null;
    for (let i = 0; i < maxPages; i++) {
      const sep = p.includes('?') ? '&' : '?';
      const url = `${p}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const r = await this.get(url);
      expectStatus(r, 200, `GET ${url}`);
      assert.ok(Array.isArray(r.body.items), `GET ${url}: items must be an array`);
      items.push(...r.body.items);
      if (r.body.next_cursor === null || r.body.next_cursor === undefined) return items;
      cursor = r.body.next_cursor;
    }
    throw new Error(`GET ${p}: more than ${maxPages} pages`);
  }
}

/** Asserts a status with a helpful message that shows the body. */
export function expectStatus(res, status, what = '') {
  const allowed = Array.isArray(status) ? status : [status];
  assert.ok(
    allowed.includes(res.status),
    `${what}: expected status ${allowed.join(' or ')}, got ${res.status}: ${res.text.slice(0, 500)}`,
  );
}

/** Asserts an error status and code (code may be a list of acceptable codes). */
export function expectError(res, status, code, what = '') {
  expectStatus(res, status, what);
  if (code) {
    const codes = Array.isArray(code) ? code : [code];
    assert.ok(codes.includes(res.body.error.code), `${what}: expected error code ${codes.join(' or ')}, got "${res.body.error.code}": ${res.text.slice(0, 300)}`);
  }
  return res.body.error;
}

/** Fields named in a 422's details. */
export function detailFields(res) {
  return (res.body?.error?.details || []).map((d) => d.field);
}

// ---------------------------------------------------------------------------
// Accounts

export async function signup(baseUrl, { email = uniqueEmail(), password = DEFAULT_PASSWORD, name = `Member ${randomTag(5)}` } = {}) {
  const c = new Client(baseUrl);
  const r = await c.post('/auth/signup', { email, password, name });
  expectStatus(r, 201, `POST /auth/signup ${email}`);
  assert.equal(typeof r.body.csrf_token, 'string', 'signup response must carry csrf_token');
  c.csrf = r.body.csrf_token;
  c.me = r.body;
  c.email = email;
  c.password = password;
  c.signupResponse = r;
  return c;
}

/**
 * Signs up several members concurrently, in batches of 3: hashing is costly, and with
 * the default 4 HTTP threads at most 3 password hashes may wait at once (more get 503).
 */
export async function signupMany(baseUrl, n, prefix = 'member', batch = 3) {
  const out = [];
  for (let i = 0; i < n; i += batch) {
    const chunk = [];
    for (let j = i; j < Math.min(n, i + batch); j++) {
      chunk.push(signup(baseUrl, { email: uniqueEmail(prefix), name: `${prefix} ${j}` }));
    }
    out.push(...(await Promise.all(chunk)));
  }
  return out;
}

/** Changes an account's role with `pln user set-role` on the server's database. */
export async function setRole(server, email, role) {
  await runPln(server, ['user', 'set-role', '--email', email, '--role', role]);
}

/**
 * Runs one SQL statement on the server's own database (psql for PostgreSQL, the sqlite3 shell
 * for SQLite), e.g. to move stored times back so a sweep finds something due.
 */
export function runSql(server, sql) {
  if (server.databaseUrl) return pgQuery(server.databaseUrl, sql);
  return execFileSync('sqlite3', ['-cmd', '.timeout 5000', path.join(server.dataDir, 'pln.db'), sql], {
    encoding: 'utf8',
  }).trim();
}

/** Runs a pln command on the server's database (--data, and --database under PostgreSQL). */
export async function runPln(server, args) {
  const full = [...args, '--data', server.dataDir];
  if (server.databaseUrl) full.push('--database', server.databaseUrl);
  return (await promisify(execFile)(PLN_BIN, full)).stdout;
}

/**
 * Runs `pln sweep` (the server's deadline and expiry sweeps, once) and resolves when it has
 * finished: a check of what a sweep did not send is only meaningful after one has run.
 */
export async function sweep(server) {
  const out = await runPln(server, ['sweep']);
  assert.match(out, /^Swept: /, out);
  return out;
}

export async function login(baseUrl, email, password = DEFAULT_PASSWORD) {
  const c = new Client(baseUrl);
  const r = await c.post('/auth/login', { email, password });
  expectStatus(r, 200, `POST /auth/login ${email}`);
  c.csrf = r.body.csrf_token;
  c.me = r.body;
  c.email = email;
  c.password = password;
  return c;
}

/** A client authenticated with a bearer token from POST /auth/tokens. */
export async function tokenClient(baseUrl, email, password = DEFAULT_PASSWORD, name = 'integration test') {
  const anon = new Client(baseUrl);
  const r = await anon.post('/auth/tokens', { email, password, name });
  expectStatus(r, 201, 'POST /auth/tokens');
  assert.equal(typeof r.body.token, 'string');
  const c = new Client(baseUrl, { bearer: r.body.token });
  c.tokenInfo = r.body;
  c.email = email;
  c.password = password;
  return c;
}

// ---------------------------------------------------------------------------
// Raw HTTP with a chosen local (source) address: the server tells clients
// apart by IP, and 127.0.0.0/8 lets us be several clients at once.

export function rawRequest(baseUrl, { method = 'GET', path: p, headers = {}, body, localAddress } = {}) {
  return new Promise((resolve, reject) => {
    const u = new URL(baseUrl + apiPath(p));
    const h = { ...headers };
    let payload;
    if (body !== undefined) {
      payload = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
      h['Content-Length'] = String(payload.length);
      if (!Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) h['Content-Type'] = 'application/json';
    }
    const req = http.request(
      { host: u.hostname, port: u.port, path: u.pathname + u.search, method, headers: h, localAddress, agent: false },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            parsed = undefined;
          }
          try {
            assertMatchesContract(method, u.href, res.statusCode, res.headers, parsed, text);
          } catch (e) {
            reject(e);
            return;
          }
          resolve({ status: res.statusCode, headers: res.headers, text, body: parsed });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    if (payload) req.write(payload);
    req.end();
  });
}
