import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { connectSocket, nextEvent, startTestApp, type TestApp } from './support/test-app';
import { conversation, createOperator, customerWrites, eventTypes, setStatus, waitFor } from './support/operators';

describe('the router', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ OFFLINE_GRACE_SECONDS: '1' });
    admin = await t.login();
  });
  afterAll(() => t.close());

  /** Each test gets its own widget inbox and starts with nobody online. */
  let inbox: { id: number; publicKey: string };
  beforeEach(async () => {
    await t.app.get(DataSource).query("UPDATE agents SET status = 'offline'");
    inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: `Site ${Date.now()}` } })).body.inbox;
  });

  const setInbox = async (body: Record<string, unknown>) => {
    const res = await t.api(`/api/inboxes/${inbox.id}`, { method: 'PATCH', token: admin, body });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };
  const statusOf = (id: number) => conversation(t, admin, id);

  it('assigns up to the limit, queues the rest, answers 409 past the limit and drains the queue when a slot frees', async () => {
    const op = await createOperator(t, admin, { maxChats: 2 });
    const a = await customerWrites(t, inbox.publicKey);
    const b = await customerWrites(t, inbox.publicKey);
    const c = await customerWrites(t, inbox.publicKey);
    for (const id of [a.conversationId, b.conversationId]) {
      await waitFor(() => statusOf(id), (x) => x.status === 'assigned', 5000, `conversation ${id} assigned`);
    }
    expect((await statusOf(c.conversationId)).status).toBe('queued');

    const refused = await t.api(`/api/conversations/${c.conversationId}/accept`, { method: 'POST', token: op.token });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe('You have 2 of 2 open conversations, your limit: close one before taking another');

    await t.api(`/api/conversations/${a.conversationId}/close`, { method: 'POST', token: op.token });
    const drained = await waitFor(() => statusOf(c.conversationId), (x) => x.status === 'assigned', 5000, 'queued conversation drained');
    expect(drained.assigneeId).toBe(op.id);
    expect(await eventTypes(t, admin, c.conversationId)).toEqual(['created', 'queued', 'assigned']);
  });

  it('gives the least loaded operator the next conversation, round-robin among equals', async () => {
    const ops = [await createOperator(t, admin), await createOperator(t, admin), await createOperator(t, admin)];
    const assignees: number[] = [];
    for (let i = 0; i < 6; i++) {
      const { conversationId } = await customerWrites(t, inbox.publicKey);
      assignees.push((await waitFor(() => statusOf(conversationId), (x) => x.status === 'assigned')).assigneeId);
    }
    for (const op of ops) expect(assignees.filter((id) => id === op.id)).toHaveLength(2);
    expect(new Set(assignees.slice(0, 3)).size).toBe(3);
  });

  it('sends a returning customer to their previous operator, waiting for them while they are full', async () => {
    await setInbox({ routing: { stickyWaitSeconds: 30 } });
    const olga = await createOperator(t, admin, { name: 'Olga', maxChats: 1 });
    const first = await customerWrites(t, inbox.publicKey, 'first visit');
    await waitFor(() => statusOf(first.conversationId), (x) => x.assigneeId === olga.id);
    await t.api(`/api/conversations/${first.conversationId}/close`, { method: 'POST', token: olga.token });

    // Olga is busy with someone else when the customer returns; Petr is free.
    const other = await customerWrites(t, inbox.publicKey, 'someone else');
    await waitFor(() => statusOf(other.conversationId), (x) => x.assigneeId === olga.id);
    await createOperator(t, admin, { name: 'Petr' });
    const back = await customerWrites(t, inbox.publicKey, 'I am back', first.visitorToken);
    expect(back.conversationId).not.toBe(first.conversationId);
    await new Promise((r) => setTimeout(r, 300));
    expect((await statusOf(back.conversationId)).status).toBe('queued');

    await t.api(`/api/conversations/${other.conversationId}/close`, { method: 'POST', token: olga.token });
    const served = await waitFor(() => statusOf(back.conversationId), (x) => x.status === 'assigned');
    expect(served.assigneeId).toBe(olga.id);
  });

  it('falls back to the pool when the sticky wait is over', async () => {
    await setInbox({ routing: { stickyWaitSeconds: 1 } });
    const olga = await createOperator(t, admin, { maxChats: 1 });
    const first = await customerWrites(t, inbox.publicKey);
    await waitFor(() => statusOf(first.conversationId), (x) => x.assigneeId === olga.id);
    await t.api(`/api/conversations/${first.conversationId}/close`, { method: 'POST', token: olga.token });
    const busy = await customerWrites(t, inbox.publicKey);
    await waitFor(() => statusOf(busy.conversationId), (x) => x.assigneeId === olga.id);
    const petr = await createOperator(t, admin);
    const back = await customerWrites(t, inbox.publicKey, 'again', first.visitorToken);
    const served = await waitFor(() => statusOf(back.conversationId), (x) => x.status === 'assigned', 5000, 'fallback after sticky wait');
    expect(served.assigneeId).toBe(petr.id);
  });

  it('offers to one operator at a time and moves on when the offer expires', async () => {
    await setInbox({ routingMode: 'offer', routing: { offerTimeoutSeconds: 1 } });
    const first = await createOperator(t, admin);
    const second = await createOperator(t, admin);
    const sockets = [await connectSocket(`${t.url}/agents`, { token: first.token }), await connectSocket(`${t.url}/agents`, { token: second.token })];
    const offers = sockets.map((s) => nextEvent(s, 'conversation.offered', 5000));
    const { conversationId } = await customerWrites(t, inbox.publicKey);
    const offeredFirst = await Promise.race(offers.map((p, i) => p.then(() => i)));
    const [taker, ignorer] = offeredFirst === 0 ? [second, first] : [first, second];
    // The operator it is not offered to may not snatch it.
    expect((await t.api(`/api/conversations/${conversationId}/accept`, { method: 'POST', token: taker.token })).status).toBe(409);
    await offers[offeredFirst === 0 ? 1 : 0];
    const accepted = await t.api(`/api/conversations/${conversationId}/accept`, { method: 'POST', token: taker.token });
    expect(accepted.status).toBe(200);
    expect(accepted.body.conversation.assigneeId).toBe(taker.id);
    expect(await eventTypes(t, admin, conversationId)).toEqual(['created', 'queued', 'offered', 'offer_expired', 'offered', 'assigned']);
    expect(ignorer.id).not.toBe(taker.id);
    sockets.forEach((s) => s.close());
  });

  it('broadcasts to every eligible operator; the first to accept wins', async () => {
    await setInbox({ routingMode: 'broadcast' });
    const ops = [await createOperator(t, admin), await createOperator(t, admin)];
    const sockets = await Promise.all(ops.map((op) => connectSocket(`${t.url}/agents`, { token: op.token })));
    const offers = sockets.map((s) => nextEvent(s, 'conversation.offered'));
    const { conversationId } = await customerWrites(t, inbox.publicKey);
    await Promise.all(offers);
    const results = await Promise.all(ops.map((op) => t.api(`/api/conversations/${conversationId}/accept`, { method: 'POST', token: op.token })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    sockets.forEach((s) => s.close());
  });

  it('leaves conversations of a manual inbox in the queue', async () => {
    await setInbox({ routingMode: 'manual' });
    await createOperator(t, admin);
    const { conversationId } = await customerWrites(t, inbox.publicKey);
    await new Promise((r) => setTimeout(r, 300));
    expect((await statusOf(conversationId)).status).toBe('queued');
  });

  it('transfers within the limit, refuses a full operator unless a supervisor overrides, and requeues to a team', async () => {
    const from = await createOperator(t, admin);
    const full = await createOperator(t, admin, { maxChats: 1, online: false });
    const { conversationId } = await customerWrites(t, inbox.publicKey);
    await waitFor(() => statusOf(conversationId), (x) => x.assigneeId === from.id);
    await setStatus(t, full.token, 'online');
    const keeps = await customerWrites(t, inbox.publicKey);
    await waitFor(() => statusOf(keeps.conversationId), (x) => x.assigneeId === full.id);

    const refused = await t.api(`/api/conversations/${conversationId}/transfer`, { token: from.token, body: { agentId: full.id } });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/has 1 of 1 open conversations/);
    expect((await t.api(`/api/conversations/${conversationId}/transfer`, { token: from.token, body: { agentId: full.id, override: true } })).status).toBe(403);
    const bad = await t.api(`/api/conversations/${conversationId}/transfer`, { token: from.token, body: {} });
    expect(bad.status).toBe(400);

    const team = (await t.api('/api/teams', { token: admin, body: { name: `Billing ${Date.now()}` } })).body.team;
    const specialist = await createOperator(t, admin, { teamIds: [team.id] });
    const moved = await t.api(`/api/conversations/${conversationId}/transfer`, { token: from.token, body: { teamId: team.id } });
    expect(moved.status).toBe(200);
    const served = await waitFor(() => statusOf(conversationId), (x) => x.status === 'assigned');
    expect(served.assigneeId).toBe(specialist.id);
    expect(await eventTypes(t, admin, conversationId)).toEqual(['created', 'queued', 'assigned', 'transferred', 'queued', 'assigned']);
  });

  it('returns an offline operator’s conversations to the queue after the grace period', async () => {
    const leaving = await createOperator(t, admin);
    const { conversationId } = await customerWrites(t, inbox.publicKey);
    await waitFor(() => statusOf(conversationId), (x) => x.assigneeId === leaving.id);
    await setStatus(t, leaving.token, 'offline');
    const staying = await createOperator(t, admin);
    const served = await waitFor(() => statusOf(conversationId), (x) => x.assigneeId === staying.id, 5000, 'requeue after grace');
    expect(served.status).toBe('assigned');
    expect(await eventTypes(t, admin, conversationId)).toEqual(['created', 'queued', 'assigned', 'requeued', 'assigned']);
    const [agent] = await t.app.get(DataSource).query('SELECT openChats FROM agents WHERE id = ?', [leaving.id]);
    expect(Number(agent.openChats)).toBe(0);
  });
});
