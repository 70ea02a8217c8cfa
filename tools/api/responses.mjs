// Checks a response the integration tests received against openapi.json: the operation is
// found by method and path template, then the response by status code, then the body against
// the schema of its content type, with Ajv (OpenAPI 3.0's `nullable` rewritten to JSON Schema,
// `$ref`s into components resolved, formats from ajv-formats plus OpenAPI's int32/int64).
// Each schema is compiled once, on first use, and kept.
import fs from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { OPENAPI_PATH } from './contract.mjs';

const DOC_ID = 'pln-openapi';

// OpenAPI 3.0 schema object → JSON Schema (draft-07 as Ajv reads it). `nullable: true` adds
// null to the type (and to an enum, which would otherwise still refuse it); where there is no
// type to widen (a $ref, an allOf) the schema is wrapped in anyOf [it, null]. Refs into the
// document are made absolute so that schemas compiled on their own resolve them. `open` marks
// the branches of an allOf that could not be merged (see mergeAllOf).
function toJsonSchema(node, open = false) {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, open));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  // The branches of an allOf that adds properties to another schema must stay open, or each
  // would refuse the other's properties; one-branch allOfs (a nullable $ref) need no such care.
  const openBranches = Array.isArray(node.allOf) && node.allOf.length > 1;
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#/')) out[k] = DOC_ID + v;
    else if (k === 'nullable' || k === 'example') continue;
    else if (k === 'allOf') out[k] = toJsonSchema(v, openBranches);
    else if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, toJsonSchema(s)]));
    else out[k] = toJsonSchema(v);
  }
  // Objects are closed: a property the document does not list is drift it would not show (and
  // the generated web types would not know). A schema says additionalProperties to allow more.
  if (!open && out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  if (node.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else if (!out.type) {
      const { description, ...rest } = out;
      return { ...(description ? { description } : {}), anyOf: [rest, { type: 'null' }] };
    }
  }
  return out;
}

// An allOf of object schemas that extends one with more properties (the dashboard's pairs) is
// merged into one object, so that it can be closed as a whole: closing each branch would make
// each refuse the other's properties.
function mergeAllOf(node, schemas) {
  if (Array.isArray(node)) return node.map((n) => mergeAllOf(n, schemas));
  if (!node || typeof node !== 'object') return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, mergeAllOf(v, schemas)]));
  if (!Array.isArray(out.allOf) || out.allOf.length < 2) return out;
  const branches = out.allOf.map((b) => (b.$ref ? schemas[b.$ref.replace('#/components/schemas/', '')] : b));
  if (!branches.every((b) => b && b.type === 'object' && b.properties && !b.allOf)) return out;
  const { allOf, ...rest } = out;
  return {
    ...rest,
    type: 'object',
    properties: Object.assign({}, ...branches.map((b) => b.properties)),
    required: [...new Set(branches.flatMap((b) => b.required || []))],
  };
}

function templateMatcher(template) {
  const parts = template.split('/').slice(1);
  const params = parts.filter((s) => s.startsWith('{')).length;
  const re = new RegExp('^/' + parts.map((s) => (s.startsWith('{') ? '[^/]+' : s.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))).join('/') + '$');
  return { template, params, re };
}

export class ResponseContract {
  constructor(file = OPENAPI_PATH) {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    this.doc = mergeAllOf(raw, raw.components.schemas);
    this.ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(this.ajv);
    this.ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
    this.ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isInteger(n) });
    this.ajv.addSchema({ $id: DOC_ID, components: toJsonSchema(this.doc.components) });
    this.validators = new Map();
    // Absolute paths as the server sees them; a template with fewer parameters wins over one
    // that would also match (/connections/requests before /connections/{memberId}).
    const base = new URL(this.doc.servers[0].url, 'http://x').pathname.replace(/\/$/, '');
    this.paths = Object.entries(this.doc.paths)
      .map(([p, item]) => {
        const prefix = item.servers ? new URL(item.servers[0].url, 'http://x').pathname.replace(/\/$/, '') : base;
        return { ...templateMatcher(prefix + p), docPath: p, item };
      })
      .sort((a, b) => a.params - b.params);
  }

  /** The documented operation for METHOD and an absolute request path, or a reason why none. */
  operation(method, urlPath) {
    const pathname = urlPath.split('?')[0];
    const m = method.toLowerCase();
    const hits = this.paths.filter((p) => p.re.test(pathname));
    const hit = hits.find((p) => p.item[m]);
    if (hit) return { op: hit.item[m], name: `${hit.item[m].operationId} (${method.toUpperCase()} ${hit.docPath})`, docPath: hit.docPath };
    return { op: null, pathKnown: hits.length > 0 };
  }

  #validator(key, schema) {
    let v = this.validators.get(key);
    if (!v) {
      v = this.ajv.compile(toJsonSchema(schema));
      this.validators.set(key, v);
    }
    return v;
  }

  #response(ref) {
    let r = ref;
    for (let i = 0; r && r.$ref && i < 5; i++) {
      const name = r.$ref.replace('#/components/responses/', '');
      r = this.doc.components.responses[name];
    }
    return r;
  }

  /**
   * Problems with one response, as a list of messages (empty: it matches). `body` is the parsed
   * JSON (undefined when there is none or it is not JSON), `text` the raw body.
   */
  check({ method, path: urlPath, status, contentType = '', body, text = '' }) {
    const where = `${method.toUpperCase()} ${urlPath.split('?')[0]} → ${status}`;
    const found = this.operation(method, urlPath);
    if (!found.op) {
      // Unrouted requests (a path the server does not serve, a method it does not allow on a
      // known path) answer with the shared error shape: checked against it.
      const expected = found.pathKnown ? 405 : 404;
      if (status !== expected) return [`${where}: no operation in openapi.json for this method and path`];
      return this.#checkBody(`${where} (unrouted)`, 'unrouted', { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }, contentType, body, text);
    }
    const resp = this.#response(found.op.responses[String(status)] ?? found.op.responses.default);
    if (!resp) {
      return [`${found.name}: status ${status} is not documented (documented: ${Object.keys(found.op.responses).join(', ')})`];
    }
    return this.#checkBody(`${found.name} → ${status}`, `${found.name} ${status}`, resp, contentType, body, text);
  }

  #checkBody(where, key, resp, contentType, body, text) {
    const content = resp.content || {};
    const media = contentType.split(';')[0].trim().toLowerCase();
    if (Object.keys(content).length === 0) {
      return text.length === 0 ? [] : [`${where}: documented without a body, got ${text.length} bytes (${media || 'no Content-Type'})`];
    }
    const entry = content[media];
    if (!entry) return [`${where}: Content-Type "${contentType}" is not documented (documented: ${Object.keys(content).join(', ')})`];
    if (media !== 'application/json' || !entry.schema) return [];
    if (body === undefined) return [`${where}: the body is not JSON: ${text.slice(0, 200)}`];
    const validate = this.#validator(`${key} ${media}`, entry.schema);
    if (validate(body)) return [];
    return validate.errors.slice(0, 10).map((e) => `${where}: at "${e.instancePath || '/'}" ${e.message} (schema ${e.schemaPath}${e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''})`);
  }
}
