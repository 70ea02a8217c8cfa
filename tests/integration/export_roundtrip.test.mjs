// `pln export` and `pln import` through the CLI, across engines: a seeded SQLite database is
// exported, imported into a fresh PostgreSQL database, exported from there, imported into a
// fresh SQLite data directory and exported again. The two SQLite exports must be identical
// byte for byte, and the PostgreSQL export must differ only in its header's engine name.
// Both engines take part whatever PLN_TEST_DB says, so the test needs PLN_TEST_PG_URL.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';

import { PG_ADMIN_URL, PLN_BIN, createPgDatabase } from './lib/server.mjs';

const run = promisify(execFile);
const pln = (args) => run(PLN_BIN, args, { timeout: 120_000 });

const skip = PG_ADMIN_URL ? false : 'needs PLN_TEST_PG_URL (a throwaway cluster: scripts/pg-cluster.sh start DIR)';

describe('export → import → export, SQLite → PostgreSQL → SQLite', { skip }, () => {
  let dir;
  let pg;
  before(async () => {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'pln-it-roundtrip-'));
    pg = createPgDatabase();
  });
  after(async () => {
    pg?.drop();
    if (dir) await fsp.rm(dir, { recursive: true, force: true });
  });

  it('the exports are byte-identical and a second import is refused', async () => {
    const first = path.join(dir, 'sqlite-1'), second = path.join(dir, 'sqlite-2');
    const [a, b, c] = ['a.jsonl', 'b.jsonl', 'c.jsonl'].map((f) => path.join(dir, f));
    // The demo network fills every kind of row: members, connections, feedback, mentorships,
    // programs, notifications, alumni check-ins.
    await pln(['demo', '--data', first, '--members', '30']);
    await pln(['export', '--data', first, a]);
    const imported = await pln(['import', '--data', path.join(dir, 'unused'), '--database', pg.url, a]);
    assert.match(imported.stderr, /Imported .* into postgresql/);
    await pln(['export', '--data', path.join(dir, 'unused'), '--database', pg.url, b]);
    await pln(['import', '--data', second, b]);
    await pln(['export', '--data', second, c]);

    const [ta, tb, tc] = [a, b, c].map((f) => fs.readFileSync(f, 'utf8'));
    const lines = ta.split('\n');
    assert.ok(lines.length > 300, `the demo export has rows: ${lines.length} lines`);
    const tables = new Set(lines.slice(1).filter(Boolean).map((l) => JSON.parse(l).table));
    for (const t of ['members', 'connections', 'mentorships', 'programs', 'feedback_requests']) {
      assert.ok(tables.has(t), `the export holds ${t}: ${[...tables].join(', ')}`);
    }
    assert.equal(lines[0], '{"format":"pln-export","version":1,"database":"sqlite"}');
    assert.ok(tc === ta, 'SQLite → PostgreSQL → SQLite gives back the same bytes');
    const pgLines = tb.split('\n');
    assert.equal(pgLines[0], '{"format":"pln-export","version":1,"database":"postgresql"}');
    assert.ok(pgLines.slice(1).join('\n') === lines.slice(1).join('\n'), 'PostgreSQL exports the same rows, byte for byte');

    // Importing into a database that already holds data is refused and changes nothing.
    const again = await pln(['import', '--data', second, a]).then(
      () => null,
      (e) => e,
    );
    assert.ok(again, 'a second import into the same database must fail');
    assert.equal(again.code, 1);
    assert.match(again.stderr, /^pln: /);
    await pln(['export', '--data', second, c]);
    assert.ok(fs.readFileSync(c, 'utf8') === ta, 'the refused import left the data as it was');
  });
});
