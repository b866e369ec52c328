import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { Inbox } from '../src/channels/inbox.entity';
import { TelegramPolling } from '../src/channels/telegram/telegram-polling.service';
import { loadConfig } from '../src/config/app-config';
import { nextEvent } from './support/test-app';
import {
  BOT_TOKEN,
  callbackUpdate,
  collectUpdates,
  createTelegramInbox,
  eventually,
  messageUpdate,
  nextEventWhere,
  PNG,
  postUpdate,
  rowCounts,
  startTelegramTest,
  type TelegramTest,
} from './support/telegram-fixtures';

const CHAT = 111_222_333;

describe('a dialog through a Telegram bot', () => {
  let tt: TelegramTest;
  let inboxId: number;
  let secret: string;
  let conversationId: number;

  beforeAll(async () => {
    tt = await startTelegramTest({ PUBLIC_URL: 'https://inbox.example.com' });
  });
  afterAll(() => tt.close());

  it('refuses a token Telegram does not know, naming botToken, and stores nothing', async () => {
    const before = await tt.t.app.get(DataSource).getRepository(Inbox).count();
    const res = await tt.t.api('/api/inboxes', {
      token: tt.adminToken,
      body: { type: 'telegram', name: 'Wrong', telegram: { botToken: '987654321:not-the-right-token' } },
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/^telegram\.botToken: Telegram refused the token/);
    expect(res.body.message).not.toContain('not-the-right-token');
    const missing = await tt.t.api('/api/inboxes', { token: tt.adminToken, body: { type: 'telegram', name: 'No token' } });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/telegram\.botToken/);
    expect(await tt.t.app.get(DataSource).getRepository(Inbox).count()).toBe(before);
  });

  it('connects a bot: token checked, kept encrypted, webhook set with a secret token', async () => {
    const created = await createTelegramInbox(tt);
    inboxId = created.inbox.id;
    secret = created.secret;
    expect(created.inbox.settings).toMatchObject({ mode: 'webhook', botUsername: 'inbox_test_bot' });
    expect(JSON.stringify(created.inbox)).not.toContain(BOT_TOKEN);
    expect(tt.api.webhook).toMatchObject({ url: `https://inbox.example.com/webhooks/telegram/${inboxId}` });
    expect(secret).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    const row = await tt.t.app.get(DataSource).getRepository(Inbox).findOneByOrFail({ id: inboxId });
    expect(row.secretsEncrypted).not.toContain(BOT_TOKEN);
    expect(row.secretsEncrypted).not.toContain(secret);
  });

  it('carries text and a photo each way between the customer and the operator', async () => {
    const created = nextEvent(tt.operator, 'conversation.created');
    const assigned = nextEvent(tt.operator, 'conversation.assigned');
    const first = await postUpdate(tt, inboxId, secret, messageUpdate(CHAT, 1001, { text: 'Hello, my parcel is damaged' }));
    expect(first.status).toBe(200);
    conversationId = (await created).conversation.id;
    expect((await assigned).conversation).toMatchObject({ id: conversationId, status: 'assigned' });
    const conversation = await tt.t.api(`/api/conversations/${conversationId}`, { token: tt.adminToken });
    expect(conversation.body.contact).toMatchObject({ name: 'Anna Kowalski', identities: [{ channel: 'telegram', externalId: String(CHAT) }] });

    // The customer's photo: acknowledged at once, fetched from Telegram by a job, then pushed.
    const file = tt.api.addFile({ data: PNG, filePath: 'photos/file_7.jpg' });
    const photo = {} as { id?: number };
    const photoReady = collectUpdates(tt.operator, photo, (m) => m.attachments.length === 1);
    const photoCreated = nextEventWhere(tt.operator, 'message.created', (e) => e.message.kind === 'image');
    const photoUpdate = messageUpdate(CHAT, 1002, {
      photo: [{ file_id: file.fileId, file_unique_id: 'u7', width: 1, height: 1, file_size: PNG.length }],
      caption: 'See the box',
    });
    expect((await postUpdate(tt, inboxId, secret, photoUpdate)).status).toBe(200);
    photo.id = (await photoCreated).message.id;
    const [withFile] = (await photoReady).slice(-1);
    expect(withFile).toMatchObject({ kind: 'image', text: 'See the box', attachments: [{ mimeType: 'image/png', size: PNG.length }] });
    const download = await fetch(tt.t.url + withFile.attachments[0].url);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PNG);

    // The operator answers with text, then with a photo uploaded first.
    const reply = {} as { id?: number };
    const textSent = collectUpdates(tt.operator, reply, (m) => m.status !== 'pending');
    const answer = await tt.t.api(`/api/conversations/${conversationId}/messages`, { token: tt.adminToken, body: { text: 'Sorry! We will send a new one.' } });
    expect(answer.status).toBe(201);
    expect(answer.body.message.status).toBe('pending');
    reply.id = answer.body.message.id;
    expect((await textSent).at(-1)).toMatchObject({ status: 'sent', error: null });
    expect(tt.api.callsTo('sendMessage').map((c) => c.params)).toEqual([
      expect.objectContaining({ chat_id: String(CHAT), text: 'Sorry! We will send a new one.' }),
    ]);

    const form = new FormData();
    form.append('file', new Blob([PNG], { type: 'image/png' }), 'label.png');
    const upload = await fetch(`${tt.t.url}/api/conversations/${conversationId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tt.adminToken}` },
      body: form,
    });
    expect(upload.status).toBe(201);
    const { attachment } = await upload.json();
    const labelRef = {} as { id?: number };
    const photoSent = collectUpdates(tt.operator, labelRef, (m) => m.status !== 'pending');
    const label = await tt.t.api(`/api/conversations/${conversationId}/messages`, {
      token: tt.adminToken,
      body: { text: 'Your return label', attachments: [attachment.id] },
    });
    labelRef.id = label.body.message.id;
    expect((await photoSent).at(-1)).toMatchObject({ status: 'sent', attachments: [{ fileName: 'label.png' }] });
    const [sendPhoto] = tt.api.callsTo('sendPhoto');
    expect(sendPhoto.params).toMatchObject({ chat_id: String(CHAT), caption: 'Your return label' });
    expect(sendPhoto.files[0].data).toEqual(PNG);

    const history = await tt.t.api(`/api/conversations/${conversationId}/messages`, { token: tt.adminToken });
    expect(history.body.items.map((m: any) => [m.direction, m.kind, m.status])).toEqual([
      ['in', 'text', 'sent'],
      ['in', 'image', 'sent'],
      ['out', 'text', 'sent'],
      ['out', 'text', 'sent'],
    ]);
  });

  it('keeps what a message answers: a customer quoting a reply, an operator quoting the customer', async () => {
    const messages = async () => (await tt.t.api(`/api/conversations/${conversationId}/messages`, { token: tt.adminToken })).body.items as any[];
    const [ours] = (await messages()).filter((m) => m.direction === 'out' && m.text === 'Sorry! We will send a new one.');
    const [, chatMessageId] = (await tt.t.app.get(DataSource).query('SELECT externalId FROM messages WHERE id = ?', [ours.id]))[0].externalId.split(':');
    const quoting = nextEventWhere(tt.operator, 'message.created', (e) => e.message.text === 'When exactly?');
    const update = messageUpdate(CHAT, 1010, { text: 'When exactly?', reply_to_message: { message_id: Number(chatMessageId), chat: { id: CHAT, type: 'private' }, date: 1_717_000_001, text: ours.text } });
    expect((await postUpdate(tt, inboxId, secret, update)).status).toBe(200);
    const quoted = (await quoting).message;
    expect(quoted.replyTo).toEqual({ id: ours.id, senderType: 'agent', senderName: expect.any(String), kind: 'text', text: 'Sorry! We will send a new one.' });

    // The operator answers that question: Telegram shows the reply to it.
    const sends = tt.api.callsTo('sendMessage').length;
    const answer = await tt.t.api(`/api/conversations/${conversationId}/messages`, { token: tt.adminToken, body: { text: 'Tomorrow before noon', replyToMessageId: quoted.id } });
    expect(answer.status).toBe(201);
    expect(answer.body.message.replyTo).toMatchObject({ id: quoted.id, senderType: 'contact', senderName: 'Anna Kowalski', text: 'When exactly?' });
    const sent = await eventually(async () => tt.api.callsTo('sendMessage')[sends]);
    expect(sent.params).toMatchObject({ text: 'Tomorrow before noon', reply_parameters: { message_id: 1010, allow_sending_without_reply: true } });

    // A message of another conversation, or a private note, is not a reply's quote.
    const note = await tt.t.api(`/api/conversations/${conversationId}/messages`, { token: tt.adminToken, body: { text: 'VIP', private: true } });
    for (const [replyToMessageId, why] of [
      [999_999, /replyToMessageId: message 999999 is not in this conversation/],
      [note.body.message.id, /is a private note/],
      ['abc', /replyToMessageId must be a message id/],
    ] as const) {
      const refused = await tt.t.api(`/api/conversations/${conversationId}/messages`, { token: tt.adminToken, body: { text: 'x', replyToMessageId } });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body.message)).toMatch(why);
    }
    expect(tt.api.callsTo('sendMessage')).toHaveLength(sends + 1);
  });

  it('stores the same update delivered twice as one message', async () => {
    const update = messageUpdate(CHAT, 1003, { text: 'Are you there?' });
    const before = await rowCounts(tt.t);
    const [a, b] = await Promise.all([postUpdate(tt, inboxId, secret, update), postUpdate(tt, inboxId, secret, update)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect((await postUpdate(tt, inboxId, secret, update)).status).toBe(200);
    expect(await rowCounts(tt.t)).toEqual({ ...before, messages: before.messages + 1 });
  });

  it('applies an edit to the stored text and marks it edited', async () => {
    const updated = nextEventWhere(tt.operator, 'message.updated', (e) => e.message.edited);
    const edit = messageUpdate(CHAT, 1003, { text: 'Are you there? Order #124', edit_date: 1_717_000_090 }, 'edited_message');
    const before = await rowCounts(tt.t);
    expect((await postUpdate(tt, inboxId, secret, edit)).status).toBe(200);
    expect((await updated).message).toMatchObject({ text: 'Are you there? Order #124', edited: true });
    expect((await postUpdate(tt, inboxId, secret, edit)).status).toBe(200);
    expect(await rowCounts(tt.t)).toEqual(before);
  });

  it('stores a button press as a message and answers the callback query', async () => {
    const created = nextEventWhere(tt.operator, 'message.created', (e) => e.message.text === 'csat:yes');
    expect((await postUpdate(tt, inboxId, secret, callbackUpdate(CHAT, 'cbq-42', 'csat:yes'))).status).toBe(200);
    expect((await created).message).toMatchObject({ conversationId, text: 'csat:yes', payload: { callbackQueryId: 'cbq-42', data: 'csat:yes' } });
    const answered = await eventually(async () => tt.api.callsTo('answerCallbackQuery')[0]);
    expect(answered.params).toMatchObject({ callback_query_id: 'cbq-42' });
  });

  it('shows "typing…" in Telegram while the operator types, at most every 4 seconds', async () => {
    for (let i = 0; i < 5; i++) tt.operator.emit('typing', { conversationId, on: true });
    tt.operator.emit('typing', { conversationId, on: false });
    const action = await eventually(async () => tt.api.callsTo('sendChatAction')[0]);
    expect(action.params).toMatchObject({ chat_id: String(CHAT), action: 'typing' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(tt.api.callsTo('sendChatAction')).toHaveLength(1);
  });

  it('notes a file it may not fetch (over the size limit) instead of storing it', async () => {
    const big = tt.api.addFile({ data: Buffer.alloc(10), fileSize: 50 * 1024 * 1024, filePath: 'documents/huge.pdf' });
    const hugeDoc = {} as { id?: number };
    const noted = collectUpdates(tt.operator, hugeDoc, (m) => m.payload?.files?.[0]?.status !== 'pending');
    const created = nextEventWhere(tt.operator, 'message.created', (e) => e.message.kind === 'file');
    const doc = messageUpdate(CHAT, 1004, { document: { file_id: big.fileId, file_unique_id: 'u-huge', file_name: 'huge.pdf', file_size: 50 * 1024 * 1024 } });
    expect((await postUpdate(tt, inboxId, secret, doc)).status).toBe(200);
    hugeDoc.id = (await created).message.id;
    const [last] = (await noted).slice(-1);
    expect(last.attachments).toEqual([]);
    expect(last.payload.files[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/over the limit/) });
  });

  it('refuses to connect the same bot twice', async () => {
    const again = await tt.t.api('/api/inboxes', { token: tt.adminToken, body: { type: 'telegram', name: 'Again', telegram: { botToken: BOT_TOKEN } } });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(new RegExp(`^telegram\\.botToken: @inbox_test_bot is already connected as inbox ${inboxId}`));
  });
});

describe('connecting a bot without PUBLIC_URL', () => {
  let tt: TelegramTest;
  beforeAll(async () => {
    // The test app sets PUBLIC_URL to its own address; empty is "not configured".
    tt = await startTelegramTest({ PUBLIC_URL: '' });
  });
  afterAll(() => tt.close());

  it('polls by default and refuses webhook mode, naming telegram.mode', async () => {
    expect(tt.t.config.publicUrlConfigured).toBe(false);
    const webhook = await tt.t.api('/api/inboxes', {
      token: tt.adminToken,
      body: { type: 'telegram', name: 'Bot', telegram: { botToken: BOT_TOKEN, mode: 'webhook' } },
    });
    expect(webhook.status).toBe(400);
    expect(webhook.body.message).toMatch(/^telegram\.mode: .*PUBLIC_URL/);
    const { inbox } = await createTelegramInbox(tt);
    expect(inbox.settings.mode).toBe('polling');
    expect(tt.api.webhook).toBeNull();
  });

  it('polls a bot in polling mode, from creation and again after a restart of the loops', async () => {
    const inbox = (await tt.t.api('/api/inboxes', { token: tt.adminToken })).body.items[0];
    expect(inbox.settings).toMatchObject({ mode: 'polling' });
    expect(tt.api.callsTo('deleteWebhook').length).toBeGreaterThan(0);
    const created = nextEvent(tt.operator, 'conversation.created');
    tt.api.pushUpdates(messageUpdate(444_555, 2001, { text: 'Polled hello' }));
    expect((await created).conversation.inboxId).toBe(inbox.id);

    const polling = tt.t.app.get(TelegramPolling);
    await polling.onModuleDestroy();
    await polling.onApplicationBootstrap();
    const again = nextEventWhere(tt.operator, 'message.created', (e) => e.message.text === 'Still there after the restart?');
    tt.api.pushUpdates(messageUpdate(444_555, 2002, { text: 'Still there after the restart?' }));
    expect((await again).message.text).toBe('Still there after the restart?');
  });

  it('stops polling at once when the inbox is archived, and polls again once it is reactivated', async () => {
    const inbox = (await tt.t.api('/api/inboxes', { token: tt.adminToken })).body.items[0];
    const polling = tt.t.app.get(TelegramPolling);
    expect(polling.isPolling(inbox.id)).toBe(true);
    expect((await tt.t.api(`/api/inboxes/${inbox.id}`, { method: 'PATCH', token: tt.adminToken, body: { active: false } })).status).toBe(200);
    expect(polling.isPolling(inbox.id)).toBe(false);
    const getUpdates = tt.api.callsTo('getUpdates').length;
    await new Promise((r) => setTimeout(r, 500));
    expect(tt.api.callsTo('getUpdates').length).toBeLessThanOrEqual(getUpdates + 1);

    expect((await tt.t.api(`/api/inboxes/${inbox.id}`, { method: 'PATCH', token: tt.adminToken, body: { active: true } })).status).toBe(200);
    const back = nextEventWhere(tt.operator, 'message.created', (e) => e.message.text === 'Open again?');
    tt.api.pushUpdates(messageUpdate(444_555, 2003, { text: 'Open again?' }));
    expect((await back).message.text).toBe('Open again?');
  });
});

describe('the Telegram and delivery settings', () => {
  it('records whether PUBLIC_URL was given and validates the new variables', () => {
    const base = { APP_SECRET: 'x'.repeat(32), DATA_DIR: '/nonexistent' };
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://x.example.com/' })).toMatchObject({
      publicUrl: 'https://x.example.com',
      publicUrlConfigured: true,
      telegram: { apiRoot: 'https://api.telegram.org' },
      delivery: { maxAttempts: 6, backoffMs: 2000 },
    });
    expect(loadConfig(base).publicUrlConfigured).toBe(false);
    expect(() => loadConfig({ ...base, TELEGRAM_API_ROOT: 'ftp://x' })).toThrow(/TELEGRAM_API_ROOT/);
    expect(() => loadConfig({ ...base, DELIVERY_MAX_ATTEMPTS: '0' })).toThrow(/DELIVERY_MAX_ATTEMPTS/);
  });
});
