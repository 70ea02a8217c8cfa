// The response check itself, on a small document: what it accepts and what it refuses.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ResponseContract } from './responses.mjs';

const doc = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  servers: [{ url: '/api/v1' }],
  paths: {
    '/healthz': { servers: [{ url: '/' }], get: { responses: { 200: { description: 'ok', content: { 'text/plain': { schema: { type: 'string' } } } } } } },
    '/things/{id}': {
      get: {
        operationId: 'getThing',
        responses: {
          200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
      delete: { operationId: 'deleteThing', responses: { 204: { description: 'gone' } } },
    },
    '/things/{id}/stats': {
      get: {
        operationId: 'thingStats',
        responses: {
          200: {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { of: { allOf: [{ $ref: '#/components/schemas/Open' }, { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] }] } } },
              },
            },
          },
        },
      },
    },
    '/things/mine': { get: { operationId: 'myThings', responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } } } } } } },
  },
  components: {
    schemas: {
      Error: { type: 'object', properties: { error: { type: 'object' } }, required: ['error'] },
      Kind: { type: 'string', enum: ['a', 'b'] },
      Open: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
      Thing: {
        type: 'object',
        properties: {
          id: { type: 'integer', format: 'int64' },
          at: { type: 'string', format: 'date-time' },
          kind: { type: 'string', enum: ['a', 'b'], nullable: true },
          parent: { allOf: [{ $ref: '#/components/schemas/Kind' }], nullable: true },
        },
        required: ['id', 'at', 'kind', 'parent'],
        additionalProperties: false,
      },
    },
    responses: { NotFound: { description: 'nf', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } },
  },
};

const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pln-contract-')), 'openapi.json');
fs.writeFileSync(file, JSON.stringify(doc));
const c = new ResponseContract(file);
const json = 'application/json; charset=utf-8';
const thing = { id: 7, at: '2026-12-07T13:00:00Z', kind: null, parent: null };
const check = (method, p, status, body, contentType = json) =>
  c.check({ method, path: p, status, contentType, body, text: body === undefined ? '' : JSON.stringify(body) });

describe('response contract', () => {
  it('accepts a matching body, nullable enum and nullable $ref included', () => {
    assert.deepEqual(check('GET', '/api/v1/things/7?x=1', 200, thing), []);
    assert.deepEqual(check('GET', '/api/v1/things/7', 200, { ...thing, kind: 'a', parent: 'b' }), []);
  });
  it('refuses a wrong type, a missing field, an unknown enum value, a bad format, an extra field', () => {
    const cases = [
      [{ ...thing, id: '7' }, /getThing \(GET \/things\/\{id\}\) → 200: at "\/id" must be integer/],
      [{ ...thing, id: 7.5 }, /at "\/id" must match format "int64"/],
      [{ ...thing, at: 'yesterday' }, /at "\/at" must match format "date-time"/],
      [{ ...thing, kind: 'c' }, /at "\/kind" must be equal to one of the allowed values/],
      [{ ...thing, parent: 'c' }, /at "\/parent"/],
      [{ id: 7, at: thing.at, kind: null }, /must have required property 'parent'/],
      [{ ...thing, more: 1 }, /must NOT have additional properties/],
    ];
    for (const [body, re] of cases) assert.match(check('GET', '/api/v1/things/7', 200, body).join('\n'), re);
  });
  it('closes objects that do not say additionalProperties, allOf extensions merged first', () => {
    assert.deepEqual(check('GET', '/api/v1/things/7/stats', 200, { of: { name: 'x', n: 1 } }), []);
    assert.match(check('GET', '/api/v1/things/7/stats', 200, { of: { name: 'x', n: 1, m: 2 } }).join('\n'), /at "\/of" must NOT have additional properties .*"m"/);
    assert.match(check('GET', '/api/v1/things/7/stats', 200, { of: { name: 'x' } }).join('\n'), /required property 'n'/);
    assert.match(check('GET', '/api/v1/things/7/stats', 200, { of: { n: 1 } }).join('\n'), /required property 'name'/);
    assert.match(check('GET', '/api/v1/things/7/stats', 200, { of: { name: 'x', n: 1 }, extra: true }).join('\n'), /must NOT have additional properties/);
  });
  it('prefers the literal path over a template that also matches', () => {
    assert.deepEqual(check('GET', '/api/v1/things/mine', 200, [thing]), []);
    assert.match(check('GET', '/api/v1/things/mine', 200, thing).join('\n'), /myThings .* must be array/);
  });
  it('refuses an undocumented status, content type, body or missing body', () => {
    assert.match(check('GET', '/api/v1/things/7', 418, {}).join('\n'), /status 418 is not documented \(documented: 200, 404\)/);
    assert.match(check('GET', '/api/v1/things/7', 200, thing, 'text/html').join('\n'), /Content-Type "text\/html" is not documented/);
    assert.match(check('DELETE', '/api/v1/things/7', 204, { ok: true }).join('\n'), /documented without a body/);
    assert.match(c.check({ method: 'GET', path: '/api/v1/things/7', status: 200, contentType: json, text: 'nope' }).join('\n'), /not JSON/);
    assert.deepEqual(check('DELETE', '/api/v1/things/7', 204, undefined, ''), []);
  });
  it('follows response $refs and path-level servers', () => {
    assert.deepEqual(check('GET', '/api/v1/things/7', 404, { error: {} }), []);
    assert.match(check('GET', '/api/v1/things/7', 404, { nope: 1 }).join('\n'), /required property 'error'/);
    assert.deepEqual(check('GET', '/healthz', 200, undefined, 'text/plain'), []);
  });
  it('lets unrouted requests answer only 404 (unknown path) or 405 (known path) with the Error shape', () => {
    assert.deepEqual(check('GET', '/api/v1/nothing', 404, { error: {} }), []);
    assert.deepEqual(check('PUT', '/api/v1/things/7', 405, { error: {} }), []);
    assert.match(check('GET', '/api/v1/nothing', 200, {}).join('\n'), /no operation in openapi.json/);
    assert.match(check('PUT', '/api/v1/things/7', 404, { error: {} }).join('\n'), /no operation/);
    assert.match(check('GET', '/api/v1/nothing', 404, { oops: 1 }).join('\n'), /unrouted.*required property 'error'/);
  });
});
