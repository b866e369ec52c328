import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSocket, connectVisitor, nextEvent, startTestApp, type TestApp } from './support/test-app';
import { VisitorTokens } from '../src/channels/visitor-token';

describe('a dialog through the site widget', () => {
  let t: TestApp;
  let inboxKey: string;
  let adminToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    adminToken = await t.login();
    const inboxes = await t.api('/api/inboxes', { token: adminToken });
    // The demo inbox exists on first start, so a newcomer can chat at once.
    expect(inboxes.body.items).toHaveLength(1);
    expect(inboxes.body.items[0].widgetSnippet).toContain('data-inbox=');
    inboxKey = inboxes.body.items[0].publicKey;
  });
  afterAll(() => t.close());

  it('refuses a visitor token past its lifetime, so that browser starts as a new visitor', async () => {
    const halfYearAgo = Date.now() - (t.config.visitorTokenLifetimeDays + 1) * 24 * 3600 * 1000;
    const inboxId = (await t.api('/api/inboxes', { token: adminToken })).body.items[0].id as number;
    const stale = new VisitorTokens(t.config.appSecret, t.config.visitorTokenLifetimeDays * 24 * 3600 * 1000, () => halfYearAgo).issue(inboxId);
    await expect(connectVisitor(t.url, inboxKey, stale.token)).rejects.toThrow('invalid visitor token');
    const fresh = new VisitorTokens(t.config.appSecret, t.config.visitorTokenLifetimeDays * 24 * 3600 * 1000, () => halfYearAgo + 2 * 24 * 3600 * 1000).issue(inboxId);
    const renewed = await connectVisitor(t.url, inboxKey, fresh.token);
    // Still within the lifetime: taken, and given a token that counts from today.
    expect(renewed.session.visitorToken).not.toBe(fresh.token);
    expect(Number(renewed.session.visitorToken.split('.')[3]) * 1000).toBeGreaterThan(Date.now() - 60_000);
    renewed.socket.close();
  });

  it('carries messages both ways in real time and resumes with history after reconnecting', async () => {
    const visitor = await connectVisitor(t.url, inboxKey);
    expect(visitor.session.visitorToken).toMatch(/^v2\./);
    expect(visitor.session.conversationId).toBeNull();

    const operator = await connectSocket(`${t.url}/agents`, { token: adminToken });
    await t.api('/api/agents/me/status', { method: 'PATCH', token: adminToken, body: { status: 'online' } });
    const seenByOperator = nextEvent(operator, 'conversation.created');
    const assignedToOperator = nextEvent(operator, 'conversation.assigned');

    const sent = await visitor.socket.emitWithAck('message.send', { text: 'Hello, where is my order?', clientMessageId: randomUUID() });
    expect(sent.message).toMatchObject({ direction: 'in', senderType: 'contact', text: 'Hello, where is my order?', status: 'sent' });
    const created = await seenByOperator;
    expect(created.conversation.status).toBe('queued');
    const conversationId = created.conversation.id;

    // The only online operator gets it at once (the inbox routes automatically).
    const assigned = await assignedToOperator;
    expect(assigned.conversation).toMatchObject({ id: conversationId, status: 'assigned' });
    const mine = await t.api('/api/conversations?view=mine', { token: adminToken });
    expect(mine.body.items.map((c: { id: number }) => c.id)).toContain(conversationId);
    expect(mine.body.items[0].lastMessage.text).toBe('Hello, where is my order?');

    const messages = await t.api(`/api/conversations/${conversationId}/messages`, { token: adminToken });
    expect(messages.body.items.map((m: { text: string }) => m.text)).toEqual(['Hello, where is my order?']);

    const answerArrives = nextEvent(visitor.socket, 'message.created');
    const reply = await t.api(`/api/conversations/${conversationId}/messages`, { token: adminToken, body: { text: 'It ships today.' } });
    expect(reply.status).toBe(201);
    expect(reply.body.message.status).toBe('sent');
    const answer = await answerArrives;
    expect(answer.message).toMatchObject({ direction: 'out', senderType: 'agent', senderName: 'Admin', text: 'It ships today.' });

    // A private note never reaches the visitor.
    const note = await t.api(`/api/conversations/${conversationId}/messages`, { token: adminToken, body: { text: 'VIP customer', private: true } });
    expect(note.body.message.private).toBe(true);

    visitor.socket.close();
    const again = await connectVisitor(t.url, inboxKey, visitor.session.visitorToken);
    expect(again.session.conversationId).toBe(conversationId);
    const history = await again.socket.emitWithAck('history', {});
    expect(history.items.map((m: { text: string }) => m.text)).toEqual(['Hello, where is my order?', 'It ships today.']);

    const closedSeen = nextEvent(again.socket, 'conversation.updated');
    const closed = await t.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: adminToken });
    expect(closed.body.conversation.status).toBe('closed');
    expect((await closedSeen).conversation).toEqual({ id: conversationId, status: 'closed' });

    // Writing again after the close opens a new conversation for the same contact.
    const next = await again.socket.emitWithAck('message.send', { text: 'One more thing', clientMessageId: randomUUID() });
    expect(next.message.conversationId).not.toBe(conversationId);
    const contactHistory = await t.api(`/api/contacts/${again.session.contactId}/history`, { token: adminToken });
    expect(contactHistory.body.items).toHaveLength(2);

    const events = await t.api(`/api/conversations/${conversationId}/events`, { token: adminToken });
    expect(events.body.items.map((e: { type: string }) => e.type)).toEqual(['created', 'queued', 'assigned', 'first_reply', 'closed']);
    again.socket.close();
    operator.close();
    await t.api('/api/agents/me/status', { method: 'PATCH', token: adminToken, body: { status: 'offline' } });
  });

  it('stores a message once when the widget resends it with the same client id', async () => {
    const visitor = await connectVisitor(t.url, inboxKey);
    const clientMessageId = randomUUID();
    const first = await visitor.socket.emitWithAck('message.send', { text: 'retry me', clientMessageId });
    const second = await visitor.socket.emitWithAck('message.send', { text: 'retry me', clientMessageId });
    expect(second.message.id).toBe(first.message.id);
    const messages = await t.api(`/api/conversations/${first.message.conversationId}/messages`, { token: adminToken });
    expect(messages.body.items.filter((m: { text: string }) => m.text === 'retry me')).toHaveLength(1);
    visitor.socket.close();
  });

  it('makes one contact and one conversation when a new visitor sends many messages at the same instant', async () => {
    const visitor = await connectVisitor(t.url, inboxKey);
    const acks = await Promise.all(
      Array.from({ length: 8 }, (_, i) => visitor.socket.emitWithAck('message.send', { text: `line ${i}`, clientMessageId: randomUUID() })),
    );
    expect(acks.filter((a) => !a.message)).toEqual([]);
    const conversationIds = new Set(acks.map((a) => a.message.conversationId));
    expect(conversationIds.size).toBe(1);
    const [conversationId] = [...conversationIds];
    const conversation = await t.api(`/api/conversations/${conversationId}`, { token: adminToken });
    expect(conversation.body.contact.identities).toHaveLength(1);
    const messages = await t.api(`/api/conversations/${conversationId}/messages`, { token: adminToken });
    expect(messages.body.items.map((m: { text: string }) => m.text).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `line ${i}`).sort());
    visitor.socket.close();
  });

  it('echoes a visitor message to their other open tabs, not to the sending tab (its answer has it), never to another visitor', async () => {
    const tab1 = await connectVisitor(t.url, inboxKey);
    const tab2 = await connectVisitor(t.url, inboxKey, tab1.session.visitorToken);
    const stranger = await connectVisitor(t.url, inboxKey);
    let strangerGot = 0;
    let senderGot = 0;
    stranger.socket.on('message.created', () => strangerGot++);
    tab1.socket.on('message.created', () => senderGot++);
    const echo = nextEvent(tab2.socket, 'message.created');
    const sent = await tab1.socket.emitWithAck('message.send', { text: 'from tab one', clientMessageId: randomUUID() });
    expect((await echo).message.id).toBe(sent.message.id);
    expect(strangerGot).toBe(0);
    expect(senderGot).toBe(0);
    const strangerHistory = await stranger.socket.emitWithAck('history', {});
    expect(strangerHistory.items).toEqual([]);
    for (const s of [tab1, tab2, stranger]) s.socket.close();
  });

  it('lets the visitor attach an image that the operator then sees', async () => {
    const visitor = await connectVisitor(t.url, inboxKey);
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const form = new FormData();
    form.append('file', new Blob([png], { type: 'image/png' }), 'photo.png');
    const upload = await fetch(`${t.url}/api/widget/uploads`, {
      method: 'POST',
      headers: { 'x-inbox-key': inboxKey, 'x-visitor-token': visitor.session.visitorToken },
      body: form,
    });
    expect(upload.status).toBe(201);
    const { attachment } = await upload.json();
    expect(attachment).toMatchObject({ fileName: 'photo.png', mimeType: 'image/png', size: png.length });

    const sent = await visitor.socket.emitWithAck('message.send', { clientMessageId: randomUUID(), attachments: [attachment.id] });
    expect(sent.message.kind).toBe('image');
    expect(sent.message.attachments).toHaveLength(1);

    const file = await fetch(t.url + sent.message.attachments[0].url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true);

    // Another visitor cannot send someone else's upload.
    const other = await connectVisitor(t.url, inboxKey);
    const stolen = await other.socket.emitWithAck('message.send', { clientMessageId: randomUUID(), attachments: [attachment.id] });
    expect(stolen.error).toMatch(/attachments/);
    visitor.socket.close();
    other.socket.close();
  });

  it('serves an uploaded SVG as a download, never inline', async () => {
    const visitor = await connectVisitor(t.url, inboxKey);
    const form = new FormData();
    form.append('file', new Blob(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'], { type: 'image/svg+xml' }), 'x.svg');
    const upload = await fetch(`${t.url}/api/widget/uploads`, {
      method: 'POST',
      headers: { 'x-inbox-key': inboxKey, 'x-visitor-token': visitor.session.visitorToken },
      body: form,
    });
    const { attachment } = await upload.json();
    expect(attachment.mimeType).toBe('application/octet-stream');
    const file = await fetch(t.url + attachment.url);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment/);
    visitor.socket.close();
  });
});
