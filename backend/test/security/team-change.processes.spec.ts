import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useProcessGroup, type BackendProcess } from '../support/backend-process';
import { waitFor } from '../support/operators';
import { connectSocket, connectVisitor } from '../support/test-app';

const scaledOut = /^(mysql|mariadb):/.test(process.env.DATABASE_URL ?? '') && Boolean(process.env.REDIS_URL);
if (!scaledOut) console.log('team-change process suite skipped: it needs DATABASE_URL=mysql://… and REDIS_URL (CI runs it in the MariaDB + Redis pass)');

/**
 * An operator's tab is held by one process (a) and the admin's change is
 * made through another (b): a change of the operator's teams, role or
 * activity, or of an inbox's team, still reaches the tab at once (the
 * Redis adapter carries it).
 */
describe.skipIf(!scaledOut)('membership changes reach an open socket on another process', () => {
  const group = useProcessGroup('team-change');
  const sockets: Socket[] = [];
  let a: BackendProcess;
  let b: BackendProcess;
  let teamA: number;
  let teamB: number;
  let inboxA: { id: number; publicKey: string };

  beforeAll(async () => {
    a = await group.start();
    b = await group.start();
    teamA = (await b.api('/api/teams', { body: { name: 'Team A' } })).body.team.id;
    teamB = (await b.api('/api/teams', { body: { name: 'Team B' } })).body.team.id;
    inboxA = (await b.api('/api/inboxes', { body: { type: 'webchat', name: 'A site', teamId: teamA } })).body.inbox;
  });
  afterAll(() => {
    for (const socket of sockets) socket.close();
  });

  /** An operator of team A, logged in and with a tab open on process a. */
  async function operatorWithTabOnA(email: string): Promise<{ id: number; token: string; tab: Socket }> {
    const created = await b.api('/api/agents', { body: { email, password: 'operator-pass-1', name: email.split('@')[0], teamIds: [teamA] } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const token = (await a.api('/api/auth/login', { token: null, body: { email, password: 'operator-pass-1' } })).body.accessToken as string;
    const tab = await connectSocket(`${a.url}/agents`, { token });
    sockets.push(tab);
    return { id: created.body.agent.id, token, tab };
  }

  /** A customer of `inbox` writing through process b, and the conversation the operator's tab watches. */
  async function watchedConversation(tab: Socket, inbox: { publicKey: string }) {
    const visitor = await connectVisitor(b.url, inbox.publicKey);
    sockets.push(visitor.socket);
    const sent = await visitor.socket.emitWithAck('message.send', { text: 'A customer hello', clientMessageId: randomUUID() });
    const conversationId = sent.message.conversationId as number;
    expect(await tab.emitWithAck('conversation.watch', { conversationId })).toEqual({ watching: conversationId });
    const heard: string[] = [];
    tab.onAny((event: string, payload: unknown) => heard.push(`${event} ${JSON.stringify(payload)}`));
    await visitor.socket.emitWithAck('message.send', { text: 'before the change', clientMessageId: randomUUID() });
    await waitFor(async () => heard, (h) => h.some((e) => e.includes('before the change')), 5000, 'the tab to hear the conversation before the change');
    heard.length = 0;
    return { visitor, conversationId, heard };
  }

  it('stops a moved operator’s tab on process A hearing team A’s conversation, its notes and typing, and refuses its watch', async () => {
    const leaver = await operatorWithTabOnA('leaver@test.local');
    const { visitor, conversationId, heard } = await watchedConversation(leaver.tab, inboxA);

    expect((await b.api(`/api/agents/${leaver.id}`, { method: 'PATCH', body: { teamIds: [teamB] } })).status).toBe(200);
    await visitor.socket.emitWithAck('message.send', { text: 'after the move', clientMessageId: randomUUID() });
    expect((await b.api(`/api/conversations/${conversationId}/messages`, { body: { text: 'note after the move', private: true } })).status).toBe(201);
    visitor.socket.emit('typing', { on: true });
    await new Promise((r) => setTimeout(r, 500));
    expect(heard.filter((e) => e.includes('after the move') || e.includes(`"conversationId":${conversationId}`) || e.includes(`"inboxId":${inboxA.id}`))).toEqual([]);
    expect(await leaver.tab.emitWithAck('conversation.watch', { conversationId })).toEqual({ error: `Conversation ${conversationId} does not exist` });
  });

  it('takes an inbox moved to another team through process B from the old team’s tab on process A', async () => {
    const moving = (await b.api('/api/inboxes', { body: { type: 'webchat', name: 'Moving site', teamId: teamA } })).body.inbox as { id: number; publicKey: string };
    const stayer = await operatorWithTabOnA('stayer@test.local');
    const { visitor, conversationId, heard } = await watchedConversation(stayer.tab, moving);

    expect((await b.api(`/api/inboxes/${moving.id}`, { method: 'PATCH', body: { teamId: teamB } })).status).toBe(200);
    await visitor.socket.emitWithAck('message.send', { text: 'after the inbox moved', clientMessageId: randomUUID() });
    visitor.socket.emit('typing', { on: true });
    await new Promise((r) => setTimeout(r, 500));
    expect(heard.filter((e) => e.includes('after the inbox moved') || e.includes(`"conversationId":${conversationId}`) || e.includes(`"inboxId":${moving.id}`))).toEqual([]);
    expect(await stayer.tab.emitWithAck('conversation.watch', { conversationId })).toEqual({ error: `Conversation ${conversationId} does not exist` });
  });

  for (const [change, body] of [
    ['deactivated', { active: false }],
    ['given another role', { role: 'supervisor' }],
  ] as const) {
    it(`closes the tab on process A of an operator ${change} through process B, and its token opens no other`, async () => {
      const operator = await operatorWithTabOnA('active' in body ? 'deactivated@test.local' : 'promoted@test.local');
      const closed = new Promise<void>((resolve) => operator.tab.on('disconnect', () => resolve()));
      expect((await b.api(`/api/agents/${operator.id}`, { method: 'PATCH', body })).status).toBe(200);
      await closed;
      await expect(connectSocket(`${a.url}/agents`, { token: operator.token })).rejects.toThrow();
      expect((await a.api('/api/conversations', { token: operator.token })).status).toBe(401);
    });
  }
});
