import { randomBytes } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { deadProcessBoundMs } from '../src/processes/process-liveness.policy';
import { useProcessGroup } from './support/backend-process';
import { waitFor } from './support/operators';
import { connectSocket, connectVisitor } from './support/test-app';

const scaledOut = /^(mysql|mariadb):/.test(process.env.DATABASE_URL ?? '') && Boolean(process.env.REDIS_URL);
if (!scaledOut) console.log('multi-process presence suite skipped: it needs DATABASE_URL=mysql://… and REDIS_URL (CI runs it in the MariaDB + Redis pass)');

/** The default, as documented in docs/routing.md: a dead process's operators count as disconnected within 12.5 s. */
const PROCESS_TIMEOUT_SECONDS = 10;

/**
 * Presence across processes: an operator connected to one process counts
 * as connected on all; when that process is killed outright (no socket
 * closes cleanly, nobody says goodbye), the survivors stop counting its
 * sockets within the documented bound.
 */
describe.skipIf(!scaledOut)('presence across backend processes', () => {
  const group = useProcessGroup('presence', () => ({ PROCESS_TIMEOUT_SECONDS: String(PROCESS_TIMEOUT_SECONDS), OFFLINE_GRACE_SECONDS: '600' }));
  const backend = () => group.start();
  const sockets: Socket[] = [];
  afterAll(() => {
    for (const socket of sockets) socket.close();
  });

  it('stops counting a SIGKILLed process\'s operators within the documented bound, and routes past them', async () => {
    const a = await backend();
    const b = await backend();
    const widget = await b.api('/api/inboxes', { body: { type: 'webchat', name: 'Site' } });
    expect(widget.status).toBe(201);

    const operator = async (name: string) => {
      const email = `${name.toLowerCase()}@test.local`;
      const created = await a.api('/api/agents', { body: { email, password: 'operator-pass-1', name } });
      expect(created.status).toBe(201);
      const token = (await a.api('/api/auth/login', { token: null, body: { email, password: 'operator-pass-1' } })).body.accessToken as string;
      expect((await a.api('/api/agents/me/status', { method: 'PATCH', token, body: { status: 'online' } })).status).toBe(200);
      return { id: created.body.agent.id as number, token };
    };
    const onA = await operator('Anna');
    const onB = await operator('Boris');
    const agentOnB = async (id: number) => (await b.api(`/api/agents/${id}`)).body.agent;

    // Anna's tabs are on A, Boris's on B; both count as connected everywhere.
    sockets.push(await connectSocket(`${a.url}/agents`, { token: onA.token }), await connectSocket(`${a.url}/agents`, { token: onA.token }));
    sockets.push(await connectSocket(`${b.url}/agents`, { token: onB.token }));
    // A socket opened and closed on B does not outweigh Anna's open ones on A.
    const brief = await connectSocket(`${b.url}/agents`, { token: onA.token });
    await new Promise((r) => setTimeout(r, 300));
    brief.close();
    await new Promise((r) => setTimeout(r, 500));
    expect((await agentOnB(onA.id)).disconnectedAt).toBeNull();
    expect((await agentOnB(onB.id)).disconnectedAt).toBeNull();

    a.child.kill('SIGKILL');
    await a.exited();
    const killedAt = Date.now();
    await waitFor(() => agentOnB(onA.id), (agent) => agent.disconnectedAt !== null, deadProcessBoundMs(PROCESS_TIMEOUT_SECONDS * 1000) + 5000, 'Anna counted as disconnected');
    const took = Date.now() - killedAt;
    console.log(`presence: a SIGKILLed process's operator counted as disconnected after ${(took / 1000).toFixed(1)} s (bound ${deadProcessBoundMs(PROCESS_TIMEOUT_SECONDS * 1000) / 1000} s)`);
    expect(took).toBeLessThanOrEqual(deadProcessBoundMs(PROCESS_TIMEOUT_SECONDS * 1000) + 1000);
    // Boris, connected to the survivor, is untouched.
    expect((await agentOnB(onB.id)).disconnectedAt).toBeNull();

    // A new customer now goes to Boris, never to Anna's dead tabs.
    const visitor = await connectVisitor(b.url, widget.body.inbox.publicKey);
    const ack = await visitor.socket.emitWithAck('message.send', { text: 'Anyone there?', clientMessageId: randomBytes(8).toString('hex') });
    visitor.socket.close();
    const conversationId = ack.message.conversationId as number;
    const assigned = await waitFor(
      async () => (await b.api(`/api/conversations/${conversationId}`)).body.conversation,
      (c) => c.status === 'assigned',
      5000,
      'the new customer assigned',
    );
    expect(assigned.assigneeId).toBe(onB.id);
 
  }, 120_000);
});
