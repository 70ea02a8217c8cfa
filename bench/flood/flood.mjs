// Connection flood against `pln serve` under `ulimit -n 1024`: 1,100 connections
// that send nothing, held 10 s, then closed. Prints the server's RSS, open
// descriptors, CPU time and log growth while they hold, and whether /healthz
// answers after. Compare builds side by side:
//   node bench/flood/flood.mjs build/pln /path/to/other/pln
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function freePort() {
  const srv = net.createServer();
  await new Promise((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

async function flood(bin, { files = 1024, clients = 1100, holdMs = 10_000 } = {}) {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pln-flood-'));
  const args = ['serve', '--data', dir, '--listen', `127.0.0.1:${port}`];
  const p = spawn('sh', ['-c', `ulimit -n ${files} && exec "$0" "$@"`, bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let logBytes = 0;
  p.stdout.on('data', (c) => (logBytes += c.length));
  p.stderr.on('data', (c) => (logBytes += c.length));
  const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p.pid}/status`, 'utf8'))[1]) / 1024;
  const cpu = () => {
    const stat = fs.readFileSync(`/proc/${p.pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  };
  const fds = () => fs.readdirSync(`/proc/${p.pid}/fd`).length;
  const health = async () => {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      return r.status;
    } catch (e) {
      return 'no answer';
    }
  };
  for (let i = 0; i < 100 && (await health()) !== 200; i++) await sleep(100);
  console.log(`${bin}\n  start:   RSS ${rssMb().toFixed(1)} MB, ${fds()} descriptors`);
  const sockets = [];
  for (let i = 0; i < clients; i++) {
    const s = net.connect({ host: '127.0.0.1', port });
    s.on('error', () => {});
    sockets.push(s);
  }
  await sleep(1000);
  const cpu0 = cpu();
  const log0 = logBytes;
  await sleep(holdMs);
  console.log(`  holding ${clients}: ${(cpu() - cpu0).toFixed(2)} s CPU and ${logBytes - log0} bytes of log in ${holdMs / 1000} s, RSS ${rssMb().toFixed(1)} MB, ${fds()} descriptors`);
  for (const s of sockets) s.destroy();
  await sleep(3000);
  console.log(`  after:   /healthz ${await health()}, RSS ${rssMb().toFixed(1)} MB, ${fds()} descriptors`);
  p.kill('SIGTERM');
  await new Promise((r) => p.once('exit', r));
  fs.rmSync(dir, { recursive: true, force: true });
}

for (const bin of process.argv.slice(2)) await flood(bin);
