import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_NOT_ANSWERING, DATABASE_TIMEOUT, isDatabaseUnavailable } from '../../src/common/database-errors';
import { loadConfig } from '../../src/config/app-config';
import { openDatabase } from '../../src/database/database.module';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startBlackHoleProxy, type BlackHoleProxy } from './black-hole-proxy';

const onMySql = /^(mysql|mariadb):/.test(process.env.DATABASE_URL ?? '');
if (!onMySql) console.log('database time limits suite skipped: it needs DATABASE_URL=mysql://… (CI runs it in the MariaDB + Redis pass)');

const LIMIT_MS = 2000;

/** How long a promise took to settle, and what it settled with (an error is a value here). */
async function timed<T>(work: Promise<T>): Promise<{ ms: number; value: T | { code?: string } }> {
  const started = Date.now();
  const value = await work.catch((error: { code?: string }) => error);
  return { ms: Date.now() - started, value };
}

/**
 * The limits on every wait for MySQL/MariaDB (database/mysql-time-limits.ts),
 * on the application's own data source, with DATABASE_TIMEOUT_MS=2000: one
 * slow query is no outage, a query past the limit fails and its connection
 * is replaced, and a server that answers nothing fails every wait at once
 * until it answers again.
 */
describe.skipIf(!onMySql)('time limits on the database', () => {
  let db: TestDatabase;
  let proxy: BlackHoleProxy;
  let dataDir: string;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    const server = new URL(db.url);
    proxy = await startBlackHoleProxy({ host: server.hostname, port: Number(server.port || 3306) });
    server.host = `127.0.0.1:${proxy.port}`;
    dataDir = mkdtempSync(join(tmpdir(), 'inbox-limits-'));
    ds = await openDatabase(
      loadConfig({ DATABASE_URL: server.toString(), DATABASE_POOL_SIZE: '4', DATABASE_TIMEOUT_MS: String(LIMIT_MS), DATA_DIR: dataDir, APP_SECRET: randomBytes(32).toString('hex') }),
    );
    await ds.query('CREATE TABLE limits_probe (id INT PRIMARY KEY)');
  }, 120_000);
  afterAll(async () => {
    proxy?.heal();
    await ds?.destroy();
    await proxy?.close();
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets a query slower than a second finish within the limit, and fails one past it while the next runs at once', async () => {
    const slow = await timed(ds.query('SELECT SLEEP(1.5) AS slept'));
    expect(slow.value).toEqual([{ slept: 0 }]);

    const tooSlow = await timed(ds.query('SELECT SLEEP(5)'));
    expect((tooSlow.value as { code?: string }).code).toBe(DATABASE_TIMEOUT);
    expect(isDatabaseUnavailable(tooSlow.value), 'answered 503').toBe(true);
    expect(tooSlow.ms).toBeGreaterThanOrEqual(LIMIT_MS - 50);
    expect(tooSlow.ms).toBeLessThan(LIMIT_MS + 1000);

    const next = await timed(ds.query('SELECT 1 AS one'));
    expect(next.value).toEqual([{ one: 1 }]);
    expect(next.ms).toBeLessThan(500);
  });

  it('rolls back a transaction whose query ran out of time, and the next one commits', async () => {
    const failed = await timed(
      ds.transaction(async (tx) => {
        await tx.query('INSERT INTO limits_probe (id) VALUES (1)');
        await tx.query('SELECT SLEEP(5)');
      }),
    );
    expect((failed.value as { code?: string }).code).toBe(DATABASE_TIMEOUT);
    await ds.transaction((tx) => tx.query('INSERT INTO limits_probe (id) VALUES (2)'));
    expect(await ds.query('SELECT id FROM limits_probe ORDER BY id')).toEqual([{ id: 2 }]);
  });

  it('fails every wait at once while the server answers nothing, and answers again soon after it does', async () => {
    proxy.blackHole();
    const caught = await timed(ds.query('SELECT 1'));
    expect((caught.value as { code?: string }).code, 'a query the hole caught').toMatch(new RegExp(`^(${DATABASE_TIMEOUT}|${DATABASE_NOT_ANSWERING})$`));
    expect(caught.ms).toBeLessThan(LIMIT_MS + 500);

    // Within a second of suspicion and two of probing, the server is known to be silent.
    let refusedAtOnce: { ms: number; value: unknown } | null = null;
    const knownBy = Date.now() + 5000;
    while (!refusedAtOnce && Date.now() < knownBy) {
      const attempt = await timed(ds.query('SELECT 1'));
      if ((attempt.value as { code?: string }).code === DATABASE_NOT_ANSWERING && attempt.ms < 100) refusedAtOnce = attempt;
      else await new Promise((r) => setTimeout(r, 100));
    }
    expect(refusedAtOnce, 'a query refused at once').not.toBeNull();
    expect(isDatabaseUnavailable(refusedAtOnce!.value), 'answered 503').toBe(true);

    proxy.heal();
    const healed = Date.now();
    let answer: unknown = null;
    while (Date.now() < healed + 10_000) {
      answer = (await timed(ds.query('SELECT 1 AS one'))).value;
      if (Array.isArray(answer)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(answer).toEqual([{ one: 1 }]);
    const recoveryMs = Date.now() - healed;
    expect(recoveryMs, 'answering again after the path healed (ms)').toBeLessThan(3000);
    console.log(`[database time limits] a query the hole caught failed after ${caught.ms} ms; answering again ${recoveryMs} ms after the path healed`);
  }, 30_000);
});
