import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { useProcessGroup } from '../support/backend-process';
import { waitFor } from '../support/operators';
import { connectSocket, connectVisitor } from '../support/test-app';

const scaledOut = /^(mysql|mariadb):/.test(process.env.DATABASE_URL ?? '') && Boolean(process.env.REDIS_URL);
if (!scaledOut) console.log('team-change process suite skipped: it needs DATABASE_URL=mysql://… and REDIS_URL (CI runs it in the MariaDB + Redis pass)');

/**
 * An operator's tab is held by one process and the admin's change is made
 * through another: the tab still leaves the old team's inbox and the
 * conversation it watched at once (the Redis adapter carries the change).
 */
describe.skipIf(!scaledOut)('a team change reaches an open socket on another process', () => {
  const group = useProcessGroup('team-change');
  const sockets: Socket[] = [];
  afterAll(() => {
    for (const socket of sockets) socket.close();
  });

  it('stops a moved operator’s tab on process A hearing team A’s conversation, its notes and typing, and refuses its watch', async () => {
    const a = await group.start();
    const b = await group.start();
    const teamA = (await b.api('/api/teams', { body: { name: 'Team A' } })).body.team.id as number;
    const teamB = (await b.api('/api/teams', { body: { name: 'Team B' } })).body.team.id as number;
    const inboxA = (await b.api('/api/inboxes', { body: { type: 'webchat', name: 'A site', teamId: teamA } })).body.inbox as { id: number; publicKey: string };
    const created = await b.api('/api/agents', { body: { email: 'leaver@test.local', password: 'operator-pass-1', name: 'Leaver', teamIds: [teamA] } });
    expect(created.status).toBe(201);
    const token = (await a.api('/api/auth/login', { token: null, body: { email: 'leaver@test.local', password: 'operator-pass-1' } })).body.accessToken as string;

    const visitor = await connectVisitor(b.url, inboxA.publicKey);
    sockets.push(visitor.socket);
    const sent = await visitor.socket.emitWithAck('message.send', { text: 'A customer hello', clientMessageId: randomUUID() });
    const conversationId = sent.message.conversationId as number;
    const tab = await connectSocket(`${a.url}/agents`, { token });
    sockets.push(tab);
    expect(await tab.emitWithAck('conversation.watch', { conversationId })).toEqual({ watching: conversationId });
    const heard: string[] = [];
    tab.onAny((event: string, payload: unknown) => heard.push(`${event} ${JSON.stringify(payload)}`));
    await visitor.socket.emitWithAck('message.send', { text: 'before the move', clientMessageId: randomUUID() });
    await waitFor(async () => heard, (h) => h.some((e) => e.includes('before the move')), 5000, 'the tab to hear team A before the move');

    expect((await b.api(`/api/agents/${created.body.agent.id}`, { method: 'PATCH', body: { teamIds: [teamB] } })).status).toBe(200);
    heard.length = 0;
    await visitor.socket.emitWithAck('message.send', { text: 'after the move', clientMessageId: randomUUID() });
    expect((await b.api(`/api/conversations/${conversationId}/messages`, { body: { text: 'note after the move', private: true } })).status).toBe(201);
    visitor.socket.emit('typing', { on: true });
    await new Promise((r) => setTimeout(r, 500));
    expect(heard.filter((e) => e.includes('after the move') || e.includes(`"conversationId":${conversationId}`) || e.includes(`"inboxId":${inboxA.id}`))).toEqual([]);
    expect(await tab.emitWithAck('conversation.watch', { conversationId })).toEqual({ error: `Conversation ${conversationId} does not exist` });
  });
});
