// Benchmarks that drive the backend's services inside their own process,
// once on MariaDB and once on SQLite.
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mysqlDatabase } from './backend.mjs';
import { requireServices } from './services.mjs';

const require = createRequire(import.meta.url);
const SQLITE_ONLY = '--sqlite-only';

/** The built application on `databaseUrl`, with a data directory of its own. */
export async function createBenchApp(databaseUrl, prefix) {
  process.env.DATABASE_URL = databaseUrl;
  const { loadConfig } = require('../../backend/dist/config/app-config.js');
  const { createApp } = require('../../backend/dist/app.factory.js');
  const dataDir = mkdtempSync(join(tmpdir(), `bench-${prefix}-`));
  const config = loadConfig({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, APP_SECRET: randomBytes(32).toString('hex'), ADMIN_PASSWORD: 'bench-password', DEMO: 'false' });
  const app = await createApp(config, false);
  const { DataSource } = require('typeorm');
  return {
    app,
    db: app.get(DataSource),
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** First id of a multi-row insert, on either driver. */
export async function firstInsertId(db, sql, table, size) {
  const result = await db.query(sql);
  if (result && typeof result.insertId === 'number') return result.insertId;
  const [row] = await db.query(`SELECT MAX(id) AS id FROM ${table}`);
  return Number(row.id) - size + 1;
}

/**
 * Runs `measure(label, databaseUrl)` on a fresh MariaDB database, then on
 * SQLite, and returns both figures. The entities pick column types from DATABASE_URL when first
 * loaded, so SQLite runs in a fresh process: the benchmark's own script,
 * called again with --sqlite-only, which prints its figures as one JSON line
 * and exits.
 */
export async function measureOnBothDatabases(scriptUrl, name, measure) {
  if (process.argv[2] === SQLITE_ONLY) {
    console.log(JSON.stringify(await measureSqlite(name, measure)));
    process.exit(0);
  }
  await requireServices([name]);
  const results = [];
  const mysql = await mysqlDatabase(name);
  try {
    results.push(await measure('MariaDB', mysql.url));
  } finally {
    await mysql.drop();
  }
  const child = spawnSync(process.execPath, [fileURLToPath(scriptUrl), SQLITE_ONLY], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(child.stdout);
  const line = child.stdout.split('\n').find((l) => l.startsWith('{'));
  if (line) results.push(JSON.parse(line));
  return results;
}

async function measureSqlite(name, measure) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${name}-sqlite-`));
  try {
    return await measure('SQLite', `sqlite:${join(dir, 'bench.sqlite')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
