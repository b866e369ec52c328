import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { Conversation } from '../src/conversations/conversation.entity';
import { InboundMessages } from '../src/conversations/inbound-messages.service';
import { Message } from '../src/conversations/message.entity';
import { createTelegramInbox, eventually, messageUpdate, postUpdate, startTelegramTest, type TelegramTest } from './support/telegram-fixtures';

/**
 * A batched webhook message is answered once its INSERT is committed; its
 * conversation's lastMessageAt is set after, beside the push, which shows
 * the new time without waiting for that write. All must still hold: the
 * stored conversation shows its newest message's time, the push shows it
 * too, and the time never moves back.
 */
describe("a conversation's lastMessageAt", () => {
  let tt: TelegramTest;
  let inboxId: number;
  let secret: string;

  beforeAll(async () => {
    tt = await startTelegramTest({ PUBLIC_URL: 'https://inbox.example.com' });
    ({ inbox: { id: inboxId }, secret } = await createTelegramInbox(tt));
  });
  afterAll(() => tt.close());

  it('is the newest message’s time after a burst of batched messages, in the store and in the push', async () => {
    const chats = [730_001, 730_002, 730_003, 730_004];
    for (const chat of chats) expect((await postUpdate(tt, inboxId, secret, messageUpdate(chat, 1, { text: 'hello' }))).status).toBe(200);
    const db = tt.t.app.get(DataSource);
    const conversations = await eventually(async () => {
      const rows: Array<{ id: number; chat: string }> = await db.query(
        'SELECT v.id AS id, i.externalId AS chat FROM conversations v JOIN contact_identities i ON i.contactId = v.contactId AND i.inboxId = v.inboxId WHERE v.inboxId = ?',
        [inboxId],
      );
      return rows.length === chats.length ? rows.map((r) => Number(r.id)) : null;
    });
    const pushed = new Map<number, string>();
    tt.operator.on('conversation.updated', ({ conversation }: { conversation: { id: number; lastMessageAt: string } }) => pushed.set(conversation.id, conversation.lastMessageAt));

    // Concurrent: stored in batches, each conversation getting several messages.
    const burst = chats.flatMap((chat) => [2, 3, 4].map((n) => postUpdate(tt, inboxId, secret, messageUpdate(chat, n, { text: `message ${n}` }))));
    expect((await Promise.all(burst)).map((r) => r.status)).toEqual(burst.map(() => 200));

    for (const id of conversations) {
      const newest = await db.getRepository(Message).findOneOrFail({ where: { conversationId: id }, order: { id: 'DESC' } });
      const stored = await eventually(async () => {
        const row = await db.getRepository(Conversation).findOneByOrFail({ id });
        return row.lastMessageAt && row.lastMessageAt.getTime() >= newest.createdAt.getTime() ? row : null;
      });
      expect(stored.lastMessageAt?.getTime()).toBe(newest.createdAt.getTime());
      await eventually(async () => pushed.get(id) === newest.createdAt.toISOString());
    }
  });

  // On SQLite a held write lock would hold up the message's own INSERT as well: there is one writer.
  it.skipIf(!process.env.DATABASE_URL?.startsWith('mysql'))('reaches operators while its write waits for a lock (MariaDB and MySQL only: SQLite has one writer)', async () => {
    const db = tt.t.app.get(DataSource);
    const chat = 730_005;
    expect((await postUpdate(tt, inboxId, secret, messageUpdate(chat, 1, { text: 'hello' }))).status).toBe(200);
    const { id } = await eventually(() => db.getRepository(Message).findOne({ where: { inboxId, externalId: `${chat}:1` } }));
    const conversationId = (await db.getRepository(Message).findOneByOrFail({ id })).conversationId;
    const pushed: string[] = [];
    tt.operator.on('conversation.updated', ({ conversation }: { conversation: { id: number; lastMessageAt: string } }) => {
      if (conversation.id === conversationId) pushed.push(conversation.lastMessageAt);
    });
    // A shared lock on the conversation's row: the message's INSERT may go on, the UPDATE of lastMessageAt must wait.
    const holder = db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query('SELECT id FROM conversations WHERE id = ? LOCK IN SHARE MODE', [conversationId]);
      expect((await postUpdate(tt, inboxId, secret, messageUpdate(chat, 2, { text: 'while the row is held' }))).status).toBe(200);
      const newest = await db.getRepository(Message).findOneByOrFail({ inboxId, externalId: `${chat}:2` });
      await eventually(async () => pushed.includes(newest.createdAt.toISOString()));
      expect((await db.getRepository(Conversation).findOneByOrFail({ id: conversationId })).lastMessageAt?.getTime()).toBeLessThan(newest.createdAt.getTime());
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    const newest = await db.getRepository(Message).findOneByOrFail({ inboxId, externalId: `${chat}:2` });
    await eventually(async () => (await db.getRepository(Conversation).findOneByOrFail({ id: conversationId })).lastMessageAt?.getTime() === newest.createdAt.getTime());
  });

  it('never moves back: an older time leaves a newer one as it is', async () => {
    const db = tt.t.app.get(DataSource);
    const [{ id }] = await db.getRepository(Conversation).find({ where: { inboxId }, take: 1 });
    const newer = new Date('2030-01-02T03:04:05.678Z');
    const conversations = tt.t.app.get(InboundMessages);
    await db.getRepository(Conversation).update({ id }, { updatedAt: new Date('2020-01-01T00:00:00.000Z') });
    await conversations.noteLastMessages(new Map([[id, newer]]));
    // Noted as an update of the conversation, as the repository's update() marks one.
    expect((await db.getRepository(Conversation).findOneByOrFail({ id })).updatedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    await conversations.noteLastMessages(new Map([[id, new Date('2029-12-31T00:00:00.000Z')]]));
    expect((await db.getRepository(Conversation).findOneByOrFail({ id })).lastMessageAt?.toISOString()).toBe(newer.toISOString());
  });
});
