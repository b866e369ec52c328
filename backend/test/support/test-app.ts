import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { Inbox } from '../../src/channels/inbox.entity';
import { DemoService } from '../../src/demo/demo.service';
import { createApp } from '../../src/app.factory';
import { loadConfig, type AppConfig } from '../../src/config/app-config';
import { createTestDatabase, type TestDatabase } from './test-database';

export const ADMIN = { email: 'admin@test.local', password: 'admin-password-1' };

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  url: string;
  db: TestDatabase;
  /** fetch against the app, JSON in and out. */
  api(path: string, init?: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: any }>;
  login(email?: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Boots the whole application on a random port against a fresh database, or
 * against `shared` ones (a restart, a second process): close() then leaves
 * them to the caller, who also passes the same APP_SECRET in `env`.
 *
 * On a fresh database the demo inbox comes without its automatic messages
 * (greeting, goodbye, survey): most suites use it as a plain widget inbox and
 * count exactly the messages they cause. `demoAsShipped` keeps the demo as
 * `npm start` makes it.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  shared?: { db: TestDatabase; dataDir: string },
  options: { demoAsShipped?: boolean } = {},
): Promise<TestApp> {
  const db = shared?.db ?? (await createTestDatabase());
  const dataDir = shared?.dataDir ?? mkdtempSync(join(tmpdir(), 'inbox-data-'));
  // A real port before the config is built, so PUBLIC_URL and the widget snippet are right.
  const port = await freePort();
  const config = loadConfig({
    DATABASE_URL: db.url,
    REDIS_URL: process.env.REDIS_URL,
    REDIS_PREFIX: `inbox-test-${randomBytes(4).toString('hex')}`,
    DATA_DIR: dataDir,
    APP_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    // Every test logs in from 127.0.0.1; the suites that test throttling set their own limit.
    LOGIN_RATE_PER_MINUTE: '100000',
    ...env,
  });
  const app = await createApp(config, process.env.TEST_LOG ? ['error', 'warn'] : false);
  await app.listen(port, '127.0.0.1');
  const demo = shared || options.demoAsShipped ? null : await app.get(DemoService).demoInbox();
  if (demo) await app.get(DataSource).getRepository(Inbox).save({ ...demo, automation: {} });
  const url = `http://127.0.0.1:${port}`;

  const api: TestApp['api'] = async (path, init = {}) => {
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    let body: string | undefined;
    if (init.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    }
    const res = await fetch(url + path, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed };
  };

  return {
    app,
    config,
    url,
    db,
    api,
    async login(email = ADMIN.email, password = ADMIN.password) {
      const res = await api('/api/auth/login', { body: { email, password } });
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.accessToken as string;
    },
    async close() {
      await app.close();
      if (shared) return;
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}

/** What a test may change of the clients' defaults (WebSocket only, no reconnection), e.g. `localAddress` to appear as another client to a proxy. */
export type ClientOptions = Partial<ManagerOptions & SocketOptions> & { localAddress?: string };

/** A socket.io client that resolves once connected, or rejects with the server's refusal. */
export function connectSocket(url: string, auth: Record<string, unknown>, options: ClientOptions = {}): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true, ...options });
    // Only the first connection's refusal rejects: with `reconnection`, later ones are retried.
    const refused = (error: Error) => {
      socket.close();
      reject(error);
    };
    socket.once('connect_error', refused);
    socket.once('connect', () => {
      socket.off('connect_error', refused);
      resolve(socket);
    });
  });
}

/** The next event of that name, or a timeout error naming it. */
export function nextEvent<T = any>(socket: Socket, event: string, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${event}" within ${timeoutMs} ms`)), timeoutMs);
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

/** Connects a widget visitor and waits for its session; `options.extraHeaders.origin`: the site its page is on, as a browser says it. */
export async function connectVisitor(url: string, inboxKey: string, visitorToken?: string, options: ClientOptions = {}) {
  const socket = io(`${url}/widget`, { auth: { inboxKey, visitorToken }, transports: ['websocket'], reconnection: false, forceNew: true, ...options });
  const session = await new Promise<any>((resolve, reject) => {
    const refused = (error: Error) => {
      socket.close();
      reject(error);
    };
    socket.once('connect_error', refused);
    socket.once('session', (session) => {
      socket.off('connect_error', refused);
      resolve(session);
    });
  });
  return { socket, session };
}
