import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { Inbox } from '../src/channels/inbox.entity';
import { Contact } from '../src/contacts/contact.entity';
import { ConversationsService } from '../src/conversations/conversations.service';
import { customerWrites } from './support/operators';
import { startTestApp, type TestApp } from './support/test-app';

describe('GET /api/conversations?channel=', () => {
  let t: TestApp;
  let token: string;
  let webchatInboxId: number;
  let webchatConversation: number;
  let telegramConversation: number;

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    token = await t.login();
    const inbox = (await t.api('/api/inboxes', { token, body: { type: 'webchat', name: 'Site' } })).body.inbox;
    webchatInboxId = inbox.id;
    webchatConversation = (await customerWrites(t, inbox.publicKey, 'From the site')).conversationId;
    // A Telegram inbox's row is all the filter reads; no bot has to answer for it.
    const db = t.app.get(DataSource);
    const inboxes = db.getRepository(Inbox);
    const telegram = await inboxes.save(inboxes.create({ type: 'telegram', name: 'Bot', publicKey: 'filter-test-bot' }));
    const contact = await db.getRepository(Contact).save(db.getRepository(Contact).create({ name: 'Taras' }));
    telegramConversation = (await t.app.get(ConversationsService).openOrGet(telegram.id, contact.id)).conversation.id;
  });
  afterAll(() => t.close());

  const ids = async (query: string) => {
    const res = await t.api(`/api/conversations?view=all&${query}`, { token });
    expect(res.status).toBe(200);
    return res.body.items.map((c: { id: number }) => c.id);
  };

  it('lists only the conversations of inboxes of that channel', async () => {
    expect(await ids('channel=telegram')).toEqual([telegramConversation]);
    expect(await ids('channel=webchat')).toEqual([webchatConversation]);
    expect(await ids('channel=email')).toEqual([]);
    expect((await ids('')).sort()).toEqual([webchatConversation, telegramConversation].sort());
  });

  it('combines the channel with the inbox and the status', async () => {
    expect(await ids(`channel=webchat&inboxId=${webchatInboxId}`)).toEqual([webchatConversation]);
    expect(await ids(`channel=telegram&inboxId=${webchatInboxId}`)).toEqual([]);
    expect(await ids('channel=telegram&status=queued')).toEqual([telegramConversation]);
    expect(await ids('channel=telegram&status=closed')).toEqual([]);
  });

  it('answers 400 naming the field for a channel that does not exist, SQL included', async () => {
    for (const channel of ['fax', "telegram' OR '1'='1", '']) {
      const res = await t.api(`/api/conversations?view=all&channel=${encodeURIComponent(channel)}`, { token });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/channel must be one of: webchat, telegram/);
    }
  });
});
