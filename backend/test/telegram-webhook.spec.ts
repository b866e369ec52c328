import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramInbox, messageUpdate, postUpdate, rowCounts, startTelegramTest, type TelegramTest } from './support/telegram-fixtures';

const CHAT = 555_000_111;

describe('the Telegram webhook', () => {
  let tt: TelegramTest;
  let inboxId: number;
  let secret: string;

  beforeAll(async () => {
    tt = await startTelegramTest({ PUBLIC_URL: 'https://inbox.example.com' });
    ({ inbox: { id: inboxId }, secret } = await createTelegramInbox(tt));
  });
  afterAll(() => tt.close());

  it('answers 401 to a wrong or missing secret token and stores nothing', async () => {
    const before = await rowCounts(tt.t);
    const update = messageUpdate(CHAT, 10, { text: 'forged' });
    const wrong = await postUpdate(tt, inboxId, `${secret}x`, update);
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ statusCode: 401, message: expect.stringMatching(/X-Telegram-Bot-Api-Secret-Token/) });
    expect((await postUpdate(tt, inboxId, null, update)).status).toBe(401);
    expect((await postUpdate(tt, inboxId, '', update)).status).toBe(401);
    expect(await rowCounts(tt.t)).toEqual(before);
  });

  it('answers 404 for an inbox that does not exist or is not a Telegram inbox', async () => {
    const widget = await tt.t.api('/api/inboxes', { token: tt.adminToken, body: { type: 'webchat', name: 'Site' } });
    // '%E0%A4%A': a malformed escape, which must not reach decodeURIComponent (it threw outside any handler and ended the process).
    for (const id of ['99999', 'abc', '0', '1e3', '%E0%A4%A', String(widget.body.inbox.id)]) {
      expect((await postUpdate(tt, id, secret, messageUpdate(CHAT, 11, { text: 'hi' }))).status, id).toBe(404);
    }
  });

  it('answers 400 naming the field for bodies that are not updates, and writes nothing', async () => {
    const before = await rowCounts(tt.t);
    const valid = messageUpdate(CHAT, 12, { text: 'ok' }) as any;
    const cases: Array<[unknown, RegExp]> = [
      [{ message: valid.message }, /update_id/],
      [{ ...valid, message: { ...valid.message, chat: { id: 'not-a-number', type: 'private' } } }, /message\.chat\.id/],
      [{ ...valid, message: { ...valid.message, date: 'yesterday' } }, /message\.date/],
      [[valid], /./],
      ['"just a string"', /./],
      ['{"update_id": 1, "message": ', /JSON|Unexpected|body/i],
    ];
    for (const [body, field] of cases) {
      const res = await postUpdate(tt, inboxId, secret, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.body.message).toMatch(field);
    }
    expect(await rowCounts(tt.t)).toEqual(before);
  });

  it('acknowledges updates it does not serve with 200 and stores nothing', async () => {
    const before = await rowCounts(tt.t);
    const user = { id: CHAT, is_bot: false, first_name: 'Anna' };
    const ignored = [
      { update_id: 1, my_chat_member: { chat: { id: CHAT, type: 'private' }, from: user, date: 1, old_chat_member: {}, new_chat_member: {} } },
      { update_id: 2, poll: { id: 'p', question: 'q', options: [] } },
      { update_id: 3, some_future_update: { anything: true } },
      { update_id: 4, message: { message_id: 5, date: 1, chat: { id: -100, type: 'group', title: 'Team' }, from: user, text: 'group chatter' } },
      { update_id: 5, channel_post: { message_id: 6, date: 1, chat: { id: -1001, type: 'channel', title: 'News' }, text: 'news' } },
      messageUpdate(CHAT, 13, { new_chat_title: 'service message' }),
    ];
    for (const update of ignored) expect((await postUpdate(tt, inboxId, secret, update)).status, JSON.stringify(update)).toBe(200);
    expect(await rowCounts(tt.t)).toEqual(before);
  });

  it('keeps a caption over 64 KB cut to size, and refuses a body over the limit with 413', async () => {
    const caption = 'ж'.repeat(70_000); // 140 KB of UTF-8
    const created = await postUpdate(tt, inboxId, secret, messageUpdate(CHAT, 14, { text: caption }));
    expect(created.status).toBe(200);
    const conversations = await tt.t.api(`/api/conversations?view=all`, { token: tt.adminToken });
    const conversation = conversations.body.items.find((c: any) => c.contact?.name === 'Anna Kowalski');
    const messages = await tt.t.api(`/api/conversations/${conversation.id}/messages`, { token: tt.adminToken });
    const stored = messages.body.items.at(-1).text as string;
    expect(Buffer.byteLength(stored, 'utf8')).toBeLessThanOrEqual(64 * 1024);
    expect(stored.startsWith('жжж')).toBe(true);
    expect(stored).toMatch(/truncated\]$/);

    const before = await rowCounts(tt.t);
    const huge = await postUpdate(tt, inboxId, secret, messageUpdate(CHAT, 15, { text: 'x'.repeat(2_000_000) }));
    expect(huge.status).toBe(413);
    expect(await rowCounts(tt.t)).toEqual(before);
  });

  it('stores a burst from customers in conversation exactly once each, resends included', async () => {
    const chats = Array.from({ length: 12 }, (_, i) => 555_100_000 + i);
    // Each customer opens a conversation first (the full path), then writes three messages at once with the others.
    for (const chat of chats) expect((await postUpdate(tt, inboxId, secret, messageUpdate(chat, 1, { text: 'hello' }))).status).toBe(200);
    const before = await rowCounts(tt.t);
    const burst = chats.flatMap((chat) => [2, 3, 4].map((n) => messageUpdate(chat, n, { text: `line ${n}` })));
    // A quarter sent twice at the same moment, as a provider retry would.
    const resent = burst.filter((_, i) => i % 4 === 0);
    const answers = await Promise.all([...burst, ...resent].map((update) => postUpdate(tt, inboxId, secret, update)));
    expect(answers.map((a) => a.status).every((s) => s === 200)).toBe(true);
    const after = await rowCounts(tt.t);
    expect(after.messages - before.messages).toBe(burst.length);
    expect(after.conversations).toBe(before.conversations);
    const db = tt.t.app.get(DataSource);
    for (const chat of chats) {
      const rows: Array<{ text: string; conversationId: number }> = await db.query(
        'SELECT m.text AS text, m.conversationId AS conversationId FROM messages m JOIN contact_identities i ON i.contactId = (SELECT contactId FROM conversations WHERE id = m.conversationId) AND i.inboxId = m.inboxId WHERE m.inboxId = ? AND i.externalId = ? ORDER BY m.id',
        [inboxId, String(chat)],
      );
      // The first message opened the conversation; the burst's three arrived at once, in any order.
      expect(rows[0].text).toBe('hello');
      expect(rows.map((r) => r.text).sort()).toEqual(['hello', 'line 2', 'line 3', 'line 4']);
      expect(new Set(rows.map((r) => Number(r.conversationId))).size).toBe(1);
    }
  });

  it('gives new customers whose first messages arrive at once one contact, identity and open conversation each, and stores every message once', async () => {
    const chats = Array.from({ length: 6 }, (_, i) => 555_200_000 + i);
    const before = await rowCounts(tt.t);
    const firsts = chats.flatMap((chat) => [1, 2, 3].map((n) => messageUpdate(chat, n, { text: `first ${n}` })));
    // Each customer's first message also sent twice at the same moment, as a provider retry would.
    const resent = firsts.filter((_, i) => i % 3 === 0);
    const answers = await Promise.all([...firsts, ...resent].map((update) => postUpdate(tt, inboxId, secret, update)));
    expect(answers.map((a) => a.status)).toEqual([...firsts, ...resent].map(() => 200));
    const after = await rowCounts(tt.t);
    expect(after.contacts - before.contacts).toBe(chats.length);
    expect(after.identities - before.identities).toBe(chats.length);
    expect(after.conversations - before.conversations).toBe(chats.length);
    expect(after.messages - before.messages).toBe(firsts.length);
    const db = tt.t.app.get(DataSource);
    for (const chat of chats) {
      const rows: Array<{ text: string; conversationId: number; openKey: string | null }> = await db.query(
        'SELECT m.text AS text, m.conversationId AS conversationId, v.openKey AS openKey FROM contact_identities i JOIN conversations v ON v.contactId = i.contactId AND v.inboxId = i.inboxId JOIN messages m ON m.conversationId = v.id WHERE i.inboxId = ? AND i.externalId = ?',
        [inboxId, String(chat)],
      );
      expect(rows.map((r) => r.text).sort()).toEqual(['first 1', 'first 2', 'first 3']);
      expect(new Set(rows.map((r) => Number(r.conversationId))).size).toBe(1);
      expect(rows[0].openKey).not.toBeNull();
    }
  });

  it('never answers 500 and never half-writes, whatever the body', async () => {
    const valid = messageUpdate(CHAT, 16, { text: 'base' }) as any;
    const paths = ['update_id', 'message', 'message.message_id', 'message.date', 'message.chat', 'message.chat.id', 'message.chat.type', 'message.from', 'message.from.id', 'message.text', 'message.photo', 'message.caption', 'callback_query', 'edited_message'];
    const junk = fc.oneof(fc.constant(null), fc.integer(), fc.double(), fc.string({ maxLength: 20 }), fc.boolean(), fc.array(fc.anything(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.anything(), { maxKeys: 3 }));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), junk, async (path, value) => {
        const body = structuredClone(valid);
        body.update_id = 700_000 + n;
        body.message.message_id = 3000 + n++;
        setPath(body, path, value);
        const before = await rowCounts(tt.t);
        const res = await postUpdate(tt, inboxId, secret, body);
        expect([200, 400]).toContain(res.status);
        const after = await rowCounts(tt.t);
        if (res.status === 400) expect(after).toEqual(before);
        // Whatever was accepted is whole: never a contact without its identity, never an empty conversation.
        expect(after.identities).toBe(after.contacts);
        expect(after.messages - before.messages).toBeLessThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });

  // Last: it leaves the inbox connected again, with a new secret.
  it('archiving removes the webhook at Telegram and answers 404 here; reactivating sets it again', async () => {
    const archived = await tt.t.api(`/api/inboxes/${inboxId}`, { method: 'PATCH', token: tt.adminToken, body: { active: false } });
    expect(archived.status, JSON.stringify(archived.body)).toBe(200);
    expect(tt.api.webhook).toBeNull();
    expect((await postUpdate(tt, inboxId, secret, messageUpdate(CHAT, 40, { text: 'anyone?' }))).status).toBe(404);

    const back = await tt.t.api(`/api/inboxes/${inboxId}`, { method: 'PATCH', token: tt.adminToken, body: { active: true } });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(tt.api.webhook?.url).toBe(`https://inbox.example.com/webhooks/telegram/${inboxId}`);
    expect((await postUpdate(tt, inboxId, tt.api.webhook?.secretToken ?? '', messageUpdate(CHAT, 41, { text: 'back' }))).status).toBe(200);
  });
});

function setPath(target: any, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key];
  }
  node[keys.at(-1)!] = value;
}
