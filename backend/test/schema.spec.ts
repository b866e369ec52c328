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

  /** Undoes the migrations applied after `name`, and `name` itself. */
  const undoThrough = async (name: string) => {
    const at = ds.migrations.findIndex((m) => m.name === name);
    for (let i = ds.migrations.length - 1; i >= at; i--) await ds.undoLastMigration();
  };

  it('map the 0–100 priorities bots set to the ranks of urgent, high, normal and low, and back', async () => {
    await undoThrough('LabelsAndPriority1796820000000');
    // Conversations of a contact no other test row has; the columns hold plain ids.
    const [contactId, inboxId] = [990_001, 1];
    const old = [0, 1, 5, 49, 50, 100];
    for (const priority of old) await ds.query("INSERT INTO conversations (inboxId, contactId, status, priority) VALUES (?, ?, 'closed', ?)", [inboxId, contactId, priority]);
    const read = async () => ((await ds.query('SELECT priority FROM conversations WHERE contactId = ? ORDER BY id', [contactId])) as Array<{ priority: number | string }>).map((r) => Number(r.priority));
    await ds.runMigrations();
    expect(await read()).toEqual([0, 1, 1, 1, 2, 2]);
    await undoThrough('LabelsAndPriority1796820000000');
    expect(await read()).toEqual([0, 1, 1, 1, 50, 50]);
    await ds.runMigrations();
  });

  it('count operators online or away without any inbox open as disconnected, and leave the others alone', async () => {
    await undoThrough('OnlineWithoutConnection1796863416000');
    const operator = async (name: string, status: string) => {
      await ds.query("INSERT INTO agents (email, name, passwordHash, status, languages, skills, segments) VALUES (?, ?, 'x', ?, '[]', '[]', '[]')", [`${name}@schema.test`, name, status]);
      return Number((await ds.query('SELECT id FROM agents WHERE email = ?', [`${name}@schema.test`]))[0].id);
    };
    const ids = { gone: await operator('gone', 'online'), away: await operator('away', 'away'), here: await operator('here', 'online'), off: await operator('off', 'offline') };
    await ds.query("INSERT INTO agent_connections (processId, agentId) VALUES ('some-process', ?)", [ids.here]);
    const before = Date.now();
    await ds.runMigrations();
    const marked = async (id: number) => (await ds.query('SELECT disconnectedAt FROM agents WHERE id = ?', [id]))[0].disconnectedAt as Date | string | null;
    for (const id of [ids.gone, ids.away]) {
      const at = await marked(id);
      const ms = at instanceof Date ? at.getTime() : Date.parse(`${String(at).replace(' ', 'T')}Z`);
      expect(Math.abs(ms - before)).toBeLessThan(60_000);
    }
    expect([await marked(ids.here), await marked(ids.off)]).toEqual([null, null]);
    await ds.query('DELETE FROM agent_connections');
    await ds.query("DELETE FROM agents WHERE email LIKE '%@schema.test'");
  });

  it("turn a site widget's old pre-chat switch into the field list, and back", async () => {
    await undoThrough('WidgetPreChatFields1796880000000');
    const add = async (key: string, type: string, settings: object) =>
      ds.query("INSERT INTO inboxes (type, name, publicKey, settings, routing, automation) VALUES (?, 'Old', ?, ?, '{}', '{}')", [type, key, JSON.stringify(settings)]);
    await add('old-on', 'webchat', { preChatForm: true, color: '#123456' });
    await add('old-off', 'webchat', { preChatForm: false });
    await add('old-mail', 'email', { preChatForm: true });
    const read = async (key: string) => JSON.parse(((await ds.query('SELECT settings FROM inboxes WHERE publicKey = ?', [key])) as Array<{ settings: string }>)[0].settings);
    await ds.runMigrations();
    expect(await read('old-on')).toEqual({ color: '#123456', preChatFields: { name: 'required', email: 'required' } });
    expect(await read('old-off')).toEqual({ preChatFields: {} });
    expect(await read('old-mail')).toEqual({ preChatForm: true });
    await undoThrough('WidgetPreChatFields1796880000000');
    expect(await read('old-on')).toEqual({ color: '#123456', preChatForm: true });
    expect(await read('old-off')).toEqual({ preChatForm: false });
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
