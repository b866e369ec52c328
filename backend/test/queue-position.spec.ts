import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainEventBus } from '../src/common/domain-events';
import { Conversation } from '../src/conversations/conversation.entity';
import { QUEUE_UPDATE_INTERVAL_MS } from '../src/routing/queue-updates.policy';
import { createOperator, customerWrites, waitFor } from './support/operators';
import { createTelegramInbox, messageUpdate, postUpdate, startTelegramTest, type TelegramTest } from './support/telegram-fixtures';
import { connectVisitor, nextEvent, startTestApp, type TestApp } from './support/test-app';

/** Room for a loaded machine (and MariaDB) on top of the interval a trailing update waits for. */
const SLACK_MS = 2500;
/** Timers and socket delivery may land a little early or late against the client's clock. */
const JITTER_MS = 250;

interface Told {
  position: number;
  expectedWaitMs: number | null;
  at: number;
}

/** A site visitor with an open widget socket who has written, and every place they were told. */
interface Waiting {
  socket: Socket;
  conversationId: number;
  places: Told[];
  statuses: string[];
}

describe('the queue told to site visitors', () => {
  let t: TestApp;
  let admin: string;
  let inbox: { id: number; publicKey: string };
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login();
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });
  beforeEach(async () => {
    // Each test starts with nobody online and nothing waiting: a queue left behind would fill the next operator first.
    await t.app.get(DataSource).query("UPDATE agents SET status = 'offline'");
    await t.app.get(DataSource).query("UPDATE conversations SET status = 'closed', openKey = NULL WHERE status <> 'closed'");
    inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: `Site ${randomUUID().slice(0, 6)}` } })).body.inbox;
  });

  async function visitorWaits(): Promise<Waiting> {
    const { socket } = await connectVisitor(t.url, inbox.publicKey);
    sockets.push(socket);
    const places: Told[] = [];
    const statuses: string[] = [];
    socket.on('queue.position', (p: Omit<Told, 'at'>) => places.push({ position: p.position, expectedWaitMs: p.expectedWaitMs, at: Date.now() }));
    socket.on('conversation.updated', ({ conversation }: { conversation: { status: string } }) => statuses.push(conversation.status));
    const first = nextEvent(socket, 'queue.position');
    const ack = await socket.emitWithAck('message.send', { text: 'Anyone there?', clientMessageId: randomUUID() });
    await first;
    return { socket, conversationId: ack.message.conversationId, places, statuses };
  }

  /** One operator at their limit of one: everyone who writes now waits. */
  async function operatorFull() {
    const op = await createOperator(t, admin, { maxChats: 1 });
    const busy = await customerWrites(t, inbox.publicKey, 'I came first');
    await waitFor(() => statusOf(busy.conversationId), (s) => s === 'assigned', 5000, 'the first customer assigned');
    return { op, busyId: busy.conversationId };
  }

  const statusOf = async (id: number) => (await t.app.get(DataSource).getRepository(Conversation).findOneByOrFail({ id })).status;
  const close = async (token: string, id: number) => expect((await t.api(`/api/conversations/${id}/close`, { method: 'POST', token })).status).toBe(200);
  const lastPlace = (w: Waiting) => w.places[w.places.length - 1]?.position;

  it('tells each visitor their place, and the others their new places when the first is served', async () => {
    const { op, busyId } = await operatorFull();
    const [first, second, third] = [await visitorWaits(), await visitorWaits(), await visitorWaits()];
    expect(first.places.map((p) => p.position)).toEqual([1]);
    expect(second.places.map((p) => p.position)).toEqual([2]);
    expect(third.places).toEqual([{ position: 3, expectedWaitMs: null, at: expect.any(Number) }]);

    const closedAt = Date.now();
    await close(op.token, busyId);
    // The widget learns the line is gone from the conversation's own update.
    await waitFor(async () => first.statuses, (s) => s.includes('assigned'), 5000, 'the first visitor told they are served');
    await waitFor(async () => [lastPlace(second), lastPlace(third)], ([a, b]) => a === 1 && b === 2, QUEUE_UPDATE_INTERVAL_MS + SLACK_MS, 'the new places');
    expect(second.places.at(-1)!.at - closedAt).toBeLessThan(QUEUE_UPDATE_INTERVAL_MS + SLACK_MS);
    // Served: nothing more about the queue for them.
    expect(first.places.map((p) => p.position)).toEqual([1]);
  });

  it('gives at most one update per visitor per interval in a burst of changes, and the last one is right', async () => {
    const { op, busyId } = await operatorFull();
    const waiting: Waiting[] = [];
    for (let i = 0; i < 5; i++) waiting.push(await visitorWaits());
    expect(waiting.map(lastPlace)).toEqual([1, 2, 3, 4, 5]);

    // Three served one after another as fast as the operator can close.
    let closing = busyId;
    for (const served of waiting.slice(0, 3)) {
      await close(op.token, closing);
      await waitFor(() => statusOf(served.conversationId), (s) => s === 'assigned', 5000, 'the next in line assigned');
      closing = served.conversationId;
    }
    const [fourth, fifth] = waiting.slice(3);
    await waitFor(async () => [lastPlace(fourth), lastPlace(fifth)], ([a, b]) => a === 1 && b === 2, 2 * QUEUE_UPDATE_INTERVAL_MS + SLACK_MS, 'the places after the burst');
    // Whatever arrives after the last value must not change it.
    await new Promise((r) => setTimeout(r, QUEUE_UPDATE_INTERVAL_MS / 2));
    for (const w of [fourth, fifth]) {
      for (let i = 1; i < w.places.length; i++) expect(w.places[i].at - w.places[i - 1].at).toBeGreaterThanOrEqual(QUEUE_UPDATE_INTERVAL_MS - JITTER_MS);
      expect(w.places.length).toBeLessThanOrEqual(3);
    }
    expect([lastPlace(fourth), lastPlace(fifth)]).toEqual([1, 2]);
  });

  it('includes the expected wait once the inbox has history', async () => {
    const op = await createOperator(t, admin, { maxChats: 10 });
    const handled: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { conversationId } = await customerWrites(t, inbox.publicKey, `question ${i}`);
      await waitFor(() => statusOf(conversationId), (s) => s === 'assigned', 5000, 'assigned');
      await close(op.token, conversationId);
      handled.push(conversationId);
    }
    // Each took four minutes from the first assignment to the close.
    const repo = t.app.get(DataSource).getRepository(Conversation);
    for (const id of handled) {
      const row = await repo.findOneByOrFail({ id });
      await repo.update({ id }, { firstAssignedAt: new Date(new Date(row.closedAt!).getTime() - 4 * 60_000) });
    }
    await t.api(`/api/agents/${op.id}`, { method: 'PATCH', token: admin, body: { maxChats: 1 } });
    const busy = await customerWrites(t, inbox.publicKey, 'busy');
    await waitFor(() => statusOf(busy.conversationId), (s) => s === 'assigned', 5000, 'the operator full');
    const [first, second] = [await visitorWaits(), await visitorWaits()];
    // One operator serves the inbox: the place times four minutes.
    expect(first.places.at(-1)).toMatchObject({ position: 1, expectedWaitMs: 4 * 60_000 });
    expect(second.places.at(-1)).toMatchObject({ position: 2, expectedWaitMs: 8 * 60_000 });
  });

  it('tells a visitor who comes back (a reload) their place at once', async () => {
    await operatorFull();
    await visitorWaits();
    const { visitorToken } = await customerWrites(t, inbox.publicKey, 'second in line');
    // Listening before the handshake: the place may come in the same breath as the session.
    const again = io(`${t.url}/widget`, { auth: { inboxKey: inbox.publicKey, visitorToken }, transports: ['websocket'], reconnection: false, forceNew: true });
    sockets.push(again);
    const [session, place] = await Promise.all([nextEvent(again, 'session'), nextEvent(again, 'queue.position')]);
    expect(session.conversationStatus).toBe('queued');
    expect(place).toMatchObject({ conversationId: session.conversationId, position: 2 });
  });
});

describe('the queue message on a messenger channel', () => {
  let tt: TelegramTest;
  let inboxId: number;
  let secret: string;

  beforeAll(async () => {
    tt = await startTelegramTest();
    ({ inbox: { id: inboxId }, secret } = await createTelegramInbox(tt));
    const set = await tt.t.api(`/api/inboxes/${inboxId}`, {
      method: 'PATCH',
      token: tt.adminToken,
      body: { automation: { queueMessage: { enabled: true, text: { en: 'You are number {{queue.position}} in line.' } } } },
    });
    expect(set.status).toBe(200);
    await tt.t.api('/api/agents/me/status', { method: 'PATCH', token: tt.adminToken, body: { status: 'offline' } });
  });
  afterAll(() => tt?.close());

  let messageId = 1;
  let lastId = 0;
  async function chatWrites(chatId: number): Promise<number> {
    expect((await postUpdate(tt, inboxId, secret, messageUpdate(chatId, messageId++, { text: 'Hello?' }))).status).toBe(200);
    const row = await waitFor(
      () => tt.t.app.get(DataSource).getRepository(Conversation).findOne({ where: { inboxId }, order: { id: 'DESC' } }),
      (c) => c !== null && c.id > lastId,
      5000,
      `chat ${chatId}'s conversation`,
    );
    lastId = row!.id;
    return lastId;
  }

  const queueTexts = async (conversationId: number) =>
    (await tt.t.api(`/api/conversations/${conversationId}/messages`, { token: tt.adminToken })).body.items
      .filter((m: any) => m.payload?.automatic === 'queue')
      .map((m: any) => m.text as string);

  it('says the place the first time and when it becomes 1, never on every move', async () => {
    const op = await createOperator(tt.t, tt.adminToken, { maxChats: 1 });
    const busy = await chatWrites(9001);
    await waitFor(() => tt.t.app.get(DataSource).getRepository(Conversation).findOneByOrFail({ id: busy }), (c) => c.assigneeId === op.id, 5000, 'the operator full');
    const [a, b, c] = [await chatWrites(9002), await chatWrites(9003), await chatWrites(9004)];
    await waitFor(() => queueTexts(c), (texts) => texts.length === 1, 5000, 'the third told their place');

    // The queue moves twice: c goes 3 → 2 → 1, b 2 → 1, a is served.
    await tt.t.api(`/api/conversations/${busy}/close`, { method: 'POST', token: op.token });
    await waitFor(() => tt.t.app.get(DataSource).getRepository(Conversation).findOneByOrFail({ id: a }), (x) => x.status === 'assigned', 5000, 'a served');
    await waitFor(() => queueTexts(b), (texts) => texts.length === 2, QUEUE_UPDATE_INTERVAL_MS + SLACK_MS, 'b told it is next');
    await tt.t.api(`/api/conversations/${a}/close`, { method: 'POST', token: op.token });
    await waitFor(() => queueTexts(c), (texts) => texts.length === 2, 2 * QUEUE_UPDATE_INTERVAL_MS + SLACK_MS, 'c told it is next');
    await new Promise((r) => setTimeout(r, QUEUE_UPDATE_INTERVAL_MS));

    expect(await queueTexts(a)).toEqual(['You are number 1 in line.']);
    expect(await queueTexts(b)).toEqual(['You are number 2 in line.', 'You are number 1 in line.']);
    expect(await queueTexts(c)).toEqual(['You are number 3 in line.', 'You are number 1 in line.']);
  });

  it('sends no text at all while the inbox\'s queue message is off, though the places move', async () => {
    const db = tt.t.app.get(DataSource);
    await db.query("UPDATE conversations SET status = 'closed', openKey = NULL, assigneeId = NULL WHERE status <> 'closed'");
    await db.query("UPDATE agents SET status = 'offline', openChats = 0");
    const off = await tt.t.api(`/api/inboxes/${inboxId}`, { method: 'PATCH', token: tt.adminToken, body: { automation: { queueMessage: null } } });
    expect(off.status).toBe(200);
    const told: Array<{ conversationId: number; position: number }> = [];
    tt.t.app.get(DomainEventBus).on('conversation.queue-positions', async ({ places }) => {
      told.push(...places);
    });

    const op = await createOperator(tt.t, tt.adminToken, { maxChats: 1 });
    const busy = await chatWrites(9011);
    await waitFor(() => db.getRepository(Conversation).findOneByOrFail({ id: busy }), (x) => x.assigneeId === op.id, 5000, 'the operator full');
    const [a, b] = [await chatWrites(9012), await chatWrites(9013)];
    await waitFor(async () => told, (places) => places.some((p) => p.conversationId === b), QUEUE_UPDATE_INTERVAL_MS + SLACK_MS, 'b placed');
    await tt.t.api(`/api/conversations/${busy}/close`, { method: 'POST', token: op.token });
    await waitFor(async () => told, (places) => places.some((p) => p.conversationId === b && p.position === 1), QUEUE_UPDATE_INTERVAL_MS + SLACK_MS, 'b placed first');
    await new Promise((r) => setTimeout(r, 1000));

    expect(told.filter((p) => p.conversationId === b).map((p) => p.position)).toEqual([2, 1]);
    expect([...(await queueTexts(a)), ...(await queueTexts(b))]).toEqual([]);
  });
});
