#!/usr/bin/env node
// Sign-up storm benchmark: GET /me latency while 16 clients sign up as fast as
// they can, each from its own loopback address (127.0.9.x), for the server
// configurations given with --config (repeatable), interleaved --runs times.
//
//   node bench/auth/run.mjs --config main=/work/main/build/pln \
//        --config pool=build/pln:--signups-per-hour,0 --config default=build/pln
//
// A config is NAME=BINARY[:FLAG,FLAG,...] (flags are passed to `pln serve`).
// Each run starts a fresh server (SQLite, temporary data dir), signs up one
// probe member, then for --duration seconds runs the 16 sign-up loops (each on
// its own keep-alive connection, not honouring Retry-After) and one
// probe loop sending GET /api/v1/me one request at a time on a keep-alive
// connection. Prints per config the median over runs of the probe's p50, p99
// and max, and the sign-up answers by status. Loopback only; asserts nothing.
import http from 'node:http';
import os from 'node:os';

import { median, parseConfig, percentile, request, sleep, startServer, stopServer } from '../lib/server.mjs';

const args = process.argv.slice(2);
const configs = [];
let runs = 3;
let durationS = 10;
let signers = 16;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--config') {
    configs.push(parseConfig(args[++i]));
  } else if (a === '--runs') runs = Number(args[++i]);
  else if (a === '--duration') durationS = Number(args[++i]);
  else if (a === '--signers') signers = Number(args[++i]);
  else {
    console.error(`usage: run.mjs --config NAME=BINARY[:FLAGS] ... [--runs 3] [--duration 10] [--signers 16]`);
    process.exit(2);
  }
}
if (configs.length === 0) {
  console.error('run.mjs: give at least one --config NAME=BINARY[:FLAGS]');
  process.exit(2);
}

const PASSWORD = 'correct horse battery staple';

async function runOnce(config, runIndex) {
  const s = await startServer(config);
  try {
    const email = `probe.${runIndex}@bench.test`;
    const signup = await request(s.port, { method: 'POST', path: '/api/v1/auth/signup', body: { email, password: PASSWORD, name: 'Probe' } });
    if (signup.status !== 201) throw new Error(`${config.name}: probe sign-up answered ${signup.status}: ${signup.text}`);
    const token = JSON.parse(
      (await request(s.port, { method: 'POST', path: '/api/v1/auth/tokens', body: { email, password: PASSWORD, name: 'probe' } })).text,
    ).token;
    const deadline = Date.now() + durationS * 1000;
    const statuses = {};
    let n = 0;
    // Each storm client keeps its connection alive, as a script would.
    const signLoop = async (i) => {
      const stormAgent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: `127.0.9.${i + 1}` });
      while (Date.now() < deadline) {
        const body = { email: `storm.${runIndex}.${i}.${n++}@bench.test`, password: PASSWORD, name: 'Storm' };
        const r = await request(s.port, { method: 'POST', path: '/api/v1/auth/signup', body, agent: stormAgent });
        statuses[r.status] = (statuses[r.status] || 0) + 1;
      }
      stormAgent.destroy();
    };
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const latencies = [];
    const probeLoop = async () => {
      await sleep(500); // let the storm fill the server first
      while (Date.now() < deadline) {
        const t0 = process.hrtime.bigint();
        const r = await request(s.port, { path: '/api/v1/me', headers: { Authorization: `Bearer ${token}` }, agent });
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (r.status !== 200) throw new Error(`${config.name}: GET /me answered ${r.status}: ${r.text}`);
      }
    };
    await Promise.all([...Array.from({ length: signers }, (_, i) => signLoop(i)), probeLoop()]);
    agent.destroy();
    latencies.sort((a, b) => a - b);
    return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies.at(-1), probes: latencies.length, statuses };
  } finally {
    await stopServer(s);
  }
}

const results = new Map(configs.map((c) => [c.name, []]));
for (let run = 0; run < runs; run++) {
  for (const config of configs) {
    const r = await runOnce(config, run);
    results.get(config.name).push(r);
    console.error(`run ${run + 1} ${config.name}: GET /me p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms, max ${r.max.toFixed(1)} ms (${r.probes} probes); sign-ups ${JSON.stringify(r.statuses)}`);
  }
}

console.log(`\n${signers} clients signing up for ${durationS} s, GET /me one at a time; medians of ${runs} runs on ${os.cpus().length} CPUs\n`);
console.log('| config | GET /me p50 ms | p99 ms | max ms | sign-ups per run (by status) |');
console.log('|---|---:|---:|---:|---|');
for (const config of configs) {
  const rs = results.get(config.name);
  const total = {};
  for (const r of rs) for (const [k, v] of Object.entries(r.statuses)) total[k] = (total[k] || 0) + v / rs.length;
  const counts = Object.entries(total)
    .map(([k, v]) => `${k}: ${Math.round(v)}`)
    .join(', ');
  console.log(
    `| ${config.name} | ${median(rs.map((r) => r.p50)).toFixed(2)} | ${median(rs.map((r) => r.p99)).toFixed(2)} | ${median(rs.map((r) => r.max)).toFixed(1)} | ${counts} |`,
  );
}
