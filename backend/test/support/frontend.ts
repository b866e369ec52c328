import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const FRONTEND = join(ROOT, 'frontend');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds the frontend unless dist/ is newer than every source file. */
export function ensureFrontendBuilt(): void {
  const index = join(FRONTEND, 'dist/index.html');
  const widget = join(FRONTEND, 'dist/widget.js');
  const sources = Math.max(
    newestMtime(join(FRONTEND, 'src')),
    newestMtime(join(FRONTEND, 'index.html')),
    newestMtime(join(FRONTEND, 'vite.config.ts')),
    newestMtime(join(FRONTEND, 'vite.widget.config.ts')),
  );
  if (existsSync(index) && existsSync(widget) && Math.min(statSync(index).mtimeMs, statSync(widget).mtimeMs) > sources) return;
  execFileSync('npm', ['run', 'build', '-w', '@inbox/frontend'], { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
}

