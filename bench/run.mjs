#!/usr/bin/env node
// npm run bench [-- name ...]: builds the backend, then runs bench/<name>/index.mjs
// for each name given (all of them when none is). Each benchmark prints its
// figures and records them in docs/benchmarks.md with the date and machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const available = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'lib' && existsSync(join(here, d.name, 'index.mjs')))
  .map((d) => d.name);
const wanted = process.argv.slice(2);
const unknown = wanted.filter((n) => !available.includes(n));
if (unknown.length) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}

console.log('Building the backend...');
execFileSync('npm', ['run', 'build', '-w', '@inbox/connectors', '-w', '@inbox/migrations', '-w', '@inbox/backend'], { cwd: root, stdio: 'inherit' });

let failed = false;
for (const name of wanted.length ? wanted : available) {
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, [join(here, name, 'index.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
