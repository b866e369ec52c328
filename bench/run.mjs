#!/usr/bin/env node
// npm run bench [-- name ...]: checks that the servers the chosen benchmarks
// need answer (bench/lib/services.mjs), builds the backend (and the frontend
// when a benchmark reads it), then runs bench/<name>/index.mjs for each name
// given (all of them when none is). Each benchmark prints its figures and
// records them in docs/benchmarks.md with the date and machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { needsOf, requireServices } from './lib/services.mjs';

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
const chosen = wanted.length ? wanted : available;

await requireServices(chosen);

console.log('Building the backend...');
execFileSync('npm', ['run', 'build', '-w', '@inbox/connectors', '-w', '@inbox/migrations', '-w', '@inbox/backend'], { cwd: root, stdio: 'inherit' });
if (chosen.some((name) => needsOf(name).frontend)) {
  console.log('Building the frontend...');
  execFileSync('npm', ['run', 'build', '-w', '@inbox/frontend'], { cwd: root, stdio: 'inherit' });
}

const failed = [];
for (const name of chosen) {
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, [join(here, name, 'index.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed.push(name);
}
if (failed.length) console.error(`\nFailed: ${failed.join(', ')}`);
process.exit(failed.length ? 1 : 0);
