/**
 * `npm run dev`: the product with every change picked up while it runs.
 *
 * - tsc -b -w recompiles connectors, migrations and backend on save (one
 *   build runs first, so the backend starts from a current dist/);
 * - node --watch restarts backend/dist/main.js when its compiled files change;
 * - Vite serves the operator app with hot module replacement at
 *   http://localhost:5173, proxying /api, /socket.io and the backend's other
 *   paths to it (frontend/vite.config.ts);
 * - vite build --watch rewrites frontend/dist/widget.js, which the backend
 *   serves to /demo and to customers' sites.
 *
 * The backend reads the usual environment (PORT, DATABASE_URL, …). Ctrl+C
 * stops all four; so does any one of them ending.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const frontend = join(root, 'frontend');
const bin = (name) => join(root, 'node_modules/.bin', name);
const backendUrl = process.env.INBOX_BACKEND_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
// Output goes through pipes: keep the tools' colours when a terminal reads it.
const colour = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};

execFileSync(bin('tsc'), ['-b', 'backend/tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
// The backend serves frontend/dist only if it exists when it starts; widget.js arrives there a moment later.
mkdirSync(join(frontend, 'dist'), { recursive: true });

const children = [];
let stopping = false;

function stopAll(exitCode) {
  if (stopping) return;
  stopping = true;
  process.exitCode = exitCode;
  for (const child of children) child.kill('SIGTERM');
}

function run(label, command, args, cwd, env = {}) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...colour, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => process.stdout.write(`[${label}] ${line}\n`));
  }
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[dev] ${label} ended (${signal ?? `exit code ${code}`}); stopping the others`);
    stopAll(code || 1);
  });
  children.push(child);
}

run('tsc', bin('tsc'), ['-b', '-w', '--preserveWatchOutput', 'backend/tsconfig.build.json'], root);
run('backend', process.execPath, ['--watch', '--enable-source-maps', 'backend/dist/main.js'], root);
run('vite', bin('vite'), [], frontend, { INBOX_BACKEND_URL: backendUrl });
run('widget', bin('vite'), ['build', '--watch', '--config', 'vite.widget.config.ts'], frontend);

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
