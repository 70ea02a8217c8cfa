// The test command's contract step: openapi.json is valid OpenAPI 3.0, and the checked-in web
// types are exactly what the generator makes of it. Exits 1 with the reason otherwise.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { validateDocument, generateWebTypes, WEB_TYPES_PATH, OPENAPI_PATH, REPO } from './contract.mjs';

const rel = (p) => path.relative(REPO, p);
let failed = false;

try {
  await validateDocument();
  console.log(`${rel(OPENAPI_PATH)}: valid OpenAPI 3.0`);
} catch (e) {
  failed = true;
  console.error(`FAIL: ${rel(OPENAPI_PATH)} is not a valid OpenAPI 3.0 document:\n${e.message}`);
}

let generated = null;
try {
  generated = await generateWebTypes();
} catch (e) {
  failed = true;
  console.error(`FAIL: openapi-typescript cannot read ${rel(OPENAPI_PATH)}:\n${e.message}`);
}
if (generated !== null) {
  const current = fs.existsSync(WEB_TYPES_PATH) ? fs.readFileSync(WEB_TYPES_PATH, 'utf8') : '';
  if (current === generated) {
    console.log(`${rel(WEB_TYPES_PATH)}: in step with ${rel(OPENAPI_PATH)}`);
  } else {
    failed = true;
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pln-api-')), 'api-schema.ts');
    fs.writeFileSync(tmp, generated);
    let diff = '';
    try {
      execFileSync('diff', ['-u', WEB_TYPES_PATH, tmp], { encoding: 'utf8' });
    } catch (e) {
      diff = String(e.stdout || '').split('\n').slice(0, 60).join('\n');
    }
    fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
    console.error(
      `FAIL: ${rel(WEB_TYPES_PATH)} drifted from ${rel(OPENAPI_PATH)}; regenerate it with ` +
        `\`cd web && npm run gen:api\` and commit it.\n${diff}`,
    );
  }
}
process.exit(failed ? 1 : 0);
