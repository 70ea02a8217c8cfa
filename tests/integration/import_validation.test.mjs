// `pln import` applies the rules the API applies (issue 17): an export with one
// value the API would refuse fails with the line and the column named, exit
// status 1, and leaves the target database empty. Every case imports into the
// same target, which must still export no row after each failure; at the end
// the good export loads into it (an import only loads into an empty database).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';

import { DB_KIND, PLN_BIN, createPgDatabase } from './lib/server.mjs';

const run = promisify(execFile);

// Runs pln and returns { code, stderr } instead of throwing on a failure.
async function pln(args) {
  try {
    const r = await run(PLN_BIN, args, { timeout: 60_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    if (typeof e.code !== 'number') throw e;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe(`pln import validates every row (${DB_KIND})`, () => {
  let dir;
  let lines;
  let into;  // the one target every bad import goes to
  const databases = [];

  // A fresh, empty target: its own data folder, and its own PostgreSQL database.
  async function target(name) {
    const data = path.join(dir, name);
    if (DB_KIND !== 'postgres') return ['--data', data];
    const pg = createPgDatabase();
    databases.push(pg);
    return ['--data', data, '--database', pg.url];
  }

  before(async () => {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'pln-it-import-'));
    const source = await target('source');
    const demo = await pln(['demo', '--members', '12', ...source]);
    assert.equal(demo.code, 0, `pln demo: ${demo.stderr}`);
    const file = path.join(dir, 'good.jsonl');
    const exported = await pln(['export', file, ...source]);
    assert.equal(exported.code, 0, `pln export: ${exported.stderr}`);
    lines = (await fsp.readFile(file, 'utf8')).split('\n');
    into = await target('into');
  });

  after(async () => {
    for (const pg of databases) pg.drop();
    await fsp.rm(dir, { recursive: true, force: true });
  });

  // The 1-based line number of the first row of `table`.
  function firstRowOf(table) {
    const i = lines.findIndex((l) => l.startsWith(`{"table":"${table}",`));
    assert.ok(i > 0, `the demo export has a ${table} row`);
    return i + 1;
  }

  const cases = [
    { what: 'a career stage the API does not know', table: 'members', column: 'stage', value: 'wizard', says: /is not a career stage/ },
    { what: 'an unknown section visibility', table: 'members', column: 'vis_bio', value: 'bogus', says: /is not a visibility/ },
    { what: 'an unknown role', table: 'members', column: 'role', value: 'superadmin', says: /is not a role/ },
    { what: 'a skill level outside 1..5', table: 'member_skills', column: 'level', value: 99, says: /skill level from 1 to 5/ },
    { what: 'a name of zero-width spaces', table: 'members', column: 'name', value: '\u200B\u200B', says: /must contain visible characters/ },
    { what: 'a headline with a right-to-left override', table: 'members', column: 'headline', value: 'Data \u202Etsylana', says: /bidirectional/ },
    { what: 'an e-mail address that is not one', table: 'members', column: 'email', value: 'not-an-address', says: /e-mail/ },
    { what: 'a flag that is neither 0 nor 1', table: 'members', column: 'discoverable', value: 7, says: /must be 0 or 1/ },
  ];

  for (const c of cases) {
    it(`refuses ${c.what}, names the line and imports nothing`, async () => {
      const line = firstRowOf(c.table);
      const row = JSON.parse(lines[line - 1]);
      assert.ok(c.column in row.row, `${c.table} has a ${c.column} column`);
      row.row[c.column] = c.value;
      const bad = [...lines];
      bad[line - 1] = JSON.stringify(row);
      const file = path.join(dir, `bad-${c.column}.jsonl`);
      await fsp.writeFile(file, bad.join('\n'));

      const r = await pln(['import', file, ...into]);
      assert.equal(r.code, 1, `import should fail: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(`line ${line}: ${c.table}\\.${c.column} `));
      assert.match(r.stderr, c.says);

      // Nothing was loaded: the target exports no row.
      const dump = path.join(dir, `after-${c.column}.jsonl`);
      assert.equal((await pln(['export', dump, ...into])).code, 0);
      const rows = (await fsp.readFile(dump, 'utf8')).split('\n').filter((l) => l.startsWith('{"table"'));
      assert.deepEqual(rows, [], 'the failed import left rows behind');
    });
  }

  it('the untouched target then takes the good export, row for row', async () => {
    const good = await pln(['import', path.join(dir, 'good.jsonl'), ...into]);
    assert.equal(good.code, 0, `the good export imports into the target: ${good.stderr}`);
    const dump = path.join(dir, 'round-trip.jsonl');
    assert.equal((await pln(['export', dump, ...into])).code, 0);
    const rows = (text) => text.split('\n').filter((l) => l.startsWith('{"table"'));
    assert.deepEqual(rows(await fsp.readFile(dump, 'utf8')), rows(lines.join('\n')));
  });
});
