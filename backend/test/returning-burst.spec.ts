import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { waitFor } from './support/operators';
import { connectVisitor } from './support/test-app';
import { createTelegramInbox, messageUpdate, postUpdate, startTelegramTest, type TelegramTest } from './support/telegram-fixtures';

const CUSTOMERS = 4;
const MESSAGES_EACH = 16;
const ROUNDS = 5;

/**
 * Customers whose last conversation was closed write again, all at the
 * same instant: every message of the burst opens or joins one new
 * conversation per customer, and none is refused. On MariaDB this used to
 * answer webhooks 500 (a deadlock between two inserts of the same open
 * conversation), and widget visitors saw their messages lost.
 */
describe('a burst from returning customers', () => {
  let tt: TelegramTest;

  beforeAll(async () => {
    tt = await startTelegramTest();
    await tt.t.api('/api/agents/1', { method: 'PATCH', token: tt.adminToken, body: { maxChats: 100 } });
  });
  afterAll(() => tt?.close());

  const db = () => tt.t.app.get(DataSource);
  const closeAll = async (inboxId: number) => {
    const open: Array<{ id: number }> = await db().query("SELECT id FROM conversations WHERE inboxId = ? AND status <> 'closed'", [inboxId]);
    // A conversation still being routed answers 409 ("changed meanwhile"); like an operator, try again.
    for (const { id } of open) {
      const closed = await waitFor(() => tt.t.api(`/api/conversations/${id}/close`, { method: 'POST', token: tt.adminToken }), (res) => res.status !== 409, 5000, `closing ${id}`);
      expect(closed.status).toBe(200);
    }
  };
  const openPerContact = async (inboxId: number) =>
    (await db().query("SELECT contactId, COUNT(*) AS n FROM conversations WHERE inboxId = ? AND status <> 'closed' GROUP BY contactId", [inboxId])).map((r: { n: number | string }) => Number(r.n));

  /** As operators run it: a closed conversation says goodbye and asks for a rating, so a returning customer's first words may be an answer. */
  const withGoodbyeAndSurvey = async (inboxId: number) => {
    const res = await tt.t.api(`/api/inboxes/${inboxId}`, {
      method: 'PATCH',
      token: tt.adminToken,
      body: { automation: { greeting: { enabled: true, text: { en: 'Hello!' } }, goodbye: { enabled: true, text: { en: 'Bye!' } }, csat: { enabled: true } } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };

  it('stores every Telegram webhook of the burst, one new conversation per customer, never a 500', async () => {
    const { inbox, secret } = await createTelegramInbox(tt);
    await withGoodbyeAndSurvey(inbox.id);
    let messageId = 1;
    for (let chat = 1; chat <= CUSTOMERS; chat++) expect((await postUpdate(tt, inbox.id, secret, messageUpdate(910_000 + chat, messageId++, { text: 'first visit' }))).status).toBe(200);
    for (let round = 1; round <= ROUNDS; round++) {
      await closeAll(inbox.id);
      const burst = [];
      for (let chat = 1; chat <= CUSTOMERS; chat++) {
        for (let i = 0; i < MESSAGES_EACH; i++) burst.push(messageUpdate(910_000 + chat, messageId++, { text: `round ${round} message ${i}` }));
      }
      const statuses = await Promise.all(burst.map((update) => postUpdate(tt, inbox.id, secret, update).then((res) => res.status)));
      expect(statuses.filter((s) => s !== 200), `round ${round}: webhooks not answered 200`).toEqual([]);
      expect(await openPerContact(inbox.id)).toEqual(Array(CUSTOMERS).fill(1));
      const [{ n }] = await db().query('SELECT COUNT(*) AS n FROM messages WHERE inboxId = ? AND text LIKE ?', [inbox.id, `round ${round} %`]);
      expect(Number(n)).toBe(CUSTOMERS * MESSAGES_EACH);
    }
  });

  it('acknowledges and stores every widget message of the burst', async () => {
    const site = (await tt.t.api('/api/inboxes', { token: tt.adminToken, body: { type: 'webchat', name: 'Burst site' } })).body.inbox as { id: number; publicKey: string };
    await withGoodbyeAndSurvey(site.id);
    const visitors = await Promise.all(Array.from({ length: CUSTOMERS }, () => connectVisitor(tt.t.url, site.publicKey)));
    try {
      for (const v of visitors) expect((await v.socket.emitWithAck('message.send', { text: 'first visit', clientMessageId: randomUUID() })).message).toBeTruthy();
      for (let round = 1; round <= ROUNDS; round++) {
        await closeAll(site.id);
        const acks = await Promise.all(
          visitors.flatMap((v) => Array.from({ length: MESSAGES_EACH }, (_, i) => v.socket.emitWithAck('message.send', { text: `round ${round} message ${i}`, clientMessageId: randomUUID() }))),
        );
        expect(acks.filter((ack) => !ack.message), `round ${round}: messages refused`).toEqual([]);
        expect(await openPerContact(site.id)).toEqual(Array(CUSTOMERS).fill(1));
      }
    } finally {
      for (const v of visitors) v.socket.close();
    }
  });
});
