import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { Message } from '../src/conversations/message.entity';
import { insertMessages } from '../src/conversations/message-rows';
import { customerWrites } from './support/operators';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * insertMessages stores a batch with one INSERT and gives each row its id:
 * from the INSERT itself where the database says them (MariaDB, SQLite:
 * RETURNING), read back where it cannot (MySQL). Ids are checked against
 * the stored rows, so a batch whose ids came back in another order fails.
 */
describe('insertMessages', () => {
  let t: TestApp;
  let conversationId: number;
  let inboxId: number;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.login();
    const inbox = (await t.api('/api/inboxes', { token: admin })).body.items[0] as { id: number; publicKey: string };
    inboxId = inbox.id;
    ({ conversationId } = await customerWrites(t, inbox.publicKey, 'first'));
  });
  afterAll(() => t?.close());

  const row = (db: DataSource, externalId: string) =>
    db.getRepository(Message).create({
      conversationId, inboxId, direction: 'in', senderType: 'contact', senderId: null, kind: 'text', text: `text ${externalId}`, payload: null, externalId,
      status: 'sent', error: null, private: false, edited: false, replyToId: null, deliveryLeaseUntil: null, deliveryOwner: null, sendingSince: null, createdAt: new Date(),
    });

  it('gives every row of a batch its own stored id, and null to one whose external id is taken', async () => {
    const db = t.app.get(DataSource);
    // Shuffled external ids: ids in the order of the rows, not of their external ids.
    const externalIds = Array.from({ length: 40 }, (_, i) => `batch-${(i * 17) % 40}`);
    const ids = await db.transaction((tx) => insertMessages(tx, externalIds.map((id) => row(db, id))));
    const stored = await db.getRepository(Message).find({ where: { conversationId }, select: { id: true, externalId: true } });
    const idOf = new Map(stored.map((m) => [m.externalId, m.id]));
    expect(ids).toEqual(externalIds.map((id) => idOf.get(id)));
    expect(new Set(ids).size).toBe(40);

    // One taken external id fails the one INSERT; each row then goes alone.
    const again = await db.transaction((tx) => insertMessages(tx, [row(db, 'batch-3'), row(db, 'batch-new')]));
    expect(again[0]).toBeNull();
    expect(again[1]).toBe((await db.getRepository(Message).findOneByOrFail({ inboxId, externalId: 'batch-new' })).id);
  });
});
