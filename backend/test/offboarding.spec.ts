import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';
import { conversation, createOperator, customerWrites, openInbox, waitFor } from './support/operators';

/**
 * An operator who left: an admin deactivates them and they can do nothing
 * more (no token, no socket, no login), their conversations go to others
 * at once, and reactivating gives them their login back.
 */
describe('deactivating an operator', () => {
  let t: TestApp;
  let admin: string;
  let inbox: { id: number; publicKey: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login();
    inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Offboarding site' } })).body.inbox;
  });
  afterAll(() => t.close());

  it('voids their token and sockets at once, refuses their login, requeues their chats to others, and can be undone', async () => {
    const leaving = await createOperator(t, admin, { name: 'Leaving Lena', maxChats: 5 });
    const socket = await openInbox(t, leaving);
    const held = await customerWrites(t, inbox.publicKey, 'Are you still there?');
    await waitFor(() => conversation(t, admin, held.conversationId), (c) => c.assigneeId === leaving.id, 5000, 'assigned to Lena');
    const staying = await createOperator(t, admin, { name: 'Staying Stas' });
    const disconnected = new Promise<void>((resolve) => socket.on('disconnect', () => resolve()));

    const res = await t.api(`/api/agents/${leaving.id}`, { method: 'PATCH', token: admin, body: { active: false } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.agent).toMatchObject({ active: false, status: 'offline' });

    await disconnected;
    const withOldToken = await t.api('/api/conversations', { token: leaving.token });
    expect(withOldToken.status).toBe(401);
    expect(withOldToken.body.message).toBe('The access token is no longer valid; log in again');
    const login = await t.api('/api/auth/login', { body: { email: res.body.agent.email, password: 'operator-pass-1' } });
    expect(login.status).toBe(401);
    expect(login.body.message).toBe('This account is deactivated; an admin can reactivate it');

    const moved = await waitFor(() => conversation(t, admin, held.conversationId), (c) => c.assigneeId === staying.id, 5000, 'requeued to Stas');
    expect(moved.status).toBe('assigned');
    const events = (await t.api(`/api/conversations/${held.conversationId}/events`, { token: admin })).body.items as Array<{ type: string; data: unknown }>;
    expect(events.find((e) => e.type === 'requeued')?.data).toEqual({ reason: 'deactivated' });
    // Not even a supervisor's override reaches them.
    const transfer = await t.api(`/api/conversations/${held.conversationId}/transfer`, { token: admin, body: { agentId: leaving.id, override: true } });
    expect(transfer.status).toBe(409);
    // Their history stays, named.
    expect((await t.api(`/api/agents/${leaving.id}`, { token: admin })).body.agent.name).toBe('Leaving Lena');

    expect((await t.api(`/api/agents/${leaving.id}`, { method: 'PATCH', token: admin, body: { active: true } })).status).toBe(200);
    const back = await t.api('/api/auth/login', { body: { email: res.body.agent.email, password: 'operator-pass-1' } });
    expect(back.status).toBe(200);
    const audit = (await t.api(`/api/audit?entityType=agent&entityId=${leaving.id}`, { token: admin })).body.items as Array<{ action: string; changes: unknown }>;
    expect(audit.map((a) => a.changes)).toEqual(expect.arrayContaining([{ active: false }, { active: true }]));
  });
});
