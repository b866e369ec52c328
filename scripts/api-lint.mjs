/**
 * `npm run api:lint`: the backend's OpenAPI document checked by validators
 * this project did not write, so a document that only our own tests accept
 * fails here (docs/api.md).
 *
 * - @apidevtools/swagger-parser validates it against the OpenAPI 3.0 schema
 *   and resolves every $ref;
 * - `redocly lint` applies Redocly's recommended rules (redocly.yaml says
 *   which are off, and why).
 *
 * Needs the backend built (backend/dist/openapi-export.js prints the
 * document without a database or a port); the root's `npm run api:lint`
 * builds it first, CI after its own build runs this file directly.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const exporter = join(root, 'backend/dist/openapi-export.js');
if (!existsSync(exporter)) {
  console.error(`${exporter} is missing: build the backend first (npm run build -w @inbox/connectors -w @inbox/migrations -w @inbox/backend)`);
  process.exit(1);
}

// Beside the build it comes from (ignored by git); .redocly.lint-ignore.yaml names it by this path.
const file = join(root, 'backend/dist/openapi.json');
try {
  writeFileSync(file, execFileSync(process.execPath, [exporter], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));

  // validate() dereferences the document it is given: it reads the file itself, so ours stays as printed for Redocly.
  const api = await SwaggerParser.validate(file);
  console.log(`swagger-parser: ${api.info.title} ${api.info.version} is valid OpenAPI ${api.openapi}`);

  execFileSync(process.execPath, [join(root, 'node_modules/@redocly/cli/bin/cli.js'), 'lint', '--config', join(root, 'redocly.yaml'), file], {
    stdio: 'inherit',
    // Offline and quiet: no usage reports, no look-up of newer versions.
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
} catch (error) {
  // Redocly has printed its findings; swagger-parser's are in its message.
  if (!('status' in error)) console.error(`swagger-parser: ${error.message}`);
  process.exitCode = 1;
}
