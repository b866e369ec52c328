/**
 * src/api/schema.d.ts from the backend's OpenAPI document (docs/api.md).
 *
 *   node scripts/api-types.mjs          rewrites the file
 *   node scripts/api-types.mjs --check  fails when the file is not what the backend describes now
 *
 * Needs the backend built (backend/dist/openapi-export.js prints the
 * document without a database or a port); the root's `npm run api:types`
 * builds it first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const target = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));
const exporter = fileURLToPath(new URL('../../backend/dist/openapi-export.js', import.meta.url));
const HEADER = '/**\n * Generated from the backend\'s OpenAPI document by `npm run api:types`: do not edit.\n * Change the backend\'s DTOs and Swagger decorators instead (docs/api.md).\n */\n\n';

if (!existsSync(exporter)) {
  console.error(`${exporter} is missing: build the backend first (npm run build -w @inbox/connectors -w @inbox/migrations -w @inbox/backend)`);
  process.exit(1);
}
const document = JSON.parse(execFileSync(process.execPath, [exporter], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
const generated = HEADER + astToString(await openapiTS(document, { silent: true, defaultNonNullable: false }));

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== generated) {
    console.error('frontend/src/api/schema.d.ts does not match the backend\'s OpenAPI document: run `npm run api:types` and commit the result.');
    process.exit(1);
  }
  console.log('frontend/src/api/schema.d.ts matches the backend\'s OpenAPI document.');
} else {
  writeFileSync(target, generated);
  console.log(`wrote ${target}`);
}
