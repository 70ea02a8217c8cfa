// Health, metrics, the OpenAPI description (checked against the real routes),
// and the error shape of unknown routes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  Client,
  DB_KIND,
  DEFAULT_PASSWORD,
  expectError,
  expectStatus,
  signup,
  setRole,
  signupMany,
  tokenClient,
  useServer,
} from './lib/server.mjs';

// The routes docs/api.md documents, as METHOD and path under /api/v1.
const DOCUMENTED_ROUTES = [
  ['POST', '/auth/signup'],
  ['POST', '/auth/login'],
  ['POST', '/auth/logout'],
  ['POST', '/auth/tokens'],
  ['GET', '/auth/tokens'],
  ['DELETE', '/auth/tokens/{}'],
  ['GET', '/me'],
  ['PATCH', '/me/profile'],
  ['POST', '/me/password'],
  ['DELETE', '/me'],
  ['GET', '/members/{}'],
  ['GET', '/members'],
  ['POST', '/connections/requests'],
  ['GET', '/connections/requests'],
  ['POST', '/connections/requests/{}/accept'],
  ['POST', '/connections/requests/{}/decline'],
  ['POST', '/connections/requests/{}/withdraw'],
  ['GET', '/connections'],
  ['DELETE', '/connections/{}'],
  ['POST', '/follows'],
  ['DELETE', '/follows/{}'],
  ['POST', '/blocks'],
  ['GET', '/blocks'],
  ['DELETE', '/blocks/{}'],
  ['GET', '/recommendations/people'],
  ['POST', '/recommendations/people/{}/dismiss'],
  ['GET', '/members/{}/paths'],
  ['POST', '/programs'],
  ['GET', '/programs'],
  ['GET', '/programs/{}'],
  ['POST', '/programs/{}/import/preview'],
  ['POST', '/programs/{}/import'],
  ['PUT', '/programs/{}/preferences'],
  ['POST', '/programs/{}/matching'],
  ['POST', '/programs/{}/publish'],
  ['GET', '/programs/{}/dashboard'],
];

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

/** Parses Prometheus text exposition into samples; throws on a malformed line. */
function parsePrometheus(text) {
  const samples = [];
  const types = new Map();
  for (const [i, line] of text.split('\n').entries()) {
    if (line === '') continue;
    if (line.startsWith('#')) {
      const m = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) ?(.*)$/.exec(line);
      if (m && m[1] === 'TYPE') types.set(m[2], m[3]);
      continue;
    }
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)( \d+)?$/.exec(line);
    assert.ok(m, `line ${i + 1} of /metrics is not Prometheus text: ${JSON.stringify(line)}`);
    const labels = {};
    if (m[3]) {
      const re = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*,?\s*/g;
      let consumed = 0;
      let lm;
      while ((lm = re.exec(m[3])) !== null) {
        labels[lm[1]] = lm[2].replace(/\\"/g, '"').replace(/\\n/g, '\n').replace(/\\\\/g, '\\');
        consumed += lm[0].length;
      }
      assert.equal(consumed, m[3].length, `line ${i + 1}: bad labels ${JSON.stringify(m[3])}`);
    }
    const value = Number(m[4] === '+Inf' ? Infinity : m[4] === '-Inf' ? -Infinity : m[4]);
    assert.ok(!Number.isNaN(value) || m[4] === 'NaN', `line ${i + 1}: bad value ${m[4]}`);
    samples.push({ name: m[1], labels, value });
  }
  return { samples, types };
}

describe(`api meta (${DB_KIND})`, () => {
  const ctx = useServer();

  it('/healthz answers 200 with the database kind', async () => {
    const r = await new Client(ctx.url).get('/healthz');
    expectStatus(r, 200);
    assert.match(r.headers.get('content-type') || '', /application\/json/);
    assert.equal(r.body.status, 'ok');
    assert.equal(r.body.database, DB_KIND === 'postgres' ? 'postgresql' : 'sqlite');
  });

  it('/metrics is Prometheus text with per-route request counters and a latency histogram', async () => {
    const a = await signup(ctx.url);
    const b = await signup(ctx.url);
    for (let i = 0; i < 3; i++) expectStatus(await a.get('/me'), 200);
    expectStatus(await a.get(`/members/${b.id}`), 200);
    expectStatus(await a.get('/members/987654321'), 404);

    const r = await new Client(ctx.url).get('/metrics');
    expectStatus(r, 200, '/metrics');
    assert.match(r.headers.get('content-type') || '', /^text\/plain/, 'Prometheus text content type');
    const { samples, types } = parsePrometheus(r.text);

    const reqs = samples.filter((s) => s.name === 'pln_http_requests_total');
    assert.ok(reqs.length > 0, 'pln_http_requests_total present');
    assert.equal(types.get('pln_http_requests_total'), 'counter', '# TYPE pln_http_requests_total counter');
    const meRoute = reqs.filter((s) => /\/me$/.test(s.labels.route || ''));
    assert.ok(meRoute.length > 0, `a route label for GET /me: ${JSON.stringify(reqs.map((s) => s.labels))}`);
    const meTotal = meRoute.filter((s) => !s.labels.method || s.labels.method === 'GET').reduce((x, s) => x + s.value, 0);
    assert.ok(meTotal >= 3, `GET /me counted at least 3 times, got ${meTotal}`);

    // Routes are labelled by template, not by raw path (no id in the label).
    const memberRoutes = reqs.filter((s) => /\/members\/[^/]+$/.test(s.labels.route || ''));
    assert.ok(memberRoutes.length > 0, `a route label for GET /members/{id}: ${JSON.stringify(reqs.map((s) => s.labels.route))}`);
    for (const s of reqs) {
      assert.ok(!new RegExp(`/members/${b.id}$`).test(String(s.labels.route)), `route label contains a raw id: ${s.labels.route}`);
      assert.ok(!String(s.labels.route).includes('987654321'), `route label contains a raw id: ${s.labels.route}`);
    }

    const buckets = samples.filter((s) => s.name.startsWith('pln_') && s.name.endsWith('_bucket'));
    assert.ok(buckets.length > 0, 'a histogram _bucket is exported');
    const inf = buckets.filter((s) => s.labels.le === '+Inf');
    assert.ok(inf.length > 0, 'histogram has an le="+Inf" bucket');
    const base = inf[0].name.replace(/_bucket$/, '');
    assert.equal(types.get(base), 'histogram', `# TYPE ${base} histogram`);
    assert.ok(samples.some((s) => s.name === `${base}_count`) && samples.some((s) => s.name === `${base}_sum`), `${base}_count and _sum present`);
    // Buckets are cumulative.
    const series = new Map();
    for (const s of buckets.filter((x) => x.name === `${base}_bucket`)) {
      const { le, ...rest } = s.labels;
      const key = JSON.stringify(rest);
      if (!series.has(key)) series.set(key, []);
      series.get(key).push([le === '+Inf' ? Infinity : Number(le), s.value]);
    }
    for (const [key, pts] of series) {
      pts.sort((x, y) => x[0] - y[0]);
      for (let i = 1; i < pts.length; i++) assert.ok(pts[i][1] >= pts[i - 1][1], `buckets not cumulative for ${key}`);
    }
  });

  it('unknown /api paths are 404 JSON errors', async () => {
    const a = await signup(ctx.url);
    for (const p of ['/api/v1/nope', '/api/v1/members/1/nope', '/api/v2/me', '/api/nope']) {
      expectError(await new Client(ctx.url).get(p), 404, 'not_found', `anonymous ${p}`);
      expectError(await a.get(p), 404, 'not_found', `member ${p}`);
    }
    expectError(await a.post('/api/v1/nope', {}), 404, 'not_found');
  });

  it('/api/v1/openapi.json is OpenAPI 3 JSON covering every documented route', async () => {
    const r = await new Client(ctx.url).get('/api/v1/openapi.json');
    expectStatus(r, 200);
    assert.match(r.headers.get('content-type') || '', /application\/json/);
    const spec = JSON.parse(r.text);
    assert.match(String(spec.openapi), /^3\.\d+\.\d+$/, `openapi version: ${spec.openapi}`);
    assert.equal(typeof spec.info?.title, 'string');
    assert.equal(typeof spec.info?.version, 'string');
    assert.ok(spec.paths && typeof spec.paths === 'object');
    const have = new Set();
    for (const [p, item] of Object.entries(spec.paths)) {
      for (const m of Object.keys(item)) if (HTTP_METHODS.includes(m)) have.add(`${m.toUpperCase()} ${p.replace(/^\/api\/v1/, '').replace(/\{[^}]+\}/g, '{}')}`);
    }
    const missing = DOCUMENTED_ROUTES.map(([m, p]) => `${m} ${p}`).filter((k) => !have.has(k));
    assert.deepEqual(missing, [], 'documented routes missing from openapi.json');
    // $refs resolve.
    const refs = JSON.stringify(spec).match(/"\$ref":"#\/[^"]+"/g) || [];
    for (const ref of refs) {
      const pointer = ref.slice(9, -1).split('/').slice(1);
      let node = spec;
      for (const part of pointer) node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
      assert.ok(node !== undefined, `unresolved ${ref}`);
    }
  });

  it('every path and method in openapi.json is served by the real server (not 404/405)', async () => {
    const spec = (await new Client(ctx.url).get('/api/v1/openapi.json')).body;
    const [u, friend, follow, blocked, asker, asked, incoming] = await signupMany(ctx.url, 7, 'oa');
    // Real objects for every kind of path parameter.
    const fr = (await u.post('/connections/requests', { to: friend.id })).body;
    expectStatus(await friend.post(`/connections/requests/${fr.id}/accept`), 200);
    expectStatus(await u.post('/follows', { member: follow.id }), 201);
    expectStatus(await u.post('/blocks', { member: blocked.id }), 201);
    const toAccept = (await incoming.post('/connections/requests', { to: u.id })).body;
    const toDecline = (await asker.post('/connections/requests', { to: u.id })).body;
    const toWithdraw = (await u.post('/connections/requests', { to: asked.id })).body;
    const token = await tokenClient(ctx.url, u.email, DEFAULT_PASSWORD, 'for openapi');
    // Feedback: a request u is asked to review, a review u received, an endorsement of u.
    const deadline = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const ask = (to) => ({ skill: 'SQL', artifact: { title: 'T' }, question: 'Q?', reviewers: [to.id], deadline });
    const askedOfU = (await friend.post('/feedback/requests', ask(u))).body;
    const mine = (await u.post('/feedback/requests', ask(friend))).body;
    const review = (await friend.post(`/feedback/requests/${mine.id}/reviews`, {
      ratings: { clarity: 3, depth: 3, impact: 3 }, strengths: 's', improvements: 'i', next_step: 'n',
    })).body;
    const endorsement = (await friend.post(`/members/${u.id}/endorsements`, { skill: 'SQL' })).body;
    const notification = (await u.get('/notifications')).body.items[0];
    // Programs: friend leads one in which u is a mentee.
    await setRole(ctx.server, friend.email, 'program_lead');
    const program = (await friend.post('/programs', { name: 'OpenAPI cohort' })).body;
    expectStatus(await friend.post(`/programs/${program.id}/import`, `${u.email},mentee\n`, { contentType: 'text/csv' }), 200);

    // Mentorship: both publish offers; friend accepts u's request, which gives a mentorship with a goal.
    const offer = { fields: ['Data Science'], skills: ['SQL'], help: 'Analytics jobs.', format: 'video', cadence: 'monthly', capacity: 2 };
    for (const who of [u, friend]) expectStatus(await who.put('/me/mentor-offer', offer), 200);
    const mentorshipRequest = (await u.post('/mentorship/requests', { mentor: friend.id, message: 'Hi', goals: ['Learn SQL'] })).body;
    const mentorship = (await friend.post(`/mentorship/requests/${mentorshipRequest.id}/accept`)).body.mentorship;
    const goal = (await u.get(`/mentorships/${mentorship}`)).body.goals[0].id;
    // Opportunities: friend posts one (u may read, report, dismiss and say it is interested).
    const opportunity = (await friend.post('/opportunities', {
      kind: 'job', title: 'Analyst', organization: 'Acme', remote: true, description: 'Data.',
      closes_at: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    })).body;
    // Introductions: u asks friend to introduce them to follow (friend's connection).
    const fc = (await friend.post('/connections/requests', { to: follow.id })).body;
    expectStatus(await follow.post(`/connections/requests/${fc.id}/accept`), 200);
    const intro = (await u.post('/introductions', { broker: friend.id, target: follow.id, blurb: 'Hi' })).body;
    // Saved searches: one of u's own (its DELETE comes after its GET and PATCH).
    const savedSearch = (await u.post('/saved-searches', { name: 'OpenAPI search' })).body;

    const fill = (p) => {
      if (/\/introductions\/\{/.test(p)) return p.replace(/\{[^}]+\}/, intro.id);
      if (/\/opportunities\/\{[^}]+\}\/introduction-paths/.test(p)) return p.replace(/\{[^}]+\}/, opportunity.id);
      if (/\/mentorship\/requests\/\{/.test(p)) return p.replace(/\{[^}]+\}/, mentorshipRequest.id);
      if (/\/opportunities\/\{/.test(p)) return p.replace(/\{[^}]+\}/, opportunity.id);
      if (/\/mentorships\/\{/.test(p)) return p.replace(/\{[^}]+\}/, mentorship).replace(/\{[^}]+\}/, goal);
      if (/\/saved-searches\/\{/.test(p)) return p.replace(/\{[^}]+\}/, savedSearch.id);
      if (/\/programs\/\{/.test(p)) return p.replace(/\{[^}]+\}/, program.id).replace(/\{[^}]+\}/, u.id);
      if (/\/auth\/tokens\/\{[^}]+\}/.test(p)) return p.replace(/\{[^}]+\}/, token.tokenInfo.id);
      if (/\/feedback\/requests\/\{/.test(p)) return p.replace(/\{[^}]+\}/, askedOfU.id);
      if (/\/feedback\/reviews\/\{/.test(p)) return p.replace(/\{[^}]+\}/, review.id);
      if (/\/notifications\/\{/.test(p)) return p.replace(/\{[^}]+\}/, notification.id);
      if (/\/endorsements\/\{/.test(p) && !/\/members\//.test(p)) return p.replace(/\{[^}]+\}/, endorsement.id);
      if (/\/members\/\{[^}]+\}\/(endorsements|reviews)/.test(p)) return p.replace(/\{[^}]+\}/, u.id);
      if (/\/requests\/\{[^}]+\}\/accept/.test(p)) return p.replace(/\{[^}]+\}/, toAccept.id);
      if (/\/requests\/\{[^}]+\}\/decline/.test(p)) return p.replace(/\{[^}]+\}/, toDecline.id);
      if (/\/requests\/\{[^}]+\}\/withdraw/.test(p)) return p.replace(/\{[^}]+\}/, toWithdraw.id);
      if (/\/requests\/\{[^}]+\}/.test(p)) return p.replace(/\{[^}]+\}/, toAccept.id);
      if (/^(\/api\/v1)?\/connections\/\{/.test(p)) return p.replace(/\{[^}]+\}/, friend.id);
      if (/^(\/api\/v1)?\/follows\/\{/.test(p)) return p.replace(/\{[^}]+\}/, follow.id);
      if (/^(\/api\/v1)?\/blocks\/\{/.test(p)) return p.replace(/\{[^}]+\}/, blocked.id);
      return p.replace(/\{[^}]+\}/g, friend.id);
    };
    // Destructive operations last: logging out and deleting the account.
    const ops = [];
    for (const [p, item] of Object.entries(spec.paths)) {
      for (const m of Object.keys(item)) if (HTTP_METHODS.includes(m) && m !== 'head' && m !== 'options') ops.push([m.toUpperCase(), p]);
    }
    const rank = ([m, p]) => (/\/auth\/logout$/.test(p) ? 3 : m === 'DELETE' && /\/me$/.test(p) ? 2 : 0);
    ops.sort((x, y) => rank(x) - rank(y));
    assert.ok(ops.length >= DOCUMENTED_ROUTES.length, `only ${ops.length} operations in openapi.json`);

    const results = [];
    for (const [m, p] of ops) {
      let path = fill(p);
      if (!path.startsWith('/api/') && !path.startsWith('/healthz') && !path.startsWith('/metrics')) path = '/api/v1' + path;
      let body;
      if (m === 'DELETE' && /\/me$/.test(p)) body = { password: 'not the password' };
      else if (['POST', 'PATCH', 'PUT'].includes(m)) body = {};
      if (/\/connections\/requests$/.test(p) && m === 'GET') path += '?direction=incoming';
      const r = await u.request(m, path, body);
      results.push(`${m} ${p} → ${r.status}`);
      assert.ok(r.status !== 404 && r.status !== 405, `${m} ${path} (from openapi.json ${p}) answered ${r.status}: ${r.text.slice(0, 200)}`);
      assert.ok(r.status < 500, `${m} ${path} answered ${r.status}: ${r.text.slice(0, 200)}`);
    }
    assert.ok(results.length > 0);
  });
});
