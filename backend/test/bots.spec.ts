import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { verifyWebhook } from '../src/bots/external-bot.policy';
import { callbackUpdate, createTelegramInbox, eventually, messageUpdate, postUpdate, startTelegramTest, type TelegramTest } from './support/telegram-fixtures';
import { connectSocket, connectVisitor, startTestApp, type TestApp } from './support/test-app';

/** Menu → phone (asked again when invalid) → an order lookup → handover. */
function supportFlow(lookupUrl: string) {
  return {
    start: 'menu',
    humanButton: { en: 'Talk to a human' },
    steps: {
      menu: {
        type: 'menu',
        text: { en: 'Hi {{contact.name | there}}! How can we help?' },
        options: [
          { title: { en: 'Order status' }, next: 'phone' },
          { title: { en: 'Something else' }, next: 'human' },
        ],
      },
      phone: { type: 'collect', field: 'phone', prompt: { en: 'Your phone number, please?' }, next: 'lookup' },
      lookup: { type: 'http', url: lookupUrl, saveAs: 'order', timeoutMs: 2000, next: 'found', onError: 'human' },
      found: { type: 'message', text: 'Your order is {{contact.attributes.order_status}}.', next: 'human' },
      human: { type: 'handover', text: { en: 'A colleague will be with you shortly.' }, priority: 3 },
    },
  };
}

/** A stand-in for the shop's order system and for an external bot: records requests and answers as told. */
async function startPeer(handle: (req: IncomingMessage, body: string) => { status: number; body: unknown } | Promise<{ status: number; body: unknown }>) {
  const seen: Array<{ url: string; headers: IncomingMessage['headers']; body: string }> = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      seen.push({ url: req.url ?? '', headers: req.headers, body });
      const answer = await handle(req, body);
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}`, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const messagesOf = async (t: TestApp, token: string, id: number) => (await t.api(`/api/conversations/${id}/messages`, { token })).body.items as any[];
const conversationOf = async (t: TestApp, token: string, id: number) => (await t.api(`/api/conversations/${id}`, { token })).body;

describe('bots: the admin API', () => {
  let t: TestApp;
  let admin: string;
  let inboxId: number;

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    admin = await t.login();
    await t.api('/api/agents/me/status', { method: 'PATCH', token: admin, body: { status: 'online' } });
    inboxId = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Shop widget' } })).body.inbox.id;
  });
  afterAll(() => t.close());

  it('refuses a bad definition with 400 naming the path of the bad node', async () => {
    const bad = await t.api('/api/bots', {
      token: admin,
      body: { inboxId, name: 'Shop bot', kind: 'flow', definition: { start: 'menu', steps: { menu: { type: 'menu', text: 'Hi', options: [{ title: 'A', next: 'gone' }] } } } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('definition.steps.menu.options.0.next: no step "gone"');
    const missing = await t.api('/api/bots', { token: admin, body: { inboxId, name: 'Shop bot', kind: 'flow' } });
    expect(missing).toMatchObject({ status: 400, body: { message: 'definition: a flow bot needs its flow' } });
    const team = await t.api('/api/bots', { token: admin, body: { inboxId, name: 'x', kind: 'flow', definition: { start: 'a', steps: { a: { type: 'handover', teamId: 999 } } } } });
    expect(team).toMatchObject({ status: 400, body: { message: 'definition.steps.a.teamId: there is no team 999' } });
    const kind = await t.api('/api/bots', { token: admin, body: { inboxId, name: 'x', kind: 'robot' } });
    expect(kind).toMatchObject({ status: 400, body: { message: expect.stringContaining('kind must be one of: flow, external') } });
  });

  it('runs a turn of an unsaved flow for the builder’s preview, storing nothing, with bad input a 400 naming the field', async () => {
    const definition = supportFlow('http://127.0.0.1:1/x');
    const start = await t.api('/api/bots/preview', { token: admin, body: { definition, input: { type: 'start' }, language: 'en' } });
    expect(start.status).toBe(200);
    expect(start.body.actions).toEqual([{ type: 'send', text: 'Hi {{contact.name | there}}! How can we help?', buttons: expect.arrayContaining([expect.objectContaining({ title: 'Order status' })]) }]);
    const chosen = await t.api('/api/bots/preview', { token: admin, body: { definition, state: start.body.state, input: { type: 'message', text: 'Something else' } } });
    expect(chosen.body.actions).toEqual([{ type: 'send', text: 'A colleague will be with you shortly.' }, expect.objectContaining({ type: 'handover', reason: 'flow' })]);
    expect((await t.api('/api/bots', { token: admin })).body.items).toEqual([]);
    const badState = await t.api('/api/bots/preview', { token: admin, body: { definition, state: { step: 'menu' }, input: { type: 'start' } } });
    expect(badState).toMatchObject({ status: 400, body: { message: expect.stringMatching(/^state\.attempts: /) } });
    const badFlow = await t.api('/api/bots/preview', { token: admin, body: { definition: { start: 'x', steps: {} }, input: { type: 'start' } } });
    expect(badFlow).toMatchObject({ status: 400, body: { message: expect.stringMatching(/^definition\./) } });
    const noInput = await t.api('/api/bots/preview', { token: admin, body: { definition } });
    expect(noInput).toMatchObject({ status: 400, body: { message: expect.stringContaining('input must be an object') } });
  });

  it('saves every change of the flow as a new version, one bot per inbox, admins only', async () => {
    const created = await t.api('/api/bots', { token: admin, body: { inboxId, name: 'Shop bot', kind: 'flow', definition: supportFlow('http://127.0.0.1:1/x') } });
    expect(created.status).toBe(201);
    const id = created.body.bot.id;
    expect(created.body.bot).toMatchObject({ inboxId, kind: 'flow', version: 1, enabled: true });
    // A visitor waiting with the bot when it is switched off goes to the queue, and on to the operator.
    const visitor = await connectVisitor(t.url, (await t.api(`/api/inboxes/${inboxId}`, { token: admin })).body.inbox.publicKey);
    const sent = await visitor.socket.emitWithAck('message.send', { text: 'Hi', clientMessageId: randomUUID() });
    await eventually(async () => (await messagesOf(t, admin, sent.message.conversationId)).some((m) => m.senderType === 'bot'));
    expect((await conversationOf(t, admin, sent.message.conversationId)).conversation.status).toBe('bot');
    await t.api(`/api/bots/${id}`, { method: 'PATCH', token: admin, body: { enabled: false } });
    expect((await conversationOf(t, admin, sent.message.conversationId)).conversation.status).not.toBe('bot');
    await eventually(async () => (await conversationOf(t, admin, sent.message.conversationId)).conversation.status === 'assigned');
    visitor.socket.close();
    const edited = await t.api(`/api/bots/${id}`, { method: 'PATCH', token: admin, body: { definition: { start: 'bye', steps: { bye: { type: 'handover' } } } } });
    expect(edited.body.bot.version).toBe(2);
    const read = await t.api(`/api/bots/${id}`, { token: admin });
    expect(read.body.bot.definition).toEqual({ start: 'bye', steps: { bye: { type: 'handover' } } });
    expect(read.body.versions.map((v: any) => v.version)).toEqual([2, 1]);
    expect((await t.api(`/api/bots/${id}/versions/1`, { token: admin })).body.definition.start).toBe('menu');
    const second = await t.api('/api/bots', { token: admin, body: { inboxId, name: 'Another', kind: 'flow', definition: supportFlow('http://x/') } });
    expect(second).toMatchObject({ status: 409, body: { message: `inboxId: inbox ${inboxId} already has a bot` } });
    expect((await t.api(`/api/bots/${id}`, { method: 'DELETE', token: admin })).status).toBe(204);
  });
});

describe('a flow bot on the widget', () => {
  let t: TestApp;
  let admin: string;
  let operator: Socket;
  let inboxKey: string;
  let orders: Awaited<ReturnType<typeof startPeer>>;
  let botId: number;

  beforeAll(async () => {
    orders = await startPeer((req) => ({ status: req.url?.includes('442079460958') ? 200 : 404, body: { status: 'shipped' } }));
    t = await startTestApp({ DEMO: 'false' });
    admin = await t.login();
    await t.api('/api/agents/me/status', { method: 'PATCH', token: admin, body: { status: 'online' } });
    operator = await connectSocket(`${t.url}/agents`, { token: admin });
    const inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Shop widget' } })).body.inbox;
    inboxKey = inbox.publicKey;
    const bot = await t.api('/api/bots', {
      token: admin,
      body: { inboxId: inbox.id, name: 'Shop bot', kind: 'flow', allowedHosts: [orders.host], definition: supportFlow(`${orders.url}/orders?phone={{contact.phone}}`) },
    });
    expect(bot.status).toBe(201);
    botId = bot.body.bot.id;
  });
  afterAll(async () => {
    operator.close();
    await t.close();
    await orders.close();
  });

  it('menu → phone (an invalid one asked again) → lookup → handover; the operator sees what was collected', async () => {
    const visitor = await connectVisitor(t.url, inboxKey);
    const heard: any[] = [];
    visitor.socket.on('message.created', ({ message }) => message.senderType === 'bot' && heard.push(message));
    const said = () => heard.map((m) => m.text);
    const send = (text: string, button?: string) => visitor.socket.emitWithAck('message.send', { text, clientMessageId: randomUUID(), ...(button ? { button } : {}) });

    const first = await send('Hello');
    const conversationId = first.message.conversationId;
    await eventually(async () => heard.length >= 1);
    expect(heard[0]).toMatchObject({
      senderType: 'bot',
      text: 'Hi there! How can we help?',
      payload: { automatic: 'bot', buttons: [{ title: 'Order status', payload: 'bot:menu:1' }, { title: 'Something else', payload: 'bot:menu:2' }, { title: 'Talk to a human', payload: 'bot:human' }] },
    });
    expect((await conversationOf(t, admin, conversationId)).conversation.status).toBe('bot');

    await send('Order status', 'bot:menu:1');
    await eventually(async () => said().includes('Your phone number, please?'));
    await send('call me maybe');
    await eventually(async () => said().some((s) => s.startsWith('That does not look like a phone number')));
    expect((await conversationOf(t, admin, conversationId)).conversation.status).toBe('bot');
    await send('+44 20 7946 0958');
    await eventually(async () => said().includes('A colleague will be with you shortly.'));
    expect(said()).toContain('Your order is shipped.');

    const handed = await eventually(async () => {
      const c = await conversationOf(t, admin, conversationId);
      return c.conversation.status === 'assigned' ? c : null;
    });
    expect(handed.conversation).toMatchObject({ priority: 'high', firstAgentReplyAt: null });
    expect(handed.contact).toMatchObject({ phone: '+442079460958', attributes: { order_status: 'shipped' } });
    expect(orders.seen.map((r) => r.url)).toEqual(['/orders?phone=%2B442079460958']);

    const messages = await messagesOf(t, admin, conversationId);
    const note = messages.find((m) => m.private);
    expect(note).toMatchObject({ senderType: 'bot', text: 'Collected by the bot:\nPhone: +442079460958', payload: { automatic: 'bot_summary', collected: { Phone: '+442079460958' } } });
    expect(messages.filter((m) => m.senderType === 'bot' && !m.private).every((m) => m.payload.automatic === 'bot')).toBe(true);
    const events = (await t.api(`/api/conversations/${conversationId}/events`, { token: admin })).body.items.map((e: any) => e.type);
    expect(events).toEqual(['created', 'queued', 'assigned']);
    // The customer's later words go to the operator, not to the bot.
    const before = heard.length;
    await send('thanks');
    await new Promise((r) => setTimeout(r, 300));
    expect(heard.length).toBe(before);
    visitor.socket.close();
  });

  it('takes in messages sent one right after the other once each, in the order they were stored', async () => {
    const visitor = await connectVisitor(t.url, inboxKey);
    const first = await visitor.socket.emitWithAck('message.send', { text: 'Hi', clientMessageId: randomUUID() });
    const conversationId = first.message.conversationId;
    await eventually(async () => (await messagesOf(t, admin, conversationId)).some((m) => m.senderType === 'bot'));
    // The menu answer and at once the phone, before the bot asked for it: two turn jobs race for one session.
    await visitor.socket.emitWithAck('message.send', { text: '1', clientMessageId: randomUUID() });
    await visitor.socket.emitWithAck('message.send', { text: '+44 20 7946 0958', clientMessageId: randomUUID() });
    await eventually(async () => (await conversationOf(t, admin, conversationId)).conversation.status === 'assigned');
    const said = (await messagesOf(t, admin, conversationId)).filter((m) => m.senderType === 'bot' && !m.private).map((m) => m.text);
    expect(said).toEqual(['Hi there! How can we help?', 'Your phone number, please?', 'Your order is shipped.', 'A colleague will be with you shortly.']);
    visitor.socket.close();
  });

  it('hands over at once when the visitor asks for a human; the conversation keeps the version it started with', async () => {
    const visitor = await connectVisitor(t.url, inboxKey);
    const first = await visitor.socket.emitWithAck('message.send', { text: 'Hi', clientMessageId: randomUUID() });
    const conversationId = first.message.conversationId;
    await eventually(async () => (await messagesOf(t, admin, conversationId)).some((m) => m.senderType === 'bot'));
    // A new version is saved while this conversation talks to version 1.
    await t.api(`/api/bots/${botId}`, { method: 'PATCH', token: admin, body: { definition: { start: 'x', steps: { x: { type: 'handover', text: 'Version two' } } } } });
    await visitor.socket.emitWithAck('message.send', { text: 'I want to talk to a real person', clientMessageId: randomUUID() });
    await eventually(async () => (await conversationOf(t, admin, conversationId)).conversation.status === 'assigned');
    const texts = (await messagesOf(t, admin, conversationId)).filter((m) => m.senderType === 'bot').map((m) => m.text);
    expect(texts).toEqual(['Hi there! How can we help?']);

    const next = await connectVisitor(t.url, inboxKey);
    const opened = await next.socket.emitWithAck('message.send', { text: 'Hello', clientMessageId: randomUUID() });
    await eventually(async () => (await messagesOf(t, admin, opened.message.conversationId)).some((m) => m.text === 'Version two'));
    await eventually(async () => (await conversationOf(t, admin, opened.message.conversationId)).conversation.status === 'assigned');
    visitor.socket.close();
    next.socket.close();
  });
});

describe('a flow bot in an inbox with automatic messages', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    admin = await t.login();
  });
  afterAll(() => t.close());

  it('is never greeted; once handed over, the queue message says the place', async () => {
    const inbox = (
      await t.api('/api/inboxes', {
        token: admin,
        body: {
          type: 'webchat',
          name: 'Night desk',
          routingMode: 'manual',
          automation: { greeting: { enabled: true, text: { en: 'Welcome!' } }, queueMessage: { enabled: true, text: { en: 'You are number {{queue.position}} in the queue.' } } },
        },
      })
    ).body.inbox;
    expect(inbox.id).toEqual(expect.any(Number));
    await t.api('/api/bots', { token: admin, body: { inboxId: inbox.id, name: 'Night bot', kind: 'flow', definition: { start: 'hi', steps: { hi: { type: 'menu', text: 'Pick one', options: [{ title: 'Help', next: 'bye' }] }, bye: { type: 'handover' } } } } });
    const visitor = await connectVisitor(t.url, inbox.publicKey);
    const sent = await visitor.socket.emitWithAck('message.send', { text: 'Hello', clientMessageId: randomUUID() });
    const conversationId = sent.message.conversationId;
    await eventually(async () => (await messagesOf(t, admin, conversationId)).some((m) => m.text === 'Pick one'));
    await visitor.socket.emitWithAck('message.send', { text: '1', clientMessageId: randomUUID() });
    await eventually(async () => (await messagesOf(t, admin, conversationId)).some((m) => m.payload?.automatic === 'queue'));
    const texts = (await messagesOf(t, admin, conversationId)).filter((m) => m.direction === 'out').map((m) => [m.senderType, m.text]);
    expect(texts).toEqual([
      ['bot', 'Pick one'],
      ['system', 'You are number 1 in the queue.'],
    ]);
    visitor.socket.close();
  });
});

describe('a flow bot on Telegram', () => {
  const CHAT = 777;
  let tt: TelegramTest;
  let inboxId: number;
  let secret: string;
  let messageId = 100;

  beforeAll(async () => {
    tt = await startTelegramTest();
    ({ inbox: { id: inboxId }, secret } = await createTelegramInbox(tt));
    const flow = supportFlow('http://127.0.0.1:1/never');
    // No lookup here: the phone leads straight to the handover.
    flow.steps.phone.next = 'human';
    const bot = await tt.t.api('/api/bots', { token: tt.adminToken, body: { inboxId, name: 'TG bot', kind: 'flow', definition: flow } });
    expect(bot.status).toBe(201);
  });
  afterAll(() => tt.close());

  const sentTexts = () => tt.api.callsTo('sendMessage').map((c) => c.params.text as string);

  it('menu as an inline keyboard → phone (an invalid one asked again) → handover with the phone for the operator', async () => {
    await postUpdate(tt, inboxId, secret, messageUpdate(CHAT, messageId++, { text: 'hello' }));
    const menu = await eventually(async () => tt.api.callsTo('sendMessage').find((c) => String(c.params.text).startsWith('Hi Anna')));
    const markup = typeof menu.params.reply_markup === 'string' ? JSON.parse(menu.params.reply_markup) : menu.params.reply_markup;
    expect(markup.inline_keyboard.map((row: any[]) => row[0])).toEqual([
      { text: 'Order status', callback_data: 'bot:menu:1' },
      { text: 'Something else', callback_data: 'bot:menu:2' },
      { text: 'Talk to a human', callback_data: 'bot:human' },
    ]);

    await postUpdate(tt, inboxId, secret, callbackUpdate(CHAT, 'cbq-bot-1', 'bot:menu:1'));
    await eventually(async () => sentTexts().includes('Your phone number, please?'));
    await eventually(async () => tt.api.callsTo('answerCallbackQuery').find((c) => c.params.callback_query_id === 'cbq-bot-1'));
    await postUpdate(tt, inboxId, secret, messageUpdate(CHAT, messageId++, { text: 'no' }));
    await eventually(async () => sentTexts().some((s) => s.startsWith('That does not look like a phone number')));
    await postUpdate(tt, inboxId, secret, messageUpdate(CHAT, messageId++, { text: '+48 601 234 567' }));
    await eventually(async () => sentTexts().includes('A colleague will be with you shortly.'));

    const list = (await tt.t.api(`/api/conversations?view=all&inboxId=${inboxId}`, { token: tt.adminToken })).body.items;
    const conversationId = list[0].id;
    const handed = await eventually(async () => {
      const c = await conversationOf(tt.t, tt.adminToken, conversationId);
      return c.conversation.status === 'assigned' ? c : null;
    });
    expect(handed.contact.phone).toBe('+48601234567');
    const note = (await messagesOf(tt.t, tt.adminToken, conversationId)).find((m) => m.private);
    expect(note.text).toBe('Collected by the bot:\nPhone: +48601234567');
    expect(handed.conversation.firstAgentReplyAt).toBeNull();
  });
});

describe('an external bot', () => {
  let t: TestApp;
  let admin: string;
  let inboxKey: string;
  let botPeer: Awaited<ReturnType<typeof startPeer>>;
  let credentials: { token: string; webhookSecret: string };
  const received: any[] = [];

  beforeAll(async () => {
    botPeer = await startPeer((_req, body) => {
      received.push(JSON.parse(body));
      return { status: 200, body: { ok: true } };
    });
    t = await startTestApp({ DEMO: 'false' });
    admin = await t.login();
    await t.api('/api/agents/me/status', { method: 'PATCH', token: admin, body: { status: 'online' } });
    const inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Partner widget' } })).body.inbox;
    inboxKey = inbox.publicKey;
    const bot = await t.api('/api/bots', { token: admin, body: { inboxId: inbox.id, name: 'Partner bot', kind: 'external', webhookUrl: `${botPeer.url}/hook` } });
    expect(bot.status).toBe(201);
    credentials = bot.body.credentials;
    expect(credentials.token).toMatch(/^bot_/);
  });
  afterAll(async () => {
    await t.close();
    await botPeer.close();
  });

  it('gets each customer message signed, answers through the bot API, then hands over', async () => {
    const visitor = await connectVisitor(t.url, inboxKey);
    const heard: any[] = [];
    visitor.socket.on('message.created', ({ message }) => heard.push(message));
    const first = await visitor.socket.emitWithAck('message.send', { text: 'Do you ship to Norway?', clientMessageId: randomUUID() });
    const conversationId = first.message.conversationId;
    await eventually(async () => received.length === 1);
    const request = botPeer.seen[0];
    expect(verifyWebhook(credentials.webhookSecret, { signature: String(request.headers['x-bot-signature']), timestamp: String(request.headers['x-bot-timestamp']) }, request.body, Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifyWebhook('another-secret', { signature: String(request.headers['x-bot-signature']), timestamp: String(request.headers['x-bot-timestamp']) }, request.body, Math.floor(Date.now() / 1000))).toBe(false);
    expect(received[0]).toMatchObject({ event: 'message', conversation: { id: conversationId, status: 'bot' }, message: { text: 'Do you ship to Norway?' } });

    const bearer = { authorization: `Bearer ${credentials.token}` };
    const answer = await t.api(`/api/bot/conversations/${conversationId}/messages`, { headers: bearer, body: { text: 'Yes! Want a human for the details?', buttons: [{ title: 'Yes', payload: 'yes' }] } });
    expect(answer.status).toBe(201);
    await eventually(async () => heard.some((m) => m.text === 'Yes! Want a human for the details?'));
    expect(heard.find((m) => m.senderType === 'bot').payload).toMatchObject({ automatic: 'bot', buttons: [{ title: 'Yes', payload: 'yes' }] });

    expect((await t.api(`/api/bot/conversations/${conversationId}/messages`, { headers: { authorization: 'Bearer bot_wrong' }, body: { text: 'x' } })).status).toBe(401);
    expect((await t.api(`/api/bot/conversations/${conversationId}/messages`, { headers: bearer, body: { text: '' } })).status).toBe(400);
    const nested = await t.api(`/api/bot/conversations/${conversationId}/handover`, { headers: bearer, body: { attributes: { deep: { x: 1 } } } });
    expect(nested).toMatchObject({ status: 400, body: { message: expect.stringContaining('attributes must map names') } });

    const handover = await t.api(`/api/bot/conversations/${conversationId}/handover`, { headers: bearer, body: { note: 'Wants shipping to Norway', attributes: { country: 'NO' } } });
    expect(handover.status).toBe(200);
    await eventually(async () => (await conversationOf(t, admin, conversationId)).conversation.status === 'assigned');
    const c = await conversationOf(t, admin, conversationId);
    expect(c.contact.attributes).toMatchObject({ country: 'NO' });
    expect((await messagesOf(t, admin, conversationId)).find((m) => m.private).text).toBe('Collected by the bot:\ncountry: NO\nNote: Wants shipping to Norway');
    expect(c.conversation.firstAgentReplyAt).toBeNull();

    // Handed over: the bot may no longer write there, and is not told of new messages.
    expect((await t.api(`/api/bot/conversations/${conversationId}/messages`, { headers: bearer, body: { text: 'Still here' } })).status).toBe(409);
    await visitor.socket.emitWithAck('message.send', { text: 'Thanks', clientMessageId: randomUUID() });
    await new Promise((r) => setTimeout(r, 300));
    expect(received).toHaveLength(1);
    visitor.socket.close();
  });

  it('may not touch a conversation of another inbox', async () => {
    const other = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Other' } })).body.inbox;
    const visitor = await connectVisitor(t.url, other.publicKey);
    const sent = await visitor.socket.emitWithAck('message.send', { text: 'Hi', clientMessageId: randomUUID() });
    const res = await t.api(`/api/bot/conversations/${sent.message.conversationId}/handover`, { headers: { authorization: `Bearer ${credentials.token}` }, body: {} });
    expect(res.status).toBe(404);
    await eventually(async () => (await conversationOf(t, admin, sent.message.conversationId)).conversation.status === 'assigned');
    visitor.socket.close();
  });
});
