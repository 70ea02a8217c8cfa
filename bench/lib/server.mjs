// What the Node benchmarks share: a free loopback port, one HTTP request, a
// fresh `pln serve` on a temporary SQLite data dir, and percentiles.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function request(port, { method = 'GET', path: p, body, headers = {}, agent = false, localAddress }) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const h = { ...headers };
    if (payload) {
      h['Content-Type'] = 'application/json';
      h['Content-Length'] = String(payload.length);
    }
    const req = http.request({ host: '127.0.0.1', port, path: p, method, headers: h, agent, localAddress }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    if (payload) req.write(payload);
    req.end();
  });
}

// config: {name, bin, flags[]}; env: extra environment for the server.
export async function startServer(config, env = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pln-bench-'));
  const port = await freePort();
  const proc = spawn(config.bin, ['serve', '--data', dir, '--listen', `127.0.0.1:${port}`, '--log-level', 'warn', ...config.flags], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
  });
  let err = '';
  proc.stderr.on('data', (c) => (err += c));
  for (let i = 0; i < 200; i++) {
    if (proc.exitCode !== null) throw new Error(`${config.name}: pln exited: ${err}`);
    try {
      if ((await request(port, { path: '/healthz' })).status === 200) return { proc, port, dir };
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  proc.kill('SIGKILL');
  throw new Error(`${config.name}: pln did not become healthy: ${err}`);
}

export async function stopServer(s) {
  s.proc.kill('SIGTERM');
  await new Promise((r) => s.proc.once('exit', r));
  fs.rmSync(s.dir, { recursive: true, force: true });
}

// NAME=BINARY[:FLAG,FLAG,...] → {name, bin, flags}
export function parseConfig(text) {
  const [name, rest] = text.split(/=(.*)/s);
  const [bin, flags = ''] = rest.split(/:(.*)/s);
  return { name, bin, flags: flags ? flags.split(',') : [] };
}

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
