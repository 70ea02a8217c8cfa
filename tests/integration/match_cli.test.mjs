// `pln match`: the solver contract of issue 4, driven through the real binary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { PLN_BIN } from './lib/server.mjs';

function runMatch(pairs, capacity) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pln-match-'));
  try {
    fs.writeFileSync(path.join(dir, 'pairs.csv'), pairs);
    fs.writeFileSync(path.join(dir, 'cap.csv'), capacity);
    return spawnSync(PLN_BIN, ['match', '--pairs', path.join(dir, 'pairs.csv'),
      '--capacity', path.join(dir, 'cap.csv')], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('pln match prefers more matches, then the higher score', () => {
  // ann–bob (100) alone would leave dan unmatched; ann–cat + dan–bob matches both.
  const r = runMatch('ann,bob,100\nann,cat,1\ndan,bob,1\n', 'bob,1\ncat,1\n');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'ann,cat\ndan,bob\n# matched=2 score=2\n');
});

test('pln match respects capacity and unlisted pairs', () => {
  const r = runMatch('a,x,5\nb,x,4\nc,x,3\nc,y,1\n', 'x,2\ny,0\n');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'a,x\nb,x\n# matched=2 score=9\n');
});

test('pln match reports bad CSV with file and line number', () => {
  const r = runMatch('a,x,5\n\na,y,oops\n', 'x,1\n');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /pairs\.csv:3: score "oops" is not a number/);
  const c = runMatch('a,x,5\n', 'x,1\nx,two\n');
  assert.equal(c.status, 1);
  assert.match(c.stderr, /cap\.csv:2: capacity "two" is not an integer >= 0/);
});
