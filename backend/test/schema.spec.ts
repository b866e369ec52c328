import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { openDatabase } from '../src/database/database.module';
import { loadConfig } from '../src/config/app-config';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('migrations', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await openDatabase(loadConfig({ DATABASE_URL: db.url, DATA_DIR: mkdtempSync(join(tmpdir(), 'inbox-schema-')), APP_SECRET: 'x'.repeat(32) }));
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it(`build exactly the schema the entities describe (${process.env.DATABASE_URL ? 'MySQL/MariaDB' : 'SQLite'})`, async () => {
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('can be undone and applied again', async () => {
    const count = ds.migrations.length;
    for (let i = 0; i < count; i++) await ds.undoLastMigration();
    const tables = await ds.createQueryRunner().getTables(['messages']);
    expect(tables).toHaveLength(0);
    await ds.runMigrations();
    expect(await ds.showMigrations()).toBe(false);
  });

  it('map the 0–100 priorities bots set to the ranks of urgent, high, normal and low, and back', async () => {
    // Undoes the priorities' migration and every one after it.
    const undoPriorities = async () => {
      const later = ds.migrations.length - ds.migrations.findIndex((m) => m.name === 'LabelsAndPriority1796820000000');
      for (let i = 0; i < later; i++) await ds.undoLastMigration();
    };
    await undoPriorities();
    // Conversations of a contact no other test row has; the columns hold plain ids.
    const [contactId, inboxId] = [990_001, 1];
    const old = [0, 1, 5, 49, 50, 100];
    for (const priority of old) await ds.query("INSERT INTO conversations (inboxId, contactId, status, priority) VALUES (?, ?, 'closed', ?)", [inboxId, contactId, priority]);
    const read = async () => ((await ds.query('SELECT priority FROM conversations WHERE contactId = ? ORDER BY id', [contactId])) as Array<{ priority: number | string }>).map((r) => Number(r.priority));
    await ds.runMigrations();
    expect(await read()).toEqual([0, 1, 1, 1, 2, 2]);
    await undoPriorities();
    expect(await read()).toEqual([0, 1, 1, 1, 50, 50]);
    await ds.runMigrations();
  });

  it.runIf(/^(mysql|mariadb):/.test(process.env.DATABASE_URL ?? ''))('run every MySQL connection of the pool at READ COMMITTED', async () => {
    // Enough transactions at once that the pool opens new connections beside its first.
    const levels = await Promise.all(
      Array.from({ length: 8 }, () =>
        ds.transaction(async (tx) => {
          await tx.query('SELECT SLEEP(0.05)');
          return (await tx.query('SELECT @@session.tx_isolation AS level, CONNECTION_ID() AS id'))[0] as { level: string; id: number };
        }),
      ),
    );
    expect(new Set(levels.map((l) => l.id)).size).toBeGreaterThan(1);
    expect(levels.map((l) => l.level)).toEqual(levels.map(() => 'READ-COMMITTED'));
  });
});
