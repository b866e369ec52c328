import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { conversation, createOperator, customerWrites, openInbox, waitFor } from './support/operators';
import { startTestApp, type TestApp } from './support/test-app';

describe('PATCH /api/conversations/:id {priority}', () => {
  let t: TestApp;
  let admin: string;
  let holder: { id: number; token: string };
  let teammate: { id: number; token: string };
  let stranger: { id: number; token: string };
  let teammateSocket: Socket;
  let conversationId: number;

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    admin = await t.login();
    const [support, sales] = await Promise.all(['Support', 'Sales'].map(async (name) => (await t.api('/api/teams', { token: admin, body: { name } })).body.team as { id: number }));
    const inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Support site', teamId: support.id } })).body.inbox;
    holder = await createOperator(t, admin, { teamIds: [support.id] });
    await openInbox(t, holder);
    teammate = await createOperator(t, admin, { teamIds: [support.id], online: false });
    stranger = await createOperator(t, admin, { teamIds: [sales.id], online: false });
    teammateSocket = await openInbox(t, teammate);
    conversationId = (await customerWrites(t, inbox.publicKey, 'The site is down for all our customers')).conversationId;
    await waitFor(() => conversation(t, holder.token, conversationId), (c) => c?.assigneeId === holder.id, 5000, 'the conversation routed to its holder');
  });
  afterAll(async () => {
    teammateSocket?.close();
    await t.close();
  });

  const patch = (token: string, body: unknown) => t.api(`/api/conversations/${conversationId}`, { method: 'PATCH', token, body });

  it('starts normal; the holder makes it urgent, operators of the inbox see it live, the event log says who and from what', async () => {
    expect((await conversation(t, holder.token, conversationId)).priority).toBe('normal');
    const pushed = new Promise<{ priority: string }>((resolve) =>
      teammateSocket.on('conversation.updated', ({ conversation: c }: { conversation: { id: number; priority: string } }) => c.id === conversationId && c.priority === 'urgent' && resolve(c)),
    );
    const res = await patch(holder.token, { priority: 'urgent' });
    expect(res.status).toBe(200);
    expect(res.body.conversation.priority).toBe('urgent');
    expect((await pushed).priority).toBe('urgent');
    const events = (await t.api(`/api/conversations/${conversationId}/events`, { token: holder.token })).body.items as Array<{ type: string; actorId: number; data: unknown }>;
    expect(events.filter((e) => e.type === 'prioritised')).toEqual([expect.objectContaining({ actorId: holder.id, data: { from: 'normal', to: 'urgent' } })]);
  });

  it('a supervisor or admin may change it too; the same value again changes and logs nothing', async () => {
    expect((await patch(admin, { priority: 'low' })).body.conversation.priority).toBe('low');
    expect((await patch(admin, { priority: 'low' })).status).toBe(200);
    const events = (await t.api(`/api/conversations/${conversationId}/events`, { token: admin })).body.items as Array<{ type: string }>;
    expect(events.filter((e) => e.type === 'prioritised')).toHaveLength(2);
  });

  it('answers 400 naming the field for anything but the four names, numbers included', async () => {
    for (const body of [{ priority: 'critical' }, { priority: 3 }, {}]) {
      const res = await patch(holder.token, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(String(res.body.message)).toMatch(/priority must be one of: urgent, high, normal, low/);
    }
  });

  it('is 404 to an operator of another team and 403 to a teammate who does not hold it', async () => {
    expect((await patch(stranger.token, { priority: 'high' })).status).toBe(404);
    expect((await patch(teammate.token, { priority: 'high' })).status).toBe(403);
    expect((await conversation(t, holder.token, conversationId)).priority).toBe('low');
  });
});
