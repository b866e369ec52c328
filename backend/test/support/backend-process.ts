import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { freePort } from './test-app';
import { createTestDatabase, type TestDatabase } from './test-database';

const MAIN = resolve(__dirname, '../../dist/main.js');
export const PROCESS_ADMIN = { email: 'admin@test.local', password: 'admin-password-1' };

/**
 * The built backend (backend/dist) in its own process, as production runs
 * it: for tests that kill it, restart it, run two of it, or take its
 * database or Redis away under it.
 */
export interface BackendProcess {
  url: string;
  child: ChildProcess;
  /** JSON in and out, with the admin's token unless `token` says otherwise (`null`: none). */
  api(path: string, init?: { method?: string; body?: unknown; token?: string | null; headers?: Record<string, string> }): Promise<{ status: number; body: any }>;
  /** Resolves once the process is gone, whether it exited or was killed by a signal. */
  exited(): Promise<void>;
  /** SIGTERM (a clean shutdown), wait for the exit, and remove the data folder if it was made here. */
  stop(): Promise<void>;
}

export function assertBackendBuilt(): void {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the backend first (npm run build -w @inbox/backend)`);
}

/**
 * Starts dist/main.js and waits until /api/health answers, then logs the
 * admin in. Only PATH is taken from this process's environment: the
 * database, Redis and everything else are what `env` says (SQLite in a new
 * data folder, in-process jobs, a free port, when it says nothing).
 */
export async function startBackendProcess(env: Record<string, string> = {}, timeoutMs = 60_000): Promise<BackendProcess> {
  assertBackendBuilt();
  const ownDataDir = env.DATA_DIR ? null : mkdtempSync(join(tmpdir(), 'inbox-process-'));
  const port = env.PORT ?? String(await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      ...(ownDataDir ? { DATA_DIR: ownDataDir } : {}),
      PORT: port,
      APP_SECRET: randomBytes(32).toString('hex'),
      ADMIN_EMAIL: PROCESS_ADMIN.email,
      ADMIN_PASSWORD: PROCESS_ADMIN.password,
      LOGIN_RATE_PER_MINUTE: '100000',
      DEMO: 'false',
      REDIS_PREFIX: `inbox-process-${randomBytes(4).toString('hex')}`,
      ...env,
    },
    stdio: ['ignore', 'ignore', process.env.TEST_LOG ? 'inherit' : 'ignore'],
  });
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
  let token = '';
  const api: BackendProcess['api'] = async (path, init = {}) => {
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    const bearer = init.token === undefined ? token : init.token;
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(url + path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body };
  };
  token = (await api('/api/auth/login', { body: PROCESS_ADMIN, token: null })).body.accessToken;
  return {
    url,
    child,
    api,
    exited,
    async stop() {
      child.kill('SIGTERM');
      await exited();
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Backend processes of one deployment, as replicas run: one MariaDB
 * database, Redis, data folder and secret, each process on a port of its
 * own. Registers the suite's beforeAll (database and folder made) and
 * afterAll (processes stopped, both removed); `env` adds the test's own
 * settings, read when a process starts.
 */
export function useProcessGroup(
  name: string,
  env: () => Record<string, string> = () => ({}),
): {
  start(): Promise<BackendProcess>;
  /** Stops `process` cleanly (SIGTERM) and starts a new one on its port, as a rolling restart does; the proxy in front keeps its address. */
  restart(process: BackendProcess): Promise<BackendProcess>;
  readonly db: TestDatabase;
} {
  let db: TestDatabase | undefined;
  let dataDir: string | undefined;
  let shared: Record<string, string> = {};
  const running: BackendProcess[] = [];
  beforeAll(async () => {
    assertBackendBuilt();
    db = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), `inbox-${name}-`));
    shared = {
      DATABASE_URL: db.url,
      REDIS_URL: process.env.REDIS_URL ?? '',
      REDIS_PREFIX: `inbox-${name}-${randomBytes(4).toString('hex')}`,
      DATA_DIR: dataDir,
      APP_SECRET: randomBytes(32).toString('hex'),
      DEMO: 'false',
    };
  });
  afterAll(async () => {
    await Promise.all(running.map((process) => process.stop()));
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  const startOn = async (port: number) => {
    const started = await startBackendProcess({ ...shared, ...env(), PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` });
    running.push(started);
    return started;
  };
  return {
    get db() {
      if (!db) throw new Error('the process group is used before its beforeAll ran');
      return db;
    },
    start: async () => startOn(await freePort()),
    async restart(process) {
      running.splice(running.indexOf(process), 1);
      await process.stop();
      return startOn(Number(new URL(process.url).port));
    },
  };
}
