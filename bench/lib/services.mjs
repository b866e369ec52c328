// What each benchmark needs before it can measure anything: the servers that
// must answer, the browser, and whether it reads the built frontend. npm run
// bench checks them before it builds, so a missing one stops the run at once,
// naming it and how to start or install it, instead of ending with no figures
// and exit 0.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MYSQL_SERVER, REDIS_URL } from './backend.mjs';
import { CHROMIUM } from './inbox-app.mjs';
import { NGINX } from './nginx-proxy.cjs';

const require = createRequire(import.meta.url);

export const SERVICES = {
  mariadb: {
    name: 'MariaDB',
    url: MYSQL_SERVER,
    variable: 'BENCH_MYSQL_URL',
    start: 'Debian: `apt-get install mariadb-server && service mariadb start` (root without a password on 127.0.0.1:3306, as CI has it)',
    probe: probeMysql,
  },
  redis: {
    name: 'Redis',
    url: REDIS_URL,
    variable: 'BENCH_REDIS_URL',
    start: 'Debian: `apt-get install redis-server && redis-server --daemonize yes --bind 127.0.0.1 --port 6379`',
    probe: probeRedis,
  },
  chromium: {
    name: 'Chromium',
    url: CHROMIUM,
    variable: 'CHROMIUM_PATH',
    start: 'Debian: `apt-get install chromium` (no browser is downloaded)',
    probe: async (path) => (existsSync(path) ? null : 'is not installed'),
  },
  nginx: {
    name: 'nginx',
    url: NGINX,
    variable: 'NGINX_PATH',
    start: 'Debian: `apt-get install nginx` (the benchmark runs its own; the system service need not run)',
    probe: async (path) => (existsSync(path) ? null : 'is not installed'),
  },
};

/**
 * Per benchmark: `services` that must answer (keys of SERVICES) and
 * `frontend` when it reads frontend/dist. A benchmark not listed needs
 * MariaDB and Redis, so a new one fails loudly rather than silently.
 * routing, search and reports measure MariaDB (routing and search SQLite too);
 * cluster runs several backends behind nginx; the others run one on MariaDB + Redis beside SQLite or alone.
 */
const NEEDS = {
  bundle: { services: [], frontend: true },
  'first-load': { services: ['chromium'], frontend: true },
  scroll: { services: ['chromium'], frontend: true },
  routing: { services: ['mariadb'] },
  search: { services: ['mariadb'] },
  reports: { services: ['mariadb'] },
  cluster: { services: ['mariadb', 'redis', 'nginx'] },
};

export function needsOf(benchmark) {
  return { services: ['mariadb', 'redis'], frontend: false, ...NEEDS[benchmark] };
}

/** Why MariaDB at `url` does not answer, or null when it does. */
export async function probeMysql(url) {
  const mysql = require('mysql2/promise');
  try {
    const conn = await mysql.createConnection({ uri: url, connectTimeout: 2000 });
    await conn.end();
    return null;
  } catch (error) {
    return `does not answer (${error.code ?? error.message})`;
  }
}

/** Why Redis at `url` does not answer PING, or null when it does. */
export async function probeRedis(url) {
  const { Redis } = require('ioredis');
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  // The socket's own error (ECONNREFUSED…) comes as an event; the rejection only says the connection closed.
  let socketError = null;
  redis.on('error', (error) => (socketError = error));
  try {
    await redis.connect();
    await redis.ping();
    return null;
  } catch (error) {
    const cause = socketError ?? error;
    return `does not answer (${cause.code ?? cause.message})`;
  } finally {
    redis.disconnect();
  }
}

/**
 * The services `benchmarks` need that are missing, each with why (its
 * probe's answer) and the benchmarks that need it. `services` is SERVICES
 * unless a test swaps it.
 */
export async function unreachableServices(benchmarks, services = SERVICES) {
  const unreachable = [];
  for (const [key, service] of Object.entries(services)) {
    const neededBy = benchmarks.filter((b) => needsOf(b).services.includes(key));
    if (neededBy.length === 0) continue;
    const error = await service.probe(service.url);
    if (error) unreachable.push({ ...service, error, neededBy });
  }
  return unreachable;
}

/** What to tell someone whose run cannot start: what is missing, who needs it, how to start or install it. */
export function explainUnreachable(unreachable) {
  const lines = unreachable.flatMap((s) => [
    `${s.name} at ${s.url} ${s.error}; needed by: ${s.neededBy.join(', ')}.`,
    `  ${s.start}; or set ${s.variable} to one that is there.`,
  ]);
  return ['Benchmarks not run, no figures written:', ...lines.map((l) => `  ${l}`)].join('\n');
}

/** Exits with status 1 and the explanation when something `benchmarks` need is missing. */
export async function requireServices(benchmarks) {
  const unreachable = await unreachableServices(benchmarks);
  if (unreachable.length === 0) return;
  console.error(explainUnreachable(unreachable));
  process.exit(1);
}
