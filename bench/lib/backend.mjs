// What the benchmarks share: the built backend as its own process, its API,
// the MariaDB and Redis it runs on, and an open-loop HTTP load generator.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const MYSQL_SERVER = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** What `npm start` (package.json) and docker/Dockerfile pass to node; a test checks the three agree. */
export const PRODUCTION_NODE_ARGS = ['--max-semi-space-size=64'];

export const BENCH_ADMIN = { email: 'admin@bench.test', password: 'bench-password-1' };

/**
 * The environment of a benchmarked backend reachable on `port`, with `extra`
 * on top. `redisUrl` '' runs the jobs in-process (the SQLite set-up).
 */
export function benchEnv({ databaseUrl, prefix, dataDir, port, redisUrl = REDIS_URL, extra = {} }) {
  return {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    DATA_DIR: dataDir,
    APP_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DEMO: 'false',
    ...extra,
  };
}

/** One statement on the MariaDB server (a database name may be part of `sql`). */
export async function mysqlQuery(sql, params = []) {
  const mysql = require('mysql2/promise');
  const conn = await mysql.createConnection({ uri: MYSQL_SERVER });
  try {
    const [rows] = await conn.query(sql, params);
    return rows;
  } finally {
    await conn.end();
  }
}

/** A fresh database on the MariaDB server: its URL and how to drop it. */
export async function mysqlDatabase(label) {
  const name = `inbox_bench_${label}_${process.pid}`;
  await mysqlQuery(`DROP DATABASE IF EXISTS \`${name}\``);
  await mysqlQuery(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  return { name, url: `${MYSQL_SERVER}/${name}`, drop: () => mysqlQuery(`DROP DATABASE IF EXISTS \`${name}\``) };
}

/** Deletes every Redis key under `prefix`. */
export async function cleanRedis(prefix) {
  const { Redis } = require('ioredis');
  const redis = new Redis(REDIS_URL);
  let cursor = '0';
  do {
    const [nextCursor, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = nextCursor;
  } while (cursor !== '0');
  await redis.quit();
}

/**
 * The built backend (backend/dist) in its own process, as production runs it
 * (`npm start` and the image give node the same flags: PRODUCTION_NODE_ARGS),
 * its output in `logFile`; resolves once /api/health answers.
 * `nodeArgs`, e.g. ['--cpu-prof'], to look inside it under load.
 */
export async function startBackend({ env, port, logFile, nodeArgs = [] }) {
  const child = spawn(process.execPath, [...PRODUCTION_NODE_ARGS, ...nodeArgs, join(root, 'backend/dist/main.js')], { cwd: root, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logFile);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(200)) {
    if (child.exitCode !== null) throw new Error(`the backend exited with ${child.exitCode}:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) return child;
  }
  child.kill('SIGKILL');
  throw new Error('the backend did not answer /api/health within 60 s');
}

/** SIGTERM and wait for the exit. */
export async function stopBackend(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

/** JSON call to the backend on `port`; throws on an error status. */
export async function api(port, path, { token, body, method } = {}) {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: method ?? (body ? 'POST' : 'GET'),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Waits until process `pid` uses under 10 % of a core for a whole second (at most 60 s), from /proc. */
export async function waitForIdle(pid) {
  const deadline = Date.now() + 60_000;
  await sleep(1000);
  while (Date.now() < deadline) {
    const before = cpuTicks(pid);
    await sleep(1000);
    const after = cpuTicks(pid);
    // Clock ticks are 1/100 s on Linux: under 10 ticks in a second is under 10 % of a core.
    if (before === null || after === null || after - before < 10) return;
  }
}

/** User + system CPU time of a process in clock ticks (1/100 s), or null once it is gone. */
export function cpuTicks(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/** Pids whose command name is `name` (mariadbd, redis-server), and the children of `parent` (nginx's workers). */
export function pids({ name, parent }) {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        if (name) return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name;
        return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1] === String(parent);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Resident memory of a process in bytes, from /proc. */
export function residentBytes(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
}

/**
 * POSTs JSON bodies to `url` with node:http and a keep-alive agent (fetch
 * costs several times the CPU, and the generator shares the machine).
 */
export function jsonPoster(url, headers = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const target = new URL(url);
  const post = (body) =>
    new Promise((resolve) => {
      const req = http.request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode }));
        },
      );
      req.on('error', (error) => resolve({ status: 0, error: String(error) }));
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}

/**
 * Open loop: body i leaves at start + i/rate whatever the answers do, so a
 * slow server cannot slow the offered load. `onSent(i, intendedAt)` runs as
 * each leaves. Latency is counted from the intended send time.
 */
export async function postAtRate(poster, bodies, rate, onSent = () => {}) {
  const results = [];
  const inFlight = [];
  const start = performance.now();
  let next = 0;
  while (next < bodies.length) {
    const due = Math.min(bodies.length, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
    for (; next < due; next++) {
      const intended = start + (next * 1000) / rate;
      onSent(next, intended);
      inFlight.push(poster.post(bodies[next]).then((outcome) => results.push({ ...outcome, latency: performance.now() - intended })));
    }
    await sleep(1);
  }
  await Promise.all(inFlight);
  return { results, elapsed: (performance.now() - start) / 1000 };
}

/**
 * Closed loop: `concurrency` senders post the bodies back to back; returns
 * the answers (each with the `index` of its body) and the seconds it took.
 */
export async function postAsFastAsAnswered(poster, bodies, concurrency) {
  const results = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < bodies.length) {
        const index = next++;
        const sentAt = performance.now();
        const outcome = await poster.post(bodies[index]);
        results.push({ ...outcome, index, latency: performance.now() - sentAt });
      }
    }),
  );
  return { results, elapsed: (performance.now() - start) / 1000 };
}
