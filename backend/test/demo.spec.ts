import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './support/operators';
import { connectSocket, connectVisitor, startTestApp, type TestApp } from './support/test-app';

/** The next message pushed to the visitor that the rule `automatic` wrote. */
function nextAutomatic(socket: Socket, automatic: string, timeoutMs = 5000): Promise<any> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${automatic}" message within ${timeoutMs} ms`)), timeoutMs);
    const listener = ({ message }: { message: any }) => {
      if (message.payload?.automatic !== automatic) return;
      clearTimeout(timer);
      socket.off('message.created', listener);
      resolve(message);
    };
    socket.on('message.created', listener);
  });
}

describe('the demo inbox as npm start makes it', () => {
  let t: TestApp;
  let adminToken: string;
  let inbox: { id: number; publicKey: string; automation: Record<string, any> };

  beforeAll(async () => {
    t = await startTestApp({}, undefined, { demoAsShipped: true });
    adminToken = await t.login();
    inbox = (await t.api('/api/inboxes', { token: adminToken })).body.items[0];
  });
  afterAll(() => t.close());

  it('has the greeting, the goodbye and the satisfaction survey switched on', () => {
    expect(inbox.automation).toMatchObject({
      greeting: { enabled: true, text: { en: expect.any(String) } },
      goodbye: { enabled: true, text: { en: expect.any(String) } },
      csat: { enabled: true },
    });
  });

  it('greets a visitor’s first message, and the greeting stays in the widget’s history', async () => {
    const visitor = await connectVisitor(t.url, inbox.publicKey);
    const greeted = nextAutomatic(visitor.socket, 'greeting');
    await visitor.socket.emitWithAck('message.send', { text: 'Hello, is anyone there?', clientMessageId: randomUUID() });
    const greeting = await greeted;
    expect(greeting).toMatchObject({ senderType: 'system', direction: 'out', text: inbox.automation.greeting.text.en });
    // The inbox's list says who wrote its preview: the greeting is nobody's reply.
    const listed = (await t.api(`/api/conversations/${greeting.conversationId}`, { token: adminToken })).body.conversation;
    expect(listed.lastMessage).toMatchObject({ senderType: 'system', direction: 'out', text: inbox.automation.greeting.text.en });
    visitor.socket.close();

    // The page is loaded again: the widget reconnects with its token and asks for the history.
    const again = await connectVisitor(t.url, inbox.publicKey, visitor.session.visitorToken);
    const history = await again.socket.emitWithAck('history', {});
    expect(history.items.map((m: any) => [m.senderType, m.payload?.automatic ?? null, m.text])).toEqual([
      ['contact', null, 'Hello, is anyone there?'],
      ['system', 'greeting', inbox.automation.greeting.text.en],
    ]);
    again.socket.close();
  });

  it('after an operator’s answer and the close, the visitor gets the goodbye and the survey, and the rating is kept', async () => {
    const operator = await connectSocket(`${t.url}/agents`, { token: adminToken });
    await t.api('/api/agents/me/status', { method: 'PATCH', token: adminToken, body: { status: 'online' } });
    const visitor = await connectVisitor(t.url, inbox.publicKey);
    const greeted = nextAutomatic(visitor.socket, 'greeting');
    // This visitor's own conversation: going online also hands the admin the one the test before left queued.
    const sent = await visitor.socket.emitWithAck('message.send', { text: 'Where is my order?', clientMessageId: randomUUID() });
    const conversationId = sent.message.conversationId as number;
    await waitFor(async () => (await t.api(`/api/conversations/${conversationId}`, { token: adminToken })).body.conversation.status, (s) => s === 'assigned', 5000, 'assigned');
    await greeted;

    const answered = await t.api(`/api/conversations/${conversationId}/messages`, { token: adminToken, body: { text: 'It ships today.' } });
    expect(answered.status).toBe(201);
    const goodbye = nextAutomatic(visitor.socket, 'goodbye');
    const survey = nextAutomatic(visitor.socket, 'csat');
    expect((await t.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: adminToken })).status).toBe(200);
    expect((await goodbye).text).toBe(inbox.automation.goodbye.text.en);
    expect((await survey).payload.csat).toMatchObject({ form: 'widget', conversationId });

    const rated = await visitor.socket.emitWithAck('csat.submit', { conversationId, score: 5, comment: 'Quick and kind' });
    expect(rated).toMatchObject({ csatScore: 5 });
    const conversation = (await t.api(`/api/conversations/${conversationId}`, { token: adminToken })).body.conversation;
    expect(conversation).toMatchObject({ csatScore: 5, csatComment: 'Quick and kind' });
    visitor.socket.close();
    operator.close();
  });
});
