import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';
import { conversation, createOperator, customerWrites, openInbox, waitFor } from './support/operators';
import { connectVisitor } from './support/test-app';

/**
 * An operator who left: an admin deactivates them and they can do nothing
 * more (no token, no socket, no login), their conversations go to others
 * at once, and reactivating gives them their login back.
 */
describe('offboarding: operators, teams and inboxes', () => {
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
    // Not even a supervisor's override reaches them, and the live board no longer offers them.
    const transfer = await t.api(`/api/conversations/${held.conversationId}/transfer`, { token: admin, body: { agentId: leaving.id, override: true } });
    expect(transfer.status).toBe(409);
    const onBoard = async () => ((await t.api('/api/supervision/board', { token: admin })).body.board.agents as Array<{ id: number }>).map((a) => a.id);
    expect(await onBoard()).not.toContain(leaving.id);
    // Their history stays, named.
    expect((await t.api(`/api/agents/${leaving.id}`, { token: admin })).body.agent.name).toBe('Leaving Lena');

    expect((await t.api(`/api/agents/${leaving.id}`, { method: 'PATCH', token: admin, body: { active: true } })).status).toBe(200);
    const back = await t.api('/api/auth/login', { body: { email: res.body.agent.email, password: 'operator-pass-1' } });
    expect(back.status).toBe(200);
    expect(await onBoard()).toContain(leaving.id);
    const audit = (await t.api(`/api/audit?entityType=agent&entityId=${leaving.id}`, { token: admin })).body.items as Array<{ action: string; changes: unknown }>;
    expect(audit.map((a) => a.changes)).toEqual(expect.arrayContaining([{ active: false }, { active: true }]));
  });

  it('never leaves the deployment without an active admin: the last one can be neither deactivated nor given another role', async () => {
    const firstAdmin = (await t.api('/api/auth/me', { token: admin })).body.user.id as number;
    const deactivateSelf = await t.api(`/api/agents/${firstAdmin}`, { method: 'PATCH', token: admin, body: { active: false } });
    expect([deactivateSelf.status, deactivateSelf.body.message]).toEqual([409, 'active: Admin is the last active admin; make another operator an admin first']);
    const demoteSelf = await t.api(`/api/agents/${firstAdmin}`, { method: 'PATCH', token: admin, body: { role: 'supervisor' } });
    expect([demoteSelf.status, demoteSelf.body.message]).toEqual([409, 'role: Admin is the last active admin; make another operator an admin first']);
    // Through an integration's admin token, which is nobody's account, the same.
    const secret = (await t.api('/api/api-tokens', { token: admin, body: { name: 'HR sync', scopes: ['admin'] } })).body.secret as string;
    expect((await t.api(`/api/agents/${firstAdmin}`, { method: 'PATCH', headers: { 'x-api-token': secret }, body: { active: false } })).status).toBe(409);
    expect((await t.api('/api/conversations', { token: admin })).status).toBe(200);

    // With a second admin, either may go.
    const second = await createOperator(t, admin, { name: 'Second Admin', role: 'admin', online: false });
    expect((await t.api(`/api/agents/${second.id}`, { method: 'PATCH', token: admin, body: { active: false } })).status).toBe(200);
    expect((await t.api(`/api/agents/${firstAdmin}`, { method: 'PATCH', token: admin, body: { role: 'supervisor' } })).status).toBe(409);
    expect((await t.api(`/api/agents/${second.id}`, { method: 'PATCH', token: admin, body: { active: true } })).status).toBe(200);
  });

  it('renames a team, refuses to delete one that still has inboxes (naming them), and deletes it once free: members simply lose it', async () => {
    const team = (await t.api('/api/teams', { token: admin, body: { name: 'Night shift' } })).body.team;
    await t.api('/api/teams', { token: admin, body: { name: 'Day shift' } });
    const renamed = await t.api(`/api/teams/${team.id}`, { method: 'PATCH', token: admin, body: { name: 'Late shift' } });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body.team).toMatchObject({ id: team.id, name: 'Late shift' });
    const taken = await t.api(`/api/teams/${team.id}`, { method: 'PATCH', token: admin, body: { name: 'Day shift' } });
    expect([taken.status, taken.body.message]).toEqual([409, 'name: a team called "Day shift" already exists']);
    const blank = await t.api(`/api/teams/${team.id}`, { method: 'PATCH', token: admin, body: { name: '   ' } });
    expect(blank.status).toBe(400);
    expect(JSON.stringify(blank.body.message)).toMatch(/name/);
    expect((await t.api('/api/teams/99999', { method: 'PATCH', token: admin, body: { name: 'Ghost' } })).status).toBe(404);

    const member = await createOperator(t, admin, { name: 'Member Mia', teamIds: [team.id], online: false });
    const nightSite = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Night site', teamId: team.id } })).body.inbox;
    const refused = await t.api(`/api/teams/${team.id}`, { method: 'DELETE', token: admin });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('"Night site"');
    expect((await t.api('/api/teams', { token: admin })).body.items.map((x: { id: number }) => x.id)).toContain(team.id);

    expect((await t.api(`/api/inboxes/${nightSite.id}`, { method: 'PATCH', token: admin, body: { teamId: null } })).status).toBe(200);
    const deleted = await t.api(`/api/teams/${team.id}`, { method: 'DELETE', token: admin });
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(204);
    expect((await t.api('/api/teams', { token: admin })).body.items.map((x: { id: number }) => x.id)).not.toContain(team.id);
    expect((await t.api(`/api/agents/${member.id}`, { token: admin })).body.agent.teams).toEqual([]);
    expect((await t.api(`/api/teams/${team.id}`, { method: 'DELETE', token: admin })).status).toBe(404);
    // Only admins.
    expect((await t.api(`/api/teams/${team.id}`, { method: 'DELETE', token: member.token })).status).toBe(403);
    const audit = (await t.api(`/api/audit?entityType=team&entityId=${team.id}`, { token: admin })).body.items as Array<{ action: string }>;
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['team.update', 'team.delete']));
  });

  it('archives an inbox: its widgets are closed and refused, its open chats closed without a goodbye, replies refused, history kept; reactivating brings it back', async () => {
    const site = (
      await t.api('/api/inboxes', {
        token: admin,
        body: { type: 'webchat', name: 'Old site', automation: { goodbye: { enabled: true, text: { en: 'Goodbye from the old site' } } } },
      })
    ).body.inbox;
    const operator = await createOperator(t, admin, { name: 'Archive Ada', maxChats: 5 });
    const socket = await openInbox(t, operator);
    const held = await customerWrites(t, site.publicKey, 'Is this shop still open?');
    await waitFor(() => conversation(t, admin, held.conversationId), (c) => c.assigneeId === operator.id, 5000, 'assigned to Ada');
    const visitor = await connectVisitor(t.url, site.publicKey, held.visitorToken);
    const visitorGone = new Promise<void>((resolve) => visitor.socket.on('disconnect', () => resolve()));

    const mixed = await t.api(`/api/inboxes/${site.id}`, { method: 'PATCH', token: admin, body: { active: false, name: 'Renamed' } });
    expect(mixed.status).toBe(400);
    expect(mixed.body.message).toMatch(/^active:/);
    const archived = await t.api(`/api/inboxes/${site.id}`, { method: 'PATCH', token: admin, body: { active: false } });
    expect(archived.status, JSON.stringify(archived.body)).toBe(200);
    expect(archived.body.inbox).toMatchObject({ id: site.id, active: false, name: 'Old site' });
    expect((await t.api(`/api/inboxes/${site.id}`, { method: 'PATCH', token: admin, body: { active: false } })).body.inbox).toMatchObject({ active: false });

    await visitorGone;
    await expect(connectVisitor(t.url, site.publicKey, held.visitorToken)).rejects.toThrow(/unknown inbox key/);
    const closed = await conversation(t, admin, held.conversationId);
    expect(closed.status).toBe('closed');
    const events = (await t.api(`/api/conversations/${held.conversationId}/events`, { token: admin })).body.items as Array<{ type: string; data: unknown }>;
    expect(events.find((e) => e.type === 'closed')?.data).toEqual({ reason: 'inbox-archived' });
    const history = (await t.api(`/api/conversations/${held.conversationId}/messages`, { token: admin })).body.items as Array<{ text: string | null }>;
    expect(history.map((m) => m.text)).toContain('Is this shop still open?');
    expect(history.map((m) => m.text)).not.toContain('Goodbye from the old site');
    // Ada's slot is free again.
    expect((await t.api(`/api/agents/${operator.id}`, { token: admin })).body.agent.openChats).toBe(0);

    const reply = await t.api(`/api/conversations/${held.conversationId}/messages`, { token: admin, body: { text: 'Hello?' } });
    expect(reply.status).toBe(409);
    expect(reply.body.message).toBe('Inbox "Old site" is archived: replies cannot be sent from it (private notes still can)');
    const note = await t.api(`/api/conversations/${held.conversationId}/messages`, { token: admin, body: { text: 'Shop closed in May', private: true } });
    expect(note.status).toBe(201);
    const change = await t.api(`/api/inboxes/${site.id}`, { method: 'PATCH', token: admin, body: { name: 'Renamed' } });
    expect(change.status).toBe(409);
    expect((await t.api('/api/inboxes', { token: admin })).body.items.find((i: { id: number }) => i.id === site.id)).toMatchObject({ active: false });

    const back = await t.api(`/api/inboxes/${site.id}`, { method: 'PATCH', token: admin, body: { active: true } });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body.inbox.active).toBe(true);
    const again = await customerWrites(t, site.publicKey, 'Back again', held.visitorToken);
    expect(again.conversationId).not.toBe(held.conversationId);
    const audit = (await t.api(`/api/audit?entityType=inbox&entityId=${site.id}`, { token: admin })).body.items as Array<{ changes: unknown }>;
    expect(audit.map((a) => a.changes)).toEqual(expect.arrayContaining([{ active: false }, { active: true }]));
    socket.close();
  });
});
