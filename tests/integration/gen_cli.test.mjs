// `pln gen`: a synthetic network as edge-list files (the format `pln linkpred` reads) and
// into an empty database through the bulk import, which the server then serves as usual.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, it, before, after } from 'node:test';

import {
  Client,
  DB_KIND,
  PLN_BIN,
  PlnServer,
  expectError,
  expectStatus,
  signup,
  useTempDatabase,
} from './lib/server.mjs';

const run = promisify(execFile);

function dataLines(text) {
  return text.split('\n').filter((l) => l.length > 0 && !l.startsWith('#'));
}

describe('pln gen --out', () => {
  let dir;
  before(async () => {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'pln-it-gen-'));
  });
  after(async () => {
    await fsp.rm(dir, { recursive: true, force: true });
  });

  it('writes an exact, reproducible edge list and attributes that pln linkpred reads', async () => {
    const args = ['gen', '--members', '400', '--avg-degree', '10', '--seed', '5'];
    await run(PLN_BIN, [...args, '--out', path.join(dir, 'a')], { timeout: 60_000 });
    await run(PLN_BIN, [...args, '--out', path.join(dir, 'b')], { timeout: 60_000 });
    const edges = await fsp.readFile(path.join(dir, 'a/edges.tsv'), 'utf8');
    const attrs = await fsp.readFile(path.join(dir, 'a/attributes.tsv'), 'utf8');
    assert.equal(edges, await fsp.readFile(path.join(dir, 'b/edges.tsv'), 'utf8'), 'same seed, same edges');
    assert.equal(attrs, await fsp.readFile(path.join(dir, 'b/attributes.tsv'), 'utf8'), 'same seed, same profiles');

    const pairs = dataLines(edges).map((l) => l.split('\t').map(Number));
    assert.equal(pairs.length, 2000, '400 members × degree 10 / 2');
    const seen = new Set();
    for (const [u, v] of pairs) {
      assert.ok(u >= 1 && v <= 400 && u < v, `edge ${u} ${v}`);
      assert.ok(!seen.has(`${u} ${v}`), `duplicate edge ${u} ${v}`);
      seen.add(`${u} ${v}`);
    }
    const profiles = dataLines(attrs);
    assert.equal(profiles.length, 400);
    assert.match(profiles[0], /^1\t.*field=\S+.*skill=\S+:[1-5]/);

    await fsp.writeFile(path.join(dir, 'q.txt'), '1\n2\n3\n');
    const lp = await run(
      PLN_BIN,
      ['linkpred', '--train', path.join(dir, 'a/edges.tsv'), '--queries', path.join(dir, 'q.txt'),
        '--attributes', path.join(dir, 'a/attributes.tsv'), '--k', '5', '--no-tune'],
      { timeout: 60_000 },
    );
    const lines = lp.stdout.trim().split('\n');
    assert.equal(lines.length, 3);
    for (const line of lines) {
      const [q, recs] = line.split('\t');
      const ids = recs.split(' ').filter(Boolean);
      assert.equal(ids.length, 5, `five suggestions for ${q}`);
      for (const r of ids) assert.ok(!seen.has(`${Math.min(q, r)} ${Math.max(q, r)}`) && r !== q);
    }

    await assert.rejects(run(PLN_BIN, ['gen', '--members', '10', '--avg-degree', '20', '--out', dir]),
      (e) => e.code !== 0 && /avg_degree|avg-degree/.test(e.stderr));
  });
});

describe(`pln gen into the store (${DB_KIND})`, () => {
  const db = useTempDatabase('pln-it-gen-db-');

  it('fills an empty database with members, profiles and connections, and refuses a full one', async () => {
    const gen = await run(PLN_BIN, ['gen', '--members', '300', '--avg-degree', '8', '--seed', '2', '--opportunities', '40', ...db.target], {
      timeout: 120_000,
    });
    assert.match(gen.stdout, /Generated 300 members and 1200 connections and 40 opportunities/);

    db.server = await PlnServer.start({ dataDir: db.dataDir, databaseUrl: db.pg?.url });
    const viewer = await signup(db.server.baseUrl);
    const first = await viewer.get('/members/1');
    expectStatus(first, 200, 'a generated member');
    assert.ok(first.body.name.length > 0 && first.body.headline.length > 0, 'name and headline');
    const field = first.body.fields?.[0];
    assert.ok(field, `generated members have fields: ${JSON.stringify(first.body)}`);
    const found = await viewer.getAll(`/members?field=${encodeURIComponent(field)}`);
    assert.ok(found.some((m) => m.id === 1), 'directory search by field finds the generated member');

    // The generated opportunities are open and ranked in For you (the viewer posted none).
    const forYou = await viewer.get('/opportunities/for-you?limit=100');
    expectStatus(forYou, 200, 'for you over generated opportunities');
    assert.equal(forYou.body.items.length, 40);
    const kinds = new Set(forYou.body.items.map((i) => i.opportunity.kind));
    assert.equal(kinds.size, 5, 'every kind');
    expectStatus(await viewer.get('/opportunities/1'), 200, 'a generated opportunity');

    // Generated accounts cannot log in: their password hash is unusable.
    const login = await new Client(db.server.baseUrl).post('/auth/login', {
      email: 'gen-1@example.invalid',
      password: 'correct horse battery staple',
    });
    expectError(login, 401);

    await assert.rejects(run(PLN_BIN, ['gen', '--members', '50', '--avg-degree', '4', ...db.target]),
      (e) => e.code === 1 && /already holds data/.test(e.stderr));
  });
});
