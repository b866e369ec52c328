// Routing benchmark (issue: the router). 1,000 online operators already
// holding 10,000 open conversations; then new queued conversations are
// routed by 8 concurrent callers of RoutingService.route, on MariaDB and on
// SQLite. Prints assignments per second and per-decision latency.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { percentile, recordBenchmark } from '../lib/record.mjs';

const require = createRequire(import.meta.url);
const OPERATORS = 1000;
const OPEN = 10_000;
const NEW = Number(process.env.BENCH_ROUTES ?? 5000);
/** Callers routing at once: one shows a decision's own latency, eight the throughput. */
const CONCURRENCY_LEVELS = [1, 8];
const MYSQL_SERVER = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

async function setUp(databaseUrl) {
  process.env.DATABASE_URL = databaseUrl;
  const { loadConfig } = require('../../backend/dist/config/app-config.js');
  const { createApp } = require('../../backend/dist/app.factory.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-routing-'));
  const config = loadConfig({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, APP_SECRET: randomBytes(32).toString('hex'), ADMIN_PASSWORD: 'bench-password', DEMO: 'false' });
  const app = await createApp(config, false);
  const { DataSource } = require('typeorm');
  const db = app.get(DataSource);
  await db.query("INSERT INTO inboxes (type, name, publicKey, settings, routing, automation) VALUES ('webchat', 'Bench', 'bench-key', '{}', '{}', '{}')");
  for (let i = 0; i < OPERATORS; i += 500) {
    const rows = Array.from({ length: 500 }, (_, k) => `('op${i + k}@bench.test', 'Op ${i + k}', 'x', 'agent', 'online', 20, ${OPEN / OPERATORS}, '[]', '[]', '[]')`);
    await db.query(`INSERT INTO agents (email, name, passwordHash, role, status, maxChats, openChats, languages, skills, segments) VALUES ${rows.join(',')}`);
  }
  const firstAgent = Number((await db.query("SELECT MIN(id) AS id FROM agents WHERE email LIKE '%@bench.test'"))[0].id);
  const conversations = async (count, assigned) => {
    const ids = [];
    for (let done = 0; done < count; done += 1000) {
      const size = Math.min(1000, count - done);
      const first = (await insert(db, `INSERT INTO contacts (name, attributes) VALUES ${Array.from({ length: size }, () => "(NULL, '{}')").join(',')}`, 'contacts', size));
      const now = new Date().toISOString().slice(0, 23).replace('T', ' ');
      const rows = Array.from({ length: size }, (_, k) => {
        const contact = first + k;
        return assigned
          ? `(1, ${contact}, 'assigned', ${firstAgent + ((done + k) % OPERATORS)}, '1:${contact}', '${now}')`
          : `(1, ${contact}, 'queued', NULL, '1:${contact}', '${now}')`;
      });
      const firstConversation = await insert(db, `INSERT INTO conversations (inboxId, contactId, status, assigneeId, openKey, queuedAt) VALUES ${rows.join(',')}`, 'conversations', size);
      for (let k = 0; k < size; k++) ids.push(firstConversation + k);
    }
    return ids;
  };
  await conversations(OPEN, true);
  const queued = await conversations(NEW, false);
  return { app, db, queued, dataDir };
}

/** First id of a multi-row insert, on either driver. */
async function insert(db, sql, table, size) {
  const result = await db.query(sql);
  if (result && typeof result.insertId === 'number') return result.insertId;
  const [row] = await db.query(`SELECT MAX(id) AS id FROM ${table}`);
  return Number(row.id) - size + 1;
}

async function measure(label, databaseUrl) {
  const { app, db, queued, dataDir } = await setUp(databaseUrl);
  const { RoutingService } = require('../../backend/dist/routing/routing.service.js');
  const routing = app.get(RoutingService);
  // Warm-up: prepared statements, caches.
  for (const id of queued.splice(0, 200)) await routing.route(id, false);
  const share = Math.floor(queued.length / CONCURRENCY_LEVELS.length);
  const runs = [];
  for (const concurrency of CONCURRENCY_LEVELS) {
    const work = queued.splice(0, share);
    const latencies = [];
    let assigned = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (work.length) {
          const id = work.shift();
          const t0 = performance.now();
          if ((await routing.route(id, false)) !== null) assigned++;
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    runs.push({ concurrency, assigned, perSecond: assigned / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) });
  }
  const over = Number((await db.query('SELECT COUNT(*) AS n FROM agents WHERE openChats > maxChats'))[0].n);
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  for (const r of runs) {
    console.log(`${label}, ${r.concurrency} caller(s): ${r.assigned} assignments, ${r.perSecond.toFixed(0)}/s; decision p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms`);
  }
  console.log(`${label}: operators over their limit afterwards: ${over}`);
  return { label, runs, over };
}

async function mysqlDatabase() {
  const { createConnection } = require('mysql2/promise');
  const name = `inbox_bench_routing_${process.pid}`;
  const conn = await createConnection(MYSQL_SERVER);
  await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  return {
    url: `${MYSQL_SERVER}/${name}`,
    drop: async () => {
      const c = await createConnection(MYSQL_SERVER);
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}

const results = [];
const sqliteOnly = process.argv[2] === '--sqlite-only';
const mysql = sqliteOnly ? null : await mysqlDatabase().catch((error) => {
  console.log(`MariaDB/MySQL at ${MYSQL_SERVER} is unreachable (${error.message}); measuring SQLite only`);
  return null;
});
if (mysql) {
  try {
    results.push(await measure('MariaDB', mysql.url));
  } finally {
    await mysql.drop();
  }
}
// The entity column types are chosen from DATABASE_URL when first loaded, so
// SQLite runs in a fresh process.
if (!sqliteOnly && mysql) {
  const { spawnSync } = await import('node:child_process');
  const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--sqlite-only'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(child.stdout);
  const line = child.stdout.split('\n').find((l) => l.startsWith('{'));
  if (line) results.push(JSON.parse(line));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sqlite-'));
  const figures = await measure('SQLite', `sqlite:${join(dir, 'bench.sqlite')}`);
  rmSync(dir, { recursive: true, force: true });
  if (sqliteOnly) {
    console.log(JSON.stringify(figures));
    process.exit(0);
  }
  results.push(figures);
}

const table = [
  '| database | callers | assignments/s | decision p50 | decision p99 | operators over limit |',
  '|---|---|---|---|---|---|',
  ...results.flatMap((r) => r.runs.map((run) => `| ${r.label} | ${run.concurrency} | ${run.perSecond.toFixed(0)} | ${run.p50.toFixed(2)} ms | ${run.p99.toFixed(2)} ms | ${r.over} |`)),
].join('\n');
recordBenchmark(
  'routing',
  'Routing',
  `${OPERATORS} online operators (limit 20 each) holding ${OPEN} open conversations; ${NEW - 200} new queued conversations routed by \`RoutingService.route\`, half by one caller and half by eight at once (after 200 warm-up routes). Calls that arrive while a routing transaction runs are routed together in the next one (docs/routing.md); a decision's latency is the time until \`route\` returns, the assignment committed; telling the operators follows in the background, in the same process. Target on MariaDB: at least 1,000 assignments/s with p99 under 10 ms.\n\n${table}`,
);
process.exit(0);
