// The API contract's one source, src/http/openapi.json, and what is derived from it: the
// document's validation against the OpenAPI 3.0 schema and the web app's generated types.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import openapiTS, { astToString } from 'openapi-typescript';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OPENAPI_PATH = path.join(REPO, 'src/http/openapi.json');
export const WEB_TYPES_PATH = path.join(REPO, 'web/src/api-schema.ts');

const HEADER = `// GENERATED from src/http/openapi.json by openapi-typescript — do not edit by hand.
// Regenerate after changing openapi.json:  cd web && npm run gen:api
// scripts/test.sh fails when this file differs from what the generator makes of openapi.json.
`;

/** Throws (with the validator's list of problems) unless openapi.json is a valid OpenAPI 3.0 document. */
export async function validateDocument(file = OPENAPI_PATH) {
  // validate() dereferences in place: give it a copy so callers may keep using their own.
  await SwaggerParser.validate(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** The TypeScript module openapi-typescript makes of openapi.json, with our header. */
export async function generateWebTypes(file = OPENAPI_PATH) {
  // From the text rather than a parsed object: its YAML/JSON loader refuses duplicated keys,
  // which JSON.parse would silently resolve to the last one.
  const ast = await openapiTS(fs.readFileSync(file, 'utf8'), { alphabetize: false });
  return HEADER + astToString(ast);
}
