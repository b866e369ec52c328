import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOperator, customerWrites, openInbox, setStatus, waitFor } from './support/operators';
import { connectSocket, connectVisitor, nextEvent, startTestApp, type TestApp } from './support/test-app';

type Board = {
  agents: Array<{ id: number; status: string; load: number; limit: number; conversations: Array<{ id: number; contact: { id: number } | null; lastMessage: { text: string; direction: string } | null; status: string }> }>; inboxes: Array<{ id: number; queued: number }> };

describe('supervision', () => {
  let t: TestApp;
  let admin: string;
  let inbox: { id: number; publicKey: string };
  let sue: { id: number; token: string; name: string };
  let olga: { id: number; token: string; name: string };
  let pete: { id: number; token: string; name: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login();
    inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Supervised site' } })).body.inbox;
    sue = await createOperator(t, admin, { name: 'Sue Supervisor', role: 'supervisor', online: false });
    olga = await createOperator(t, admin, { name: 'Olga Operator', maxChats: 2 });
    pete = await createOperator(t, admin, { name: 'Pete Operator', maxChats: 1, online: false });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('shows the floor to supervisors only and pushes changes to them live', async () => {
    expect((await t.api('/api/supervision/board', { token: olga.token })).status).toBe(403);
    const board: Board = (await t.api('/api/supervision/board', { token: sue.token })).body.board;
    expect(board.agents.find((a) => a.id === olga.id)).toMatchObject({ status: 'online', load: 0, limit: 2 });
    const supervisorSocket = await connectSocket(`${t.url}/agents`, { token: sue.token });
    const operatorSocket = await connectSocket(`${t.url}/agents`, { token: olga.token });
    let operatorSawBoard = false;
    operatorSocket.on('board.updated', () => (operatorSawBoard = true));
    try {
      const pushed = nextEvent<{ board: Board }>(supervisorSocket, 'board.updated');
      await setStatus(t, pete.token, 'online');
      expect((await pushed).board.agents.find((a) => a.id === pete.id)?.status).toBe('online');
      const { conversationId } = await customerWrites(t, inbox.publicKey, 'Hello floor');
      const seen = await waitFor(
        async () => (await nextEvent<{ board: Board }>(supervisorSocket, 'board.updated')).board,
        (b) => b.agents.some((a) => a.conversations.some((c) => c.id === conversationId)),
        8000,
        'the new conversation on the board',
      );
      const holder = seen.agents.find((a) => a.conversations.some((c) => c.id === conversationId));
      expect(holder?.load).toBe(1);
      // The floor names the customer and shows what they wrote last, as the inbox's list does.
      const held = holder?.conversations.find((c) => c.id === conversationId);
      expect(held).toMatchObject({ status: 'assigned', contact: { id: expect.any(Number) }, lastMessage: { text: 'Hello floor', direction: 'in' } });
      expect(operatorSawBoard).toBe(false);
    } finally {
      supervisorSocket.close();
      operatorSocket.close();
    }
  });

  it('whispers to the operator only, takes a conversation over and reassigns it past a limit', async () => {
    await setStatus(t, pete.token, 'offline');
    // Olga closed her inbox in the test before: she gets customers again once it is open.
    const olgaSocket = await openInbox(t, olga);
    const visitor = await connectVisitor(t.url, inbox.publicKey);
    const ack = await visitor.socket.emitWithAck('message.send', { text: 'I need help', clientMessageId: 'whisper-1' });
    const conversationId: number = ack.message.conversationId;
    await waitFor(async () => (await t.api(`/api/conversations/${conversationId}`, { token: sue.token })).body.conversation.assigneeId, (id) => id === olga.id, 5000, 'assignment to Olga');
    const peteSocket = await connectSocket(`${t.url}/agents`, { token: pete.token });
    let peteSaw = false;
    let customerSaw = false;
    peteSocket.on('message.created', () => (peteSaw = true));
    visitor.socket.on('message.created', () => (customerSaw = true));
    try {
      const toOlga = nextEvent<{ message: { text: string; private: boolean; payload: { whisper: boolean } } }>(olgaSocket, 'message.created');
      expect((await t.api(`/api/supervision/conversations/${conversationId}/whisper`, { token: olga.token, body: { text: 'x' } })).status).toBe(403);
      const whisper = await t.api(`/api/supervision/conversations/${conversationId}/whisper`, { token: sue.token, body: { text: 'Offer the refund' } });
      expect(whisper.status).toBe(201);
      expect((await toOlga).message).toMatchObject({ text: 'Offer the refund', private: true, payload: { whisper: true } });
      expect((await t.api(`/api/supervision/conversations/${conversationId}/whisper`, { token: sue.token, body: { text: '' } })).status).toBe(400);
      await new Promise((r) => setTimeout(r, 100));
      expect(peteSaw).toBe(false);
      expect(customerSaw).toBe(false);
    } finally {
      olgaSocket.close();
      peteSocket.close();
      visitor.socket.close();
    }
    const taken = await t.api(`/api/supervision/conversations/${conversationId}/take-over`, { method: 'POST', token: sue.token });
    expect(taken.status).toBe(200);
    expect(taken.body.conversation.assigneeId).toBe(sue.id);
    // Pete is offline with a limit of 1: only a supervisor's reassignment gets it to him.
    const moved = await t.api(`/api/supervision/conversations/${conversationId}/reassign`, { token: sue.token, body: { agentId: pete.id } });
    expect(moved.status).toBe(200);
    expect(moved.body.conversation.assigneeId).toBe(pete.id);
    expect((await t.api(`/api/supervision/conversations/${conversationId}/reassign`, { token: sue.token, body: { agentId: 'pete' } })).status).toBe(400);
    expect((await t.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: pete.token })).status).toBe(200);
  });

  describe('dialog review', () => {
    let closedId: number;
    let customerMessageId: number;
    // Olga keeps her inbox open through the reviews: customers keep coming to her.
    let olgaSocket: Awaited<ReturnType<typeof openInbox>>;
    afterAll(() => olgaSocket?.close());

    beforeAll(async () => {
      olgaSocket = await openInbox(t, olga);
      const { conversationId } = await customerWrites(t, inbox.publicKey, 'My invoice is wrong');
      await waitFor(async () => (await t.api(`/api/conversations/${conversationId}`, { token: sue.token })).body.conversation.assigneeId, (id) => id === olga.id, 5000, 'assignment');
      await t.api(`/api/conversations/${conversationId}/messages`, { token: olga.token, body: { text: 'Let me check the invoice' } });
      await t.api(`/api/conversations/${conversationId}/messages`, { token: olga.token, body: { text: 'asked billing', private: true } });
      await t.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: olga.token });
      closedId = conversationId;
      const messages = (await t.api(`/api/conversations/${conversationId}/messages`, { token: sue.token })).body.items;
      customerMessageId = messages.find((m: { senderType: string }) => m.senderType === 'contact').id;
    });

    it('finds finished conversations by operator, text and tag, and reads the whole transcript', async () => {
      expect((await t.api(`/api/reviews/conversations/${closedId}/tags`, { method: 'PUT', token: sue.token, body: { tags: ['Billing', 'invoice'] } })).body.tags).toEqual(['billing', 'invoice']);
      const search = async (query: string) => (await t.api(`/api/reviews/conversations?${query}`, { token: sue.token })).body.items.map((c: { id: number }) => c.id);
      expect(await search(`agentId=${olga.id}&q=invoice`)).toEqual([closedId]);
      expect(await search('tag=billing')).toEqual([closedId]);
      expect(await search(`agentId=${pete.id}&q=invoice`)).toEqual([]);
      expect(await search('q=nothing-like-this')).toEqual([]);
      expect(await search(`channel=webchat&inboxId=${inbox.id}&reviewed=none`)).toContain(closedId);
      expect((await t.api('/api/reviews/conversations?csat=9', { token: sue.token })).status).toBe(400);
      expect((await t.api('/api/reviews/conversations', { token: olga.token })).status).toBe(403);
      const transcript = (await t.api(`/api/reviews/conversations/${closedId}`, { token: sue.token })).body;
      expect(transcript.messages.map((m: { text: string }) => m.text)).toEqual(expect.arrayContaining(['My invoice is wrong', 'Let me check the invoice', 'asked billing']));
      expect(transcript.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['created', 'assigned', 'first_reply', 'closed']));
      expect(transcript.tags).toEqual(['billing', 'invoice']);
    });

    it('fills a scorecard, comments on a message, and the operator reads and acknowledges it', async () => {
      const criteria = (await t.api('/api/reviews/criteria', { token: sue.token })).body.items;
      expect(criteria.map((c: { name: string }) => c.name)).toEqual(['Greeting and literacy', 'Politeness', 'Willingness to help', 'Correctness of the answer', 'Closing']);
      const started = await t.api('/api/reviews', { token: sue.token, body: { conversationId: closedId } });
      expect(started.status).toBe(201);
      const review = started.body.review;
      expect(review).toMatchObject({ agentId: olga.id, status: 'draft', score: null });
      // 5, 4, 3, 5, 2 on weights 15, 20, 20, 30, 15: 79.
      const values = [5, 4, 3, 5, 2];
      const rated = await t.api(`/api/reviews/${review.id}`, {
        method: 'PATCH',
        token: sue.token,
        body: { ratings: criteria.map((c: { id: number }, i: number) => ({ criterionId: c.id, value: values[i] })), summary: 'Good, close warmer' },
      });
      expect(rated.body.review.score).toBe(79);
      expect((await t.api(`/api/reviews/${review.id}`, { method: 'PATCH', token: sue.token, body: { ratings: [{ criterionId: criteria[0].id, value: 6 }] } })).status).toBe(400);
      expect((await t.api(`/api/reviews/${review.id}/comments`, { token: sue.token, body: { messageId: 999999, text: 'x' } })).status).toBe(400);
      const comment = await t.api(`/api/reviews/${review.id}/comments`, { token: sue.token, body: { messageId: customerMessageId, text: 'Ask for the invoice number first' } });
      expect(comment.status).toBe(201);
      // Not visible to the operator before it is submitted: as if it did not exist.
      expect((await t.api(`/api/reviews/${review.id}`, { token: olga.token })).status).toBe(404);
      expect((await t.api('/api/reviews/mine', { token: olga.token })).body.items).toEqual([]);
      await t.api(`/api/reviews/${review.id}`, { method: 'PATCH', token: sue.token, body: { submit: true } });
      const mine = (await t.api('/api/reviews/mine', { token: olga.token })).body.items;
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ id: review.id, score: 79, summary: 'Good, close warmer', acknowledgedAt: null });
      expect(mine[0].comments).toEqual([expect.objectContaining({ messageId: customerMessageId, text: 'Ask for the invoice number first' })]);
      // Another operator's review is none of Pete's: 404, not 403, so he cannot tell it exists.
      expect((await t.api(`/api/reviews/${review.id}`, { token: pete.token })).status).toBe(404);
      expect((await t.api(`/api/reviews/${review.id}/acknowledge`, { method: 'POST', token: pete.token })).status).toBe(404);
      const acked = await t.api(`/api/reviews/${review.id}/acknowledge`, { method: 'POST', token: olga.token });
      expect(acked.status).toBe(200);
      expect(acked.body.review.acknowledgedAt).not.toBeNull();
      expect((await t.api(`/api/reviews/${review.id}`, { method: 'PATCH', token: olga.token, body: { summary: 'mine now' } })).status).toBe(403);
    });

    it('changes the scorecard’s criteria and weights; old reviews keep theirs', async () => {
      const criteria = (await t.api('/api/reviews/criteria', { token: sue.token })).body.items;
      const replaced = await t.api('/api/reviews/criteria', { method: 'PUT', token: admin, body: { items: [{ id: criteria[3].id, name: 'Correct answer', weight: 60 }, { name: 'Empathy', weight: 40 }] } });
      expect(replaced.status).toBe(200);
      expect(replaced.body.items.map((c: { name: string; weight: number }) => [c.name, c.weight])).toEqual([['Correct answer', 60], ['Empathy', 40]]);
      expect((await t.api('/api/reviews/criteria', { method: 'PUT', token: admin, body: { items: [{ name: 'x', weight: 0 }] } })).status).toBe(400);
      const mine = (await t.api('/api/reviews/mine', { token: olga.token })).body.items;
      expect(mine[0].ratings).toHaveLength(5);
    });

    it('samples random unreviewed conversations per operator', async () => {
      for (let i = 0; i < 3; i++) {
        const { conversationId } = await customerWrites(t, inbox.publicKey, `Sample ${i}`);
        const holder = await waitFor(async () => (await t.api(`/api/conversations/${conversationId}`, { token: sue.token })).body.conversation.assigneeId, (id) => id !== null, 5000, 'assignment');
        expect((await t.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: sue.token })).status).toBe(200);
        expect(holder).not.toBeNull();
      }
      const sampled = await t.api('/api/reviews/sample', { token: sue.token, body: { perAgent: 2, days: 1 } });
      expect(sampled.status).toBe(201);
      const perAgent = new Map<number, number>();
      for (const r of sampled.body.items) perAgent.set(r.agentId, (perAgent.get(r.agentId) ?? 0) + 1);
      expect([...perAgent.values()].every((n) => n <= 2)).toBe(true);
      expect(sampled.body.items.length).toBeGreaterThan(0);
      expect(sampled.body.items.every((r: { sampled: boolean; status: string; conversationId: number }) => r.sampled && r.status === 'draft' && r.conversationId !== closedId)).toBe(true);
      expect((await t.api('/api/reviews/sample', { token: sue.token, body: { perAgent: 0 } })).status).toBe(400);
    });
  });
});
