import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { Conversation } from '../src/conversations/conversation.entity';
import { hydrate, selectColumns } from '../src/database/raw-rows';
import { customerWrites } from './support/operators';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Rows read through database/raw-rows.ts (the hot inbound path's written-out
 * statements) are the rows the repositories give: every entity's stored
 * rows, read both ways, on the database the suite runs on. hydrate() hands
 * some column types over as the database gave them, without the driver's
 * conversion; a type that needs one fails here.
 */
describe('raw rows', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.login();
    const inbox = (await t.api('/api/inboxes', { token: admin })).body.items[0] as { publicKey: string };
    const { conversationId } = await customerWrites(t, inbox.publicKey, 'hello');
    // Every kind of column with a value: JSON, dates, booleans, text.
    await t.app.get(DataSource).getRepository(Conversation).update(
      { id: conversationId },
      { attributes: { plan: 'gold', seats: 3, vip: true }, requiredSkills: ['billing'], declinedBy: [1], queuedAt: new Date('2026-01-02T03:04:05.678Z'), vip: true, csatScore: 4, csatComment: 'Fine «ok»', priority: 2 },
    );
  });
  afterAll(() => t?.close());

  it("reads every entity's stored rows as its repository does", async () => {
    const db = t.app.get(DataSource);
    const compared: string[] = [];
    for (const metadata of db.entityMetadatas) {
      if (metadata.primaryColumns.length !== 1 || metadata.tableType !== 'regular') continue;
      const [primary] = metadata.primaryColumns;
      const rows: Array<Record<string, unknown>> = await db.query(
        `SELECT ${selectColumns(db.manager, metadata.target, 'r')} FROM ${db.driver.escape(metadata.tableName)} r ORDER BY r.${db.driver.escape(primary.databaseName)} LIMIT 20`,
      );
      if (rows.length === 0) continue;
      const viaRepository = await db.getRepository(metadata.target).find({ order: { [primary.propertyName]: 'ASC' }, take: 20 });
      const plainColumns = metadata.columns.filter((c) => !c.relationMetadata && !c.embeddedMetadata);
      const pick = (entity: object) => Object.fromEntries(plainColumns.map((c) => [c.propertyName, c.getEntityValue(entity)]));
      expect(rows.map((raw) => pick(hydrate(db.manager, metadata.target, 'r', raw))), metadata.name).toEqual(viaRepository.map(pick));
      compared.push(metadata.name);
    }
    // The hot path's own entities at least.
    expect(compared).toEqual(expect.arrayContaining(['Conversation', 'Contact', 'Inbox', 'Message', 'ContactIdentity']));
  });
});
