import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { DomainEventBus, type DomainEvents } from '../src/common/domain-events';
import { startTestApp, type TestApp } from './support/test-app';
import { conversation, createOperator, customerWrites, openInbox, setStatus, waitFor } from './support/operators';

const GRACE_SECONDS = 2;

/**
 * Presence: an operator whose browser is gone (no `/agents` socket open)
 * gets nothing new at once, and after the grace gives their conversations
 * back and goes offline; one who comes back within the grace loses nothing.
 */
describe('presence', () => {
  let t: TestApp;
  let admin: string;
  let inbox: { id: number; publicKey: string };
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp({ OFFLINE_GRACE_SECONDS: String(GRACE_SECONDS) });
    admin = await t.login();
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    // Earlier tests' operators end their grace during later tests: nothing of theirs may be left to requeue.
    const db = t.app.get(DataSource);
    await db.query("UPDATE conversations SET status = 'closed', assigneeId = NULL WHERE status IN ('queued', 'assigned')");
    await db.query("UPDATE agents SET status = 'offline', openChats = 0");
    inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: `Site ${Date.now()}` } })).body.inbox;
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });

  const agent = async (id: number) => (await t.api(`/api/agents/${id}`, { token: admin })).body.agent;
  const assigneeOf = async (conversationId: number) => (await waitFor(() => conversation(t, admin, conversationId), (c) => c.status !== 'queued', 5000, 'assignment')).assigneeId;
  const events = async (conversationId: number) => (await t.api(`/api/conversations/${conversationId}/events`, { token: admin })).body.items as Array<{ type: string; data: Record<string, unknown> | null }>;

  async function connect(op: { id: number; token: string }): Promise<Socket> {
    const socket = await openInbox(t, op);
    sockets.push(socket);
    return socket;
  }

  /** Two operators online with sockets; `busy` already holds a chat so `favourite` (fewer chats) is next in line. */
  async function twoOperators() {
    const busy = await createOperator(t, admin, { name: 'Busy' });
    const favourite = await createOperator(t, admin, { name: 'Favourite', online: false });
    await connect(busy);
    const first = await customerWrites(t, inbox.publicKey);
    expect(await assigneeOf(first.conversationId)).toBe(busy.id);
    await setStatus(t, favourite.token, 'online');
    const favouriteSocket = await connect(favourite);
    return { busy, favourite, favouriteSocket };
  }

  it('gives a new customer to someone else as soon as the favourite operator\'s socket closes, without a status change', async () => {
    const { busy, favourite, favouriteSocket } = await twoOperators();
    const before = await customerWrites(t, inbox.publicKey);
    expect(await assigneeOf(before.conversationId)).toBe(favourite.id);

    favouriteSocket.close();
    const gone = await waitFor(() => agent(favourite.id), (a) => a.disconnectedAt !== null, 2000, 'operator counted as disconnected');
    expect(gone.status).toBe('online');

    const started = Date.now();
    const next = await customerWrites(t, inbox.publicKey);
    expect(await assigneeOf(next.conversationId)).toBe(busy.id);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('moves an offer on at once when the operator it waits for loses their connection, instead of when it runs out', async () => {
    const { busy, favourite, favouriteSocket } = await twoOperators();
    const offerInbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: `Offers ${Date.now()}`, routingMode: 'offer', routing: { offerTimeoutSeconds: 60 } } })).body.inbox;
    const offered = await customerWrites(t, offerInbox.publicKey);
    await waitFor(() => conversation(t, admin, offered.conversationId), (c) => c.offeredTo === favourite.id, 5000, 'offered to the favourite');

    favouriteSocket.close();
    const closedAt = Date.now();
    const moved = await waitFor(() => conversation(t, admin, offered.conversationId), (c) => c.offeredTo === busy.id, 5000, 'the offer moved to the other operator');
    expect(moved.status).toBe('queued');
    expect(Date.now() - closedAt).toBeLessThan(2000);
    const withdrawn = (await events(offered.conversationId)).find((e) => e.type === 'offer_expired');
    expect(withdrawn?.data).toMatchObject({ reason: 'disconnected' });
  });

  it('after the grace, requeues a disconnected operator\'s chats to the others and sets them offline with the reason', async () => {
    const { busy, favourite, favouriteSocket } = await twoOperators();
    const held = await customerWrites(t, inbox.publicKey);
    expect(await assigneeOf(held.conversationId)).toBe(favourite.id);

    const statusChanges: Array<DomainEvents['agent.status-changed']> = [];
    t.app.get(DomainEventBus).on('agent.status-changed', (change) => {
      if (change.agentId === favourite.id) statusChanges.push(change);
    });
    favouriteSocket.close();
    const closedAt = Date.now();
    const moved = await waitFor(() => conversation(t, admin, held.conversationId), (c) => c.assigneeId === busy.id, (GRACE_SECONDS + 5) * 1000, 'chat requeued to the other operator');
    expect(moved.status).toBe('assigned');
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(GRACE_SECONDS * 1000 - 100);
    expect((await agent(favourite.id)).status).toBe('offline');
    // Heard as a status change (webhooks' agent.status_changed), with why.
    expect(statusChanges).toEqual([{ agentId: favourite.id, status: 'offline', reason: 'disconnected' }]);
    const requeued = (await events(held.conversationId)).find((e) => e.type === 'requeued');
    expect(requeued?.data).toMatchObject({ reason: 'disconnected' });
  });

  it('keeps everything for an operator who reconnects within the grace, with nothing a customer would notice', async () => {
    const { busy, favourite, favouriteSocket } = await twoOperators();
    const held = await customerWrites(t, inbox.publicKey);
    expect(await assigneeOf(held.conversationId)).toBe(favourite.id);

    favouriteSocket.close();
    await waitFor(() => agent(favourite.id), (a) => a.disconnectedAt !== null, 2000, 'operator counted as disconnected');
    await new Promise((r) => setTimeout(r, 500));
    await connect(favourite);
    await new Promise((r) => setTimeout(r, (GRACE_SECONDS + 1) * 1000));

    const after = await conversation(t, admin, held.conversationId);
    expect(after).toMatchObject({ status: 'assigned', assigneeId: favourite.id });
    expect((await events(held.conversationId)).map((e) => e.type)).toEqual(['created', 'queued', 'assigned']);
    expect(await agent(favourite.id)).toMatchObject({ status: 'online', disconnectedAt: null });
    // Back in line: with the other operator away, the next customer is theirs.
    await setStatus(t, busy.token, 'away');
    const next = await customerWrites(t, inbox.publicKey);
    expect(await assigneeOf(next.conversationId)).toBe(favourite.id);
  });

  it('counts an operator connected while any of their tabs is open', async () => {
    const op = await createOperator(t, admin);
    const tabs = [await connect(op), await connect(op)];
    tabs[0].close();
    await new Promise((r) => setTimeout(r, 300));
    expect((await agent(op.id)).disconnectedAt).toBeNull();
    tabs[1].close();
    await waitFor(() => agent(op.id), (a) => a.disconnectedAt !== null, 2000, 'disconnected once the last tab closed');
  });

  it('tells every operator when another one changes status or closes their last tab (agent.updated)', async () => {
    const watching = await connect(await createOperator(t, admin, { name: 'Watcher' }));
    const op = await createOperator(t, admin, { online: false });
    const seen: Array<{ status: string; disconnectedAt: string | null }> = [];
    watching.on('agent.updated', ({ agent }: { agent: { id: number; status: string; disconnectedAt: string | null } }) => {
      if (agent.id === op.id) seen.push(agent);
    });
    await setStatus(t, op.token, 'online');
    await waitFor(async () => seen, (s) => s.some((a) => a.status === 'online'), 2000, 'agent.updated for the status');
    const tab = await connect(op);
    tab.close();
    await waitFor(async () => seen, (s) => s.at(-1)?.disconnectedAt !== null, 2000, 'agent.updated for the closed tab');
  });

  it('runs the grace from the last change when the status flaps', async () => {
    const op = await createOperator(t, admin);
    const held = await customerWrites(t, inbox.publicKey);
    expect(await assigneeOf(held.conversationId)).toBe(op.id);

    await setStatus(t, op.token, 'offline');
    await new Promise((r) => setTimeout(r, 1000));
    await setStatus(t, op.token, 'online');
    await new Promise((r) => setTimeout(r, 500));
    await setStatus(t, op.token, 'offline');
    const lastChange = Date.now();

    // The first offline's grace has run out by now; the last one's has not.
    await new Promise((r) => setTimeout(r, GRACE_SECONDS * 1000 - 600));
    expect(await conversation(t, admin, held.conversationId)).toMatchObject({ status: 'assigned', assigneeId: op.id });

    await waitFor(() => conversation(t, admin, held.conversationId), (c) => c.status === 'queued', 5000, 'requeued after the last change\'s grace');
    expect(Date.now() - lastChange).toBeGreaterThanOrEqual(GRACE_SECONDS * 1000 - 100);
    expect((await events(held.conversationId)).find((e) => e.type === 'requeued')?.data).toMatchObject({ reason: 'offline' });
  });

  it('runs the grace from the last lost connection when the connection flaps', async () => {
    const op = await createOperator(t, admin);
    const held = await customerWrites(t, inbox.publicKey);
    expect(await assigneeOf(held.conversationId)).toBe(op.id);

    (await connect(op)).close();
    await waitFor(() => agent(op.id), (a) => a.disconnectedAt !== null, 2000, 'first loss counted');
    await new Promise((r) => setTimeout(r, 1000));
    (await connect(op)).close();
    await waitFor(() => agent(op.id), (a) => a.disconnectedAt !== null, 2000, 'second loss counted');
    const lastLoss = Date.now();

    // The first loss's grace has run out by now; the last one's has not.
    await new Promise((r) => setTimeout(r, GRACE_SECONDS * 1000 - 600));
    expect(await conversation(t, admin, held.conversationId)).toMatchObject({ status: 'assigned', assigneeId: op.id });

    await waitFor(() => conversation(t, admin, held.conversationId), (c) => c.status === 'queued', 5000, 'requeued after the last loss\'s grace');
    expect(Date.now() - lastLoss).toBeGreaterThanOrEqual(GRACE_SECONDS * 1000 - 100);
    expect((await events(held.conversationId)).find((e) => e.type === 'requeued')?.data).toMatchObject({ reason: 'disconnected' });
  });

  it('sets the operator offline on "Log out", with the same grace', async () => {
    const op = await createOperator(t, admin);
    const held = await customerWrites(t, inbox.publicKey);
    expect(await assigneeOf(held.conversationId)).toBe(op.id);

    const res = await t.api('/api/auth/logout', { method: 'POST', token: op.token });
    expect(res.status).toBe(200);
    expect(res.body.agent.status).toBe('offline');
    expect(await conversation(t, admin, held.conversationId)).toMatchObject({ status: 'assigned', assigneeId: op.id });
    await waitFor(() => conversation(t, admin, held.conversationId), (c) => c.status === 'queued', (GRACE_SECONDS + 3) * 1000, 'requeued after logging out');
  });
});
