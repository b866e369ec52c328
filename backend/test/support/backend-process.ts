import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './test-app';

const MAIN = resolve(__dirname, '../../dist/main.js');

/** The built backend (dist/main.js) as a process of its own, for tests that take its database or Redis away under it. */
export interface BackendProcess {
  url: string;
  child: ChildProcess;
  /** JSON in and out, with the admin's token unless `token: null`. */
  api(path: string, init?: { method?: string; body?: unknown; token?: string | null; headers?: Record<string, string> }): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

export async function startBackendProcess(env: Record<string, string>): Promise<BackendProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the backend first (npm run build -w @inbox/backend)`);
  const dataDir = mkdtempSync(join(tmpdir(), 'inbox-process-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      DATA_DIR: dataDir,
      PORT: String(port),
      APP_SECRET: randomBytes(32).toString('hex'),
      ADMIN_EMAIL: 'admin@test.local',
      ADMIN_PASSWORD: 'admin-password-1',
      LOGIN_RATE_PER_MINUTE: '100000',
      DEMO: 'false',
      REDIS_PREFIX: `inbox-process-${randomBytes(4).toString('hex')}`,
      ...env,
    },
    stdio: ['ignore', 'ignore', process.env.TEST_LOG ? 'inherit' : 'ignore'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`backend exited (${child.exitCode ?? child.signalCode})`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error('backend did not become healthy in 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  let token = '';
  const api: BackendProcess['api'] = async (path, init = {}) => {
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    const bearer = init.token === undefined ? token : init.token;
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(url + path, { method: init.method ?? (init.body === undefined ? 'GET' : 'POST'), headers, body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body) });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body };
  };
  token = (await api('/api/auth/login', { body: { email: 'admin@test.local', password: 'admin-password-1' }, token: null })).body.accessToken;
  return {
    url,
    child,
    api,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
