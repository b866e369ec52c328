import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { AutomationClock } from '../src/automation/automation.clock';
import { AutomationService } from '../src/automation/automation.service';
import { CsatService } from '../src/automation/csat.service';
import { Inbox } from '../src/channels/inbox.entity';
import { Contact } from '../src/contacts/contact.entity';
import { ContactIdentity } from '../src/contacts/contact-identity.entity';
import { Conversation } from '../src/conversations/conversation.entity';
import { callbackUpdate, createTelegramInbox, eventually, messageUpdate, postUpdate, startTelegramTest, type TelegramTest } from './support/telegram-fixtures';
import { connectVisitor, nextEvent, startTestApp, type TestApp } from './support/test-app';

const CSAT_ON = { csat: { enabled: true } };

async function conversationOf(t: TestApp, token: string, id: number) {
  return (await t.api(`/api/conversations/${id}`, { token })).body.conversation;
}

async function csatEvents(t: TestApp, token: string, id: number) {
  return (await t.api(`/api/conversations/${id}/events`, { token })).body.items.filter((e: any) => e.type === 'csat');
}

describe('CSAT in the site widget', () => {
  let t: TestApp;
  let adminToken: string;
  let inboxKey: string;

  beforeAll(async () => {
    t = await startTestApp();
    adminToken = await t.login();
    const inbox = (await t.api('/api/inboxes', { token: adminToken })).body.items[0];
    inboxKey = inbox.publicKey;
    await t.api(`/api/inboxes/${inbox.id}`, { method: 'PATCH', token: adminToken, body: { automation: CSAT_ON } });
    await t.api('/api/agents/me/status', { method: 'PATCH', token: adminToken, body: { status: 'online' } });
  });
  afterAll(() => t.close());

  it('asks with stars after the close, stores the first answer with its comment, and keeps it', async () => {
    const visitor = await connectVisitor(t.url, inboxKey);
    const sent = await visitor.socket.emitWithAck('message.send', { text: 'Where is my parcel?', clientMessageId: randomUUID() });
    const conversationId = sent.message.conversationId;
    await eventually(async () => (await conversationOf(t, adminToken, conversationId)).status === 'assigned');
    await t.api(`/api/conversations/${conversationId}/messages`, { token: adminToken, body: { text: 'On its way.' } });

    const survey = new Promise<any>((resolve) => visitor.socket.on('message.created', ({ message }) => message.payload?.automatic === 'csat' && resolve(message)));
    await t.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: adminToken });
    expect(await survey).toMatchObject({ senderType: 'system', text: 'How would you rate our help? 1 is poor, 5 is excellent.', payload: { csat: { form: 'widget', conversationId } } });

    expect(await visitor.socket.emitWithAck('csat.submit', { conversationId, score: 6 })).toEqual({ error: 'score must be a whole number from 1 to 5' });
    const rated = await visitor.socket.emitWithAck('csat.submit', { conversationId, score: 4, comment: '  Quick and kind  ' });
    expect(rated).toEqual({ outcome: 'recorded', csatScore: 4 });
    expect(await visitor.socket.emitWithAck('csat.submit', { conversationId, score: 1, comment: 'changed my mind' })).toEqual({ outcome: 'already-rated', csatScore: 4 });

    expect(await conversationOf(t, adminToken, conversationId)).toMatchObject({ status: 'closed', csatScore: 4, csatComment: 'Quick and kind' });
    const events = await csatEvents(t, adminToken, conversationId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ agentId: expect.any(Number), data: { score: 4, comment: 'Quick and kind', source: 'widget' } });
    const messages = (await t.api(`/api/conversations/${conversationId}/messages`, { token: adminToken })).body.items;
    expect(messages.filter((m: any) => m.senderType === 'system').map((m: any) => m.payload.automatic)).toEqual(['csat']);

    // Closing again (or the close job running twice) never asks twice.
    await t.app.get(AutomationService).closed(conversationId, false);
    const again = (await t.api(`/api/conversations/${conversationId}/messages`, { token: adminToken })).body.items;
    expect(again.filter((m: any) => m.payload?.automatic === 'csat')).toHaveLength(1);
    visitor.socket.close();
  });

  it('lets a visitor rate only their own conversations', async () => {
    const other = await connectVisitor(t.url, inboxKey);
    const own = await other.socket.emitWithAck('message.send', { text: 'Hi', clientMessageId: randomUUID() });
    // Settled before the suite ends: routing still at work when the app stops would push to closed sockets.
    await eventually(async () => (await conversationOf(t, adminToken, own.message.conversationId)).status === 'assigned');
    const stranger = (await t.api('/api/conversations?view=all&status=closed', { token: adminToken })).body.items[0].id;
    expect(await other.socket.emitWithAck('csat.submit', { conversationId: stranger, score: 1 })).toEqual({ error: `conversationId: no conversation ${stranger} of yours` });
    other.socket.close();
  });

  it('does not ask when no operator ever answered', async () => {
    const visitor = await connectVisitor(t.url, inboxKey);
    const sent = await visitor.socket.emitWithAck('message.send', { text: 'Never mind', clientMessageId: randomUUID() });
    await t.api(`/api/conversations/${sent.message.conversationId}/close`, { method: 'POST', token: adminToken });
    await t.app.get(AutomationService).closed(sent.message.conversationId, false);
    expect((await conversationOf(t, adminToken, sent.message.conversationId)).csatScore).toBeNull();
    const messages = (await t.api(`/api/conversations/${sent.message.conversationId}/messages`, { token: adminToken })).body.items;
    expect(messages.filter((m: any) => m.senderType === 'system')).toEqual([]);
    visitor.socket.close();
  });
});

describe('CSAT in Telegram', () => {
  const CHAT = 4242;
  let tt: TelegramTest;
  let inboxId: number;
  let secret: string;
  let update = 5000;

  beforeAll(async () => {
    tt = await startTelegramTest();
    ({ inbox: { id: inboxId }, secret } = await createTelegramInbox(tt));
    await tt.t.api(`/api/inboxes/${inboxId}`, { method: 'PATCH', token: tt.adminToken, body: { automation: CSAT_ON } });
  });
  afterAll(() => tt.close());

  /** A customer message, an operator answer, a close: returns the closed conversation and its survey's Bot API call. */
  async function closedDialog() {
    const created = nextEvent(tt.operator, 'conversation.created');
    await postUpdate(tt, inboxId, secret, messageUpdate(CHAT, update++, { text: 'My card was charged twice' }));
    const conversationId = (await created).conversation.id;
    await eventually(async () => (await conversationOf(tt.t, tt.adminToken, conversationId)).status === 'assigned');
    await tt.t.api(`/api/conversations/${conversationId}/messages`, { token: tt.adminToken, body: { text: 'Refunded.' } });
    await tt.t.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: tt.adminToken });
    const survey = await eventually(async () => tt.api.callsTo('sendMessage').find((c) => JSON.stringify(c.params).includes(`csat:${conversationId}:`)));
    return { conversationId, survey };
  }

  const conversationCount = () => tt.t.app.get(DataSource).getRepository(Conversation).count();

  it('asks with buttons 1–5; a press is stored on the closed conversation, thanked, and never opens a new one', async () => {
    const { conversationId, survey } = await closedDialog();
    const markup = typeof survey.params.reply_markup === 'string' ? JSON.parse(survey.params.reply_markup) : survey.params.reply_markup;
    expect(markup.inline_keyboard.map((row: any[]) => row[0].callback_data)).toEqual([1, 2, 3, 4, 5].map((n) => `csat:${conversationId}:${n}`));
    expect(survey.params.text).toBe('How would you rate our help? 1 is poor, 5 is excellent.');

    const before = await conversationCount();
    expect((await postUpdate(tt, inboxId, secret, callbackUpdate(CHAT, 'cbq-csat-1', `csat:${conversationId}:5`))).status).toBe(200);
    await eventually(async () => (await conversationOf(tt.t, tt.adminToken, conversationId)).csatScore === 5);
    await eventually(async () => tt.api.callsTo('answerCallbackQuery').find((c) => c.params.callback_query_id === 'cbq-csat-1'));
    await eventually(async () => tt.api.callsTo('sendMessage').find((c) => c.params.text === 'Thank you for your rating!'));

    // A second press (another button, later) keeps the first score.
    await postUpdate(tt, inboxId, secret, callbackUpdate(CHAT, 'cbq-csat-2', `csat:${conversationId}:1`));
    await eventually(async () => tt.api.callsTo('sendMessage').find((c) => c.params.text === 'You have already rated this conversation. Thank you!'));
    expect((await conversationOf(tt.t, tt.adminToken, conversationId)).csatScore).toBe(5);
    expect(await conversationCount()).toBe(before);
    const events = await csatEvents(tt.t, tt.adminToken, conversationId);
    expect(events.map((e: any) => e.data)).toEqual([{ score: 5, comment: null, source: 'button' }]);
    const messages = (await tt.t.api(`/api/conversations/${conversationId}/messages`, { token: tt.adminToken })).body.items;
    expect(messages.filter((m: any) => m.direction === 'in').map((m: any) => m.text)).toEqual(['My card was charged twice', `csat:${conversationId}:5`, `csat:${conversationId}:1`]);
  });

  it('answers a press after the survey closed without storing it, and without opening a conversation', async () => {
    const { conversationId } = await closedDialog();
    const clock = tt.t.app.get(AutomationClock);
    clock.now = () => new Date(Date.now() + 8 * 24 * 3_600_000);
    try {
      const before = await conversationCount();
      await postUpdate(tt, inboxId, secret, callbackUpdate(CHAT, 'cbq-late', `csat:${conversationId}:4`));
      await eventually(async () => tt.api.callsTo('sendMessage').find((c) => c.params.text === 'This survey has closed.'));
      expect((await conversationOf(tt.t, tt.adminToken, conversationId)).csatScore).toBeNull();
      expect(await conversationCount()).toBe(before);
      expect(await csatEvents(tt.t, tt.adminToken, conversationId)).toEqual([]);
    } finally {
      clock.now = () => new Date();
    }
  });

  it('takes a digit typed back as the answer while the survey waits, and an ordinary message after', async () => {
    const { conversationId } = await closedDialog();
    const before = await conversationCount();
    await postUpdate(tt, inboxId, secret, messageUpdate(CHAT, update++, { text: '3' }));
    await eventually(async () => (await conversationOf(tt.t, tt.adminToken, conversationId)).csatScore === 3);
    expect(await conversationCount()).toBe(before);
    expect((await csatEvents(tt.t, tt.adminToken, conversationId))[0].data).toMatchObject({ score: 3, source: 'reply' });

    // Rated: the next "2" is a new question for an operator.
    const created = nextEvent(tt.operator, 'conversation.created');
    await postUpdate(tt, inboxId, secret, messageUpdate(CHAT, update++, { text: '2' }));
    const next = (await created).conversation.id;
    expect(next).not.toBe(conversationId);
    await eventually(async () => (await conversationOf(tt.t, tt.adminToken, next)).status === 'assigned');
    expect((await conversationOf(tt.t, tt.adminToken, conversationId)).csatScore).toBe(3);
  });
});

describe('CSAT by a signed link', () => {
  let t: TestApp;
  let adminToken: string;
  let conversationId: number;
  let link: string;

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    adminToken = await t.login();
    // A channel without buttons (e-mail): the survey is a link. The row is made directly: no provider is needed to word it.
    const db = t.app.get(DataSource);
    const inbox = await db.getRepository(Inbox).save(
      db.getRepository(Inbox).create({ type: 'email', name: 'Mail', publicKey: randomUUID(), settings: {}, automation: { ...CSAT_ON, defaultLanguage: 'uk' } }),
    );
    const contact = await db.getRepository(Contact).save(db.getRepository(Contact).create({ name: 'Olena', language: 'uk' }));
    await db.getRepository(ContactIdentity).save(db.getRepository(ContactIdentity).create({ inboxId: inbox.id, contactId: contact.id, externalId: 'olena@example.com' }));
    const conversation = await db
      .getRepository(Conversation)
      .save(db.getRepository(Conversation).create({ inboxId: inbox.id, contactId: contact.id, status: 'closed', closedAt: new Date(), firstAgentReplyAt: new Date() }));
    conversationId = conversation.id;
    await t.app.get(AutomationService).closed(conversationId, false);
    const survey = (await t.api(`/api/conversations/${conversationId}/messages`, { token: adminToken })).body.items.find((m: any) => m.payload?.automatic === 'csat');
    link = survey.payload.csat.url;
    expect(survey.text).toBe(`Як ви оціните нашу допомогу? 1 — погано, 5 — чудово.\nОцініть нас тут: ${link} — або дайте відповідь цифрою від 1 до 5.`);
  });
  afterAll(() => t.close());

  const path = () => new URL(link).pathname;

  it('shows the rating page in the customer’s language', async () => {
    expect(link.startsWith(`${t.url}/csat/c1.${conversationId}.`)).toBe(true);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('lang="uk"');
    expect(html).toContain('Як ви оціните нашу допомогу?');
    expect(html).toContain(`action="${path()}"`);
  });

  it('refuses a bad score naming the field, a forged token and an expired one', async () => {
    const bad = await t.api(path(), { body: { score: 9 } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('score must be a whole number from 1 to 5');
    const [v, id, expires, mac] = path().split('/')[2].split('.');
    expect((await t.api(`/csat/${[v, id, Number(expires) + 1, mac].join('.')}`, { headers: { accept: 'application/json' } })).status).toBe(404);
    const expired = t.app.get(CsatService).tokens.sign(conversationId, new Date(Date.now() - 1000));
    const late = await t.api(`/csat/${expired}`, { body: { score: 5 }, headers: { accept: 'application/json' } });
    expect(late).toEqual({ status: 410, body: { outcome: 'expired', csatScore: null } });
  });

  it('stores a form post with its comment once; a second post is told it was counted', async () => {
    const posted = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'score=2&comment=Slow+answer' });
    expect(posted.status).toBe(200);
    expect(await posted.text()).toContain('Дякуємо за вашу оцінку!');
    const again = await t.api(path(), { body: { score: 5 }, headers: { accept: 'application/json' } });
    expect(again).toEqual({ status: 409, body: { outcome: 'already-rated', csatScore: 2 } });
    expect(await conversationOf(t, adminToken, conversationId)).toMatchObject({ csatScore: 2, csatComment: 'Slow answer' });
    expect((await csatEvents(t, adminToken, conversationId)).map((e: any) => e.data)).toEqual([{ score: 2, comment: 'Slow answer', source: 'link' }]);
  });
});
