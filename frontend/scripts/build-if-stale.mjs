/**
 * Builds the frontend (`npm run build`: the operator app, then widget.js)
 * unless dist/ is newer than everything the build reads: the sources, the
 * page, the Vite configs and the dependency manifests. `npm start` and the
 * browser suites run it, so a start without frontend changes skips the
 * build.
 *
 *   node scripts/build-if-stale.mjs
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const frontend = fileURLToPath(new URL('..', import.meta.url));
const inputs = ['src', 'public', 'index.html', 'vite.config.ts', 'vite.widget.config.ts', 'tsconfig.json', 'package.json', '../package-lock.json'];
// The app's build empties dist/ and writes index.html; the widget's comes second: both must be there.
const outputs = ['dist/index.html', 'dist/widget.js'];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isStale() {
  const built = outputs.map((file) => join(frontend, file));
  if (!built.every((file) => existsSync(file))) return true;
  const newestInput = Math.max(...inputs.map((input) => newestMtime(join(frontend, input))));
  return Math.min(...built.map((file) => statSync(file).mtimeMs)) <= newestInput;
}

if (isStale()) {
  // A production build even when a test runner (NODE_ENV=test) asks: the service worker registers only in one.
  execFileSync('npm', ['run', 'build'], { cwd: frontend, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
} else {
  console.log('frontend/dist is newer than its sources: not rebuilt');
}
