#!/usr/bin/env node
// Write-path benchmark: how fast pln acknowledges writes over HTTP, for the
// server configurations given with --config (repeatable), interleaved --runs
// times so the machine's noise hits each.
//
//   node bench/writes/run.mjs --config before=/work/bin/pln-before --config after=build/pln
//
// A config is NAME=BINARY[:FLAG,FLAG,...] (flags are passed to `pln serve`).
// Each run starts a fresh server (SQLite, temporary data dir, synchronous=FULL
// as shipped; passwords hashed at "min" strength so setting up is quick), signs
// up --clients members, then for --duration seconds each client loops, on its
// own keep-alive connection, over two write pairs against the next member:
//   follow + unfollow            (events the network engine applies)
//   connection request + withdraw (also a notification to the other member)
// one request at a time. Prints per config and write the median over runs of
// p50 and p99 latency, and the total writes per second. Loopback only;
// asserts nothing; exits non-zero only when a write is refused.
import http from 'node:http';
import os from 'node:os';

import { median, parseConfig, percentile, request, startServer, stopServer } from '../lib/server.mjs';

const usage = 'usage: run.mjs --config NAME=BINARY[:FLAGS] ... [--runs 3] [--duration 10] [--clients 8]';
const args = process.argv.slice(2);
const configs = [];
let runs = 3;
let durationS = 10;
let clients = 8;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--config') configs.push(parseConfig(args[++i]));
  else if (a === '--runs') runs = Number(args[++i]);
  else if (a === '--duration') durationS = Number(args[++i]);
  else if (a === '--clients') clients = Number(args[++i]);
  else if (a === '--help' || a === '-h') {
    console.log(usage);
    process.exit(0);
  } else {
    console.error(usage);
    process.exit(2);
  }
}
if (configs.length === 0 || !(clients >= 3) || !(runs >= 1) || !(durationS > 0)) {
  console.error(`${usage}\n(at least one --config; --clients >= 3: each asks the next, so no two requests cross)`);
  process.exit(2);
}

const PASSWORD = 'correct horse battery staple';
const WRITES = ['follow', 'unfollow', 'request', 'withdraw'];

async function member(port, i, runIndex) {
  const email = `writer.${runIndex}.${i}@bench.test`;
  const up = await request(port, { method: 'POST', path: '/api/v1/auth/signup', body: { email, password: PASSWORD, name: `Writer ${i}` } });
  if (up.status !== 201) throw new Error(`sign-up answered ${up.status}: ${up.text}`);
  const tok = await request(port, { method: 'POST', path: '/api/v1/auth/tokens', body: { email, password: PASSWORD, name: 'bench' } });
  if (tok.status !== 201) throw new Error(`token answered ${tok.status}: ${tok.text}`);
  const token = JSON.parse(tok.text).token;
  const me = await request(port, { path: '/api/v1/me', headers: { Authorization: `Bearer ${token}` } });
  return { id: JSON.parse(me.text).id, token };
}

async function runOnce(config, runIndex) {
  const s = await startServer(config, { PLN_PASSWORD_STRENGTH: 'min' });
  try {
    const people = [];
    for (let i = 0; i < clients; i++) people.push(await member(s.port, i, runIndex));
    const latencies = Object.fromEntries(WRITES.map((w) => [w, []]));
    const deadline = Date.now() + durationS * 1000;
    const loop = async (i) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const auth = { Authorization: `Bearer ${people[i].token}` };
      const other = people[(i + 1) % people.length].id;
      const timed = async (name, req, ok) => {
        const t0 = process.hrtime.bigint();
        const r = await request(s.port, { ...req, headers: auth, agent });
        latencies[name].push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (!ok.includes(r.status)) throw new Error(`${config.name}: ${name} answered ${r.status}: ${r.text}`);
        return r;
      };
      while (Date.now() < deadline) {
        await timed('follow', { method: 'POST', path: '/api/v1/follows', body: { member: other } }, [200, 201]);
        await timed('unfollow', { method: 'DELETE', path: `/api/v1/follows/${other}` }, [204]);
        const sent = await timed('request', { method: 'POST', path: '/api/v1/connections/requests', body: { to: other } }, [201]);
        const id = JSON.parse(sent.text).id;
        await timed('withdraw', { method: 'POST', path: `/api/v1/connections/requests/${id}/withdraw` }, [200]);
      }
      agent.destroy();
    };
    await Promise.all(people.map((_, i) => loop(i)));
    const out = { total: 0 };
    for (const w of WRITES) {
      const xs = latencies[w].sort((a, b) => a - b);
      out[w] = { p50: percentile(xs, 50), p99: percentile(xs, 99), n: xs.length };
      out.total += xs.length;
    }
    out.perSecond = out.total / durationS;
    return out;
  } finally {
    await stopServer(s);
  }
}

const results = new Map(configs.map((c) => [c.name, []]));
for (let run = 0; run < runs; run++) {
  for (const config of configs) {
    const r = await runOnce(config, run);
    results.get(config.name).push(r);
    console.error(`run ${run + 1} ${config.name}: ${r.perSecond.toFixed(0)} writes/s; ` +
      WRITES.map((w) => `${w} p50 ${r[w].p50.toFixed(2)} p99 ${r[w].p99.toFixed(2)} ms`).join(', '));
  }
}

console.log(`\n${clients} clients writing one request at a time for ${durationS} s; medians of ${runs} runs on ${os.cpus().length} CPUs\n`);
console.log(`| config | writes/s | ${WRITES.map((w) => `${w} p50 / p99 ms`).join(' | ')} |`);
console.log(`|---|---:|${WRITES.map(() => '---:').join('|')}|`);
for (const config of configs) {
  const rs = results.get(config.name);
  const cell = (w) => `${median(rs.map((r) => r[w].p50)).toFixed(2)} / ${median(rs.map((r) => r[w].p99)).toFixed(2)}`;
  console.log(`| ${config.name} | ${median(rs.map((r) => r.perSecond)).toFixed(0)} | ${WRITES.map(cell).join(' | ')} |`);
}
