// Writes web/src/api-schema.ts from src/http/openapi.json (npm run gen:api in web/).
import fs from 'node:fs';
import path from 'node:path';
import { generateWebTypes, WEB_TYPES_PATH, REPO } from './contract.mjs';

fs.writeFileSync(WEB_TYPES_PATH, await generateWebTypes());
console.log(`wrote ${path.relative(REPO, WEB_TYPES_PATH)}`);
