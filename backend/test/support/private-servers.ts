import { spawn, type ChildProcess, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { freePort } from './test-app';

/**
 * MariaDB and Redis servers of one test, in a temporary folder on a free
 * port, so a test can stop and start them. The machine's shared servers
 * (3306, 6379) are never touched.
 */
export interface PrivateServer {
  url: string;
  port: number;
  /** Stops the server (SIGTERM, or SIGKILL for `hard`) and waits until it is gone. */
  stop(hard?: boolean): Promise<void>;
  /** Starts it again on the same port and data (MariaDB) or empty (Redis without persistence). */
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  destroy(): Promise<void>;
}

function gone(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} did not come up in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function managed(port: number, url: string, dir: string, launch: () => ChildProcess, ready: () => Promise<boolean>, name: string): PrivateServer & { boot(): Promise<void> } {
  let child: ChildProcess | null = null;
  const server = {
    url,
    port,
    async boot() {
      child = launch();
      await until(name, ready);
    },
    async stop(hard = false) {
      if (!child) return;
      const running = child;
      child = null;
      running.kill(hard ? 'SIGKILL' : 'SIGTERM');
      await gone(running);
    },
    start: () => server.boot(),
    async destroy() {
      await server.stop(true);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

/** A MariaDB of its own (root without a password, database `inbox`). */
export async function startPrivateMariaDb(): Promise<PrivateServer> {
  const dir = mkdtempSync(join(tmpdir(), 'inbox-private-mariadb-'));
  const data = join(dir, 'data');
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', '--user=root'], { stdio: 'pipe' });
  const port = await freePort();
  const args = [
    '--no-defaults',
    `--datadir=${data}`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    `--socket=${join(dir, 'sock')}`,
    `--pid-file=${join(dir, 'pid')}`,
    `--log-error=${join(dir, 'error.log')}`,
    '--user=root',
    '--skip-grant-tables',
    '--innodb-buffer-pool-size=64M',
    '--character-set-server=utf8mb4',
    '--collation-server=utf8mb4_unicode_ci',
  ];
  const ping = async () => {
    const conn = await createConnection({ host: '127.0.0.1', port, user: 'root' });
    await conn.end();
    return true;
  };
  const server = managed(port, `mysql://root@127.0.0.1:${port}/inbox`, dir, () => spawn('mariadbd', args, { stdio: 'ignore' }), ping, 'private MariaDB');
  await server.boot();
  const conn = await createConnection({ host: '127.0.0.1', port, user: 'root' });
  await conn.query('CREATE DATABASE inbox CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
  await conn.end();
  return server;
}

/** A redis-server of its own, without persistence: a restart comes back empty. */
export async function startPrivateRedis(): Promise<PrivateServer> {
  const dir = mkdtempSync(join(tmpdir(), 'inbox-private-redis-'));
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--maxmemory-policy', 'noeviction'];
  const ping = async () => {
    const { Redis } = await import('ioredis');
    const client = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => {});
    try {
      await client.connect();
      return (await client.ping()) === 'PONG';
    } finally {
      client.disconnect();
    }
  };
  const server = managed(port, `redis://127.0.0.1:${port}`, dir, () => spawn('redis-server', args, { stdio: 'ignore' }), ping, 'private Redis');
  await server.boot();
  return server;
}
