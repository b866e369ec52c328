import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource, In } from 'typeorm';
import { Conversation } from '../src/conversations/conversation.entity';
import { Message } from '../src/conversations/message.entity';
import { insertRows } from '../src/database/raw-rows';
import { ConversationPresenter } from '../src/conversations/conversation.presenter';
import { createTelegramInbox, eventually, messageUpdate, postUpdate, startTelegramTest, type TelegramTest } from './support/telegram-fixtures';

/**
 * Pushes present conversations with one joined statement (conversationsById),
 * the REST API from loaded rows (conversations): both must show the same.
 */
describe('the conversation presenter', () => {
  let tt: TelegramTest;
  let inbox: { id: number };
  let secret: string;

  beforeAll(async () => {
    tt = await startTelegramTest({ PUBLIC_URL: 'https://inbox.example.com' });
    ({ inbox, secret } = await createTelegramInbox(tt));
  });
  afterAll(() => tt.close());

  it('presents by id exactly what it presents from loaded rows: contact, inbox, labels, last message that is not a note', async () => {
    for (const [chat, text] of [[710_001, 'Hello'], [710_002, 'Where is my parcel?'], [710_003, 'Bonjour']] as const) {
      expect((await postUpdate(tt, inbox.id, secret, messageUpdate(chat, 1, { text, from: { id: chat, is_bot: false, first_name: `Customer ${chat}` } }))).status).toBe(200);
    }
    const ids = await eventually(async () => {
      const list = await tt.t.api('/api/conversations?view=all&limit=50', { token: tt.adminToken });
      const mine = (list.body.items as Array<{ id: number; inboxId: number }>).filter((c) => c.inboxId === inbox.id).map((c) => c.id);
      return mine.length === 3 ? mine.sort((a, b) => a - b) : null;
    });
    const [withNote, labelled, closed] = ids;
    expect((await tt.t.api(`/api/conversations/${withNote}/messages`, { token: tt.adminToken, body: { text: 'a note, never the last message shown', private: true } })).status).toBe(201);
    // Added out of order, with letters whose order code points get wrong (ё comes after е, not after я).
    const labelIds: number[] = [];
    for (const name of ['Ёлка', 'Delivery', 'Явка', 'Еда']) labelIds.push((await tt.t.api('/api/labels', { token: tt.adminToken, body: { name, color: '#2f80ed' } })).body.label.id);
    expect((await tt.t.api(`/api/conversations/${labelled}/labels`, { method: 'PUT', token: tt.adminToken, body: { labelIds } })).status).toBe(200);
    expect((await tt.t.api(`/api/conversations/${closed}/close`, { method: 'POST', token: tt.adminToken, body: {} })).status).toBe(200);

    const presenter = tt.t.app.get(ConversationPresenter);
    const rows = await tt.t.app.get(DataSource).getRepository(Conversation).findBy({ id: In(ids) });
    const fromRows = await presenter.conversations(rows.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)));
    const byId = await presenter.conversationsById([...ids, 99_999_999]);
    expect(byId).toEqual(fromRows);
    expect(byId.map((c) => [c.status, c.lastMessage?.text, c.labels.map((l) => l.name), c.contact?.name, c.inbox?.type])).toEqual([
      ['assigned', 'Hello', [], 'Customer 710001', 'telegram'],
      ['assigned', 'Where is my parcel?', ['Delivery', 'Еда', 'Ёлка', 'Явка'], 'Customer 710002', 'telegram'],
      ['closed', 'Bonjour', [], 'Customer 710003', 'telegram'],
    ]);
  });

  it("finds a conversation's last message customers see in a step or two, however long the conversation", async () => {
    const db = tt.t.app.get(DataSource);
    // Two conversations (with one, MariaDB reads it before the statement runs and the look-up is a constant).
    const conversationIds: number[] = [];
    for (const chat of [710_100, 710_101]) {
      expect((await postUpdate(tt, inbox.id, secret, messageUpdate(chat, 1, { text: 'first' }))).status).toBe(200);
      const id = await eventually(async () => {
        const [row]: Array<{ id: number }> = await db.query(
          'SELECT v.id AS id FROM conversations v JOIN contact_identities i ON i.contactId = v.contactId WHERE i.inboxId = ? AND i.externalId = ?',
          [inbox.id, String(chat)],
        );
        return row ? Number(row.id) : null;
      });
      conversationIds.push(id);
      // 400 more messages, the newest of them operators' notes: the one shown is older than all the notes.
      const rows = Array.from({ length: 400 }, (_, i) =>
        db.getRepository(Message).create({
          conversationId: id, inboxId: inbox.id, direction: i < 390 ? 'in' : 'out', senderType: i < 390 ? 'contact' : 'agent', senderId: null, kind: 'text',
          text: i < 390 ? `message ${i}` : `note ${i}`, payload: null, externalId: `bulk-${chat}-${i}`, status: 'sent', error: null, private: i >= 390, edited: false,
          replyToId: null, deliveryLeaseUntil: null, deliveryOwner: null, sendingSince: null, createdAt: new Date(),
        }),
      );
      await insertRows(db.manager, Message, rows);
    }
    const presenter = tt.t.app.get(ConversationPresenter);

    const statements: Array<{ sql: string; parameters: unknown[] }> = [];
    const manager = db.manager;
    const query = manager.query;
    manager.query = ((sql: string, parameters?: unknown[]) => {
      statements.push({ sql, parameters: parameters ?? [] });
      return query.call(manager, sql, parameters);
    }) as typeof manager.query;
    try {
      expect((await presenter.conversationsById(conversationIds)).map((c) => c.lastMessage?.text)).toEqual(['message 389', 'message 389']);
    } finally {
      manager.query = query;
    }
    const joined = statements.find((s) => s.sql.includes('LEFT JOIN'));
    expect(joined, 'the presenter\'s joined statement').toBeDefined();
    const { sql, parameters } = joined as { sql: string; parameters: unknown[] };
    if (db.options.type === 'better-sqlite3') {
      // SQLite says which index a step uses, not how many rows it reads: the one that ends at the last public message.
      const plan: Array<{ detail: string }> = await db.query(`EXPLAIN QUERY PLAN ${sql}`, parameters);
      expect(plan.map((p) => p.detail).join('\n')).toMatch(/SEARCH l USING COVERING INDEX ix_messages_conversation_public \(conversationId=\? AND private=\?\)/);
    } else {
      // MariaDB runs the statement and reports the rows each table step read.
      const [{ ANALYZE: report }]: Array<{ ANALYZE: string }> = await db.query(`ANALYZE FORMAT=JSON ${sql}`, parameters);
      const readsOfL = [...report.matchAll(/"table_name": "l"[\s\S]*?"r_rows": ([\d.]+)/g)].map((m) => Number(m[1]));
      expect(readsOfL.length).toBeGreaterThan(0);
      expect(Math.max(...readsOfL)).toBeLessThanOrEqual(2);
    }
  });
});
