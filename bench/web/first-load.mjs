#!/usr/bin/env node
// First-page load of the web app in Chromium, cold cache, against a local pln server, and the
// JavaScript it needed (gzipped sizes computed from the served files). Compares web roots side
// by side: each is served in turn by the same binary on the same data, runs interleaved.
//
//   node bench/web/first-load.mjs --pln build/pln --web old=/tmp/dist-before --web new=web/dist \
//        [--runs 7] [--path /login]
//
// Prints per web root: median time to the page's <h1> (from navigation start), median
// DOMContentLoaded and load, the JS files requested and their gzipped total. Needs Debian's
// chromium and tests/e2e's node_modules (playwright-core).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(resolve('tests/e2e/package.json'));
const { chromium } = require('playwright-core');

const args = process.argv.slice(2);
const webs = [];
let pln = 'build/pln';
let runs = 7;
let path = '/login';
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--web') {
    const [name, dir] = args[++i].split('=');
    webs.push({ name, dir: resolve(dir) });
  } else if (args[i] === '--pln') pln = resolve(args[++i]);
  else if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--path') path = args[++i];
}
if (webs.length === 0) webs.push({ name: 'web/dist', dir: resolve('web/dist') });

const data = mkdtempSync(join(tmpdir(), 'pln-first-load-'));
execFileSync(pln, ['demo', '--data', data, '--members', '50'], { stdio: 'ignore' });
const port = 18000 + Math.floor(Math.random() * 900);
const base = `http://127.0.0.1:${port}`;

async function serve(dir) {
  const proc = spawn(pln, ['serve', '--data', data, '--listen', `127.0.0.1:${port}`, '--web-root', dir, '--log-level', 'warn'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return proc;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

async function stop(proc) {
  proc.kill('SIGTERM');
  await new Promise((r) => proc.once('exit', r));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({
  executablePath: process.env.PLN_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const results = Object.fromEntries(webs.map((w) => [w.name, { h1: [], dcl: [], load: [], js: new Map() }]));
try {
  for (let r = 0; r < runs; r++) {
    for (const w of webs) {
      const proc = await serve(w.dir);
      // A fresh context each run: empty cache, no cookies (a visitor's first visit).
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      // Marks the moment the page's heading first exists (no round trip to the test process).
      await context.addInitScript(() => {
        const obs = new MutationObserver(() => {
          if (document.querySelector('main h1')) {
            performance.mark('h1');
            obs.disconnect();
          }
        });
        obs.observe(document, { subtree: true, childList: true });
      });
      const page = await context.newPage();
      const js = new Set();
      page.on('response', (res) => {
        const u = new URL(res.url());
        if (u.pathname.endsWith('.js')) js.add(u.pathname);
      });
      await page.goto(base + path, { waitUntil: 'load' });
      await page.locator('main h1').first().waitFor();
      const t = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return { now: performance.now(), dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
      });
      const h1 = await page.evaluate(() => performance.getEntriesByType('mark').find((m) => m.name === 'h1')?.startTime ?? null);
      const res = results[w.name];
      res.h1.push(h1 ?? t.now);
      res.dcl.push(t.dcl);
      res.load.push(t.load);
      for (const p of js) res.js.set(p, gzipSync(readFileSync(join(w.dir, p)), { level: 9 }).length);
      await context.close();
      await stop(proc);
    }
  }
} finally {
  await browser.close();
  rmSync(data, { recursive: true, force: true });
}
console.log(`first load of ${path}, ${runs} runs each, Chromium headless, cold cache, 1280x900`);
for (const w of webs) {
  const r = results[w.name];
  const total = [...r.js.values()].reduce((a, b) => a + b, 0);
  console.log(
    `${w.name}: h1 visible ${median(r.h1).toFixed(0)} ms (min ${Math.min(...r.h1).toFixed(0)}, max ${Math.max(...r.h1).toFixed(0)}), ` +
      `DOMContentLoaded ${median(r.dcl).toFixed(0)} ms, load ${median(r.load).toFixed(0)} ms; ` +
      `JS ${r.js.size} files, ${(total / 1024).toFixed(1)} KiB gzipped`,
  );
  for (const [p, n] of [...r.js.entries()].sort((a, b) => b[1] - a[1])) console.log(`    ${p} ${(n / 1024).toFixed(1)} KiB`);
}
