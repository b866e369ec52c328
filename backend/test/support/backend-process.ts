import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const MAIN = resolve(__dirname, '../../dist/main.js');

/** The built backend (backend/dist) in its own process, as production runs it. */
export interface BackendProcess {
  child: ChildProcess;
  url: string;
  /** Resolves once the process is gone, whether it exited or was killed by a signal. */
  exited(): Promise<void>;
  /** SIGTERM (a clean shutdown) and wait for the exit. */
  stop(): Promise<void>;
}

export function assertBackendBuilt(): void {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the backend first (npm run build)`);
}

/** Starts dist/main.js with `env` (PORT among it) and waits until /api/health answers. */
export async function startBackendProcess(env: Record<string, string>, timeoutMs = 30_000): Promise<BackendProcess> {
  assertBackendBuilt();
  const child = spawn(process.execPath, [MAIN], { env: { ...(process.env as Record<string, string>), ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${env.PORT}`;
  const exited = () =>
    child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((done) => child.once('exit', () => done()));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`backend exited (${child.exitCode ?? child.signalCode})`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`backend did not become healthy in ${timeoutMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    url,
    exited,
    async stop() {
      child.kill('SIGTERM');
      await exited();
    },
  };
}

/** fetch JSON against a backend with an optional bearer token. */
export async function apiCall(url: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url + path, { method: init.method ?? (init.body === undefined ? 'GET' : 'POST'), headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: text };
  }
}
