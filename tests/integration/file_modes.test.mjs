// The files pln writes hold password, session and token hashes (issue 17): the
// data folder is created 0700, the SQLite database and its -wal/-shm files and
// every export 0600, whatever the caller's umask.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';

import { DB_KIND, PLN_BIN, PlnServer, createPgDatabase, signup } from './lib/server.mjs';

const run = promisify(execFile);

function mode(file) {
  return (fs.statSync(file).mode & 0o777).toString(8);
}

describe(`pln keeps its files private (${DB_KIND})`, () => {
  let dir;
  let pg = null;
  let data;
  let target;

  before(async () => {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'pln-it-modes-'));
    data = path.join(dir, 'data'); // does not exist yet: pln creates it
    target = ['--data', path.join(dir, 'export-data')];
    if (DB_KIND === 'postgres') {
      pg = createPgDatabase();
      target.push('--database', pg.url);
    }
  });

  after(async () => {
    if (pg) pg.drop();
    await fsp.rm(dir, { recursive: true, force: true });
  });

  // The database files are SQLite's, so this one runs on SQLite under either PLN_TEST_DB.
  it('pln demo and pln serve create a 0700 data folder and 0600 pln.db, -wal and -shm under a 022 umask', async () => {
    const old = process.umask(0o022); // the usual default, inherited by the child processes
    try {
      await run(PLN_BIN, ['demo', '--members', '5', '--data', data], { timeout: 60_000 });
      assert.equal(mode(data), '700', 'data folder');
      assert.equal(mode(path.join(data, 'pln.db')), '600', 'pln.db after pln demo');
      const server = await PlnServer.start({ db: 'sqlite', dataDir: data });
      try {
        await signup(server.baseUrl); // a write, so SQLite has its WAL and shared memory open
        for (const f of ['pln.db', 'pln.db-wal', 'pln.db-shm']) {
          assert.equal(mode(path.join(data, f)), '600', `${f} while pln serve runs`);
        }
      } finally {
        const info = await server.stop();
        assert.equal(info.code, 0, `graceful stop: ${JSON.stringify(info)}`);
      }
    } finally {
      process.umask(old);
    }
  });

  it('pln export writes a 0600 file under a 022 umask', async () => {
    const old = process.umask(0o022);
    try {
      await run(PLN_BIN, ['demo', '--members', '5', ...target], { timeout: 60_000 });
      const file = path.join(dir, 'backup.jsonl');
      await run(PLN_BIN, ['export', file, ...target], { timeout: 60_000 });
      assert.equal(mode(file), '600', 'export file');
      assert.ok(fs.readFileSync(file, 'utf8').includes('"password_hash"'), 'the export holds the password hashes');
    } finally {
      process.umask(old);
    }
  });
});
