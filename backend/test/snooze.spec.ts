import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { conversation, createOperator, customerWrites, openInbox, setStatus, waitFor } from './support/operators';
import { startTestApp, type TestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

type Operator = { id: number; token: string };
type Event = { type: string; agentId: number | null; actorId: number | null; data: Record<string, unknown> | null; createdAt: string };

/** A team of one operator with room for one conversation, so where a conversation goes is never a matter of chance. */
async function oneOperatorTeam(t: TestApp, admin: string, name: string) {
  const team = (await t.api('/api/teams', { token: admin, body: { name } })).body.team as { id: number };
  const inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name, teamId: team.id } })).body.inbox as { id: number; publicKey: string };
  const holder = await createOperator(t, admin, { teamIds: [team.id], maxChats: 1 });
  const socket = await openInbox(t, holder);
  return { team, inbox, holder, socket };
}

const events = async (t: TestApp, token: string, id: number): Promise<Event[]> => (await t.api(`/api/conversations/${id}/events`, { token })).body.items;
const openChats = async (t: TestApp, token: string, id: number): Promise<number> => (await t.api(`/api/agents/${id}`, { token })).body.agent.openChats;
const listIds = async (t: TestApp, token: string, view: string): Promise<number[]> =>
  (await t.api(`/api/conversations?view=${view}`, { token })).body.items.map((c: { id: number }) => c.id);
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

describe('snooze', () => {
  let t: TestApp;
  let admin: string;
  let holder: Operator;
  let socket: Socket;
  let inbox: { id: number; publicKey: string };
  let stranger: Operator;
  let teammate: Operator;

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    admin = await t.login();
    const support = await oneOperatorTeam(t, admin, 'Support');
    ({ holder, socket, inbox } = support);
    const sales = (await t.api('/api/teams', { token: admin, body: { name: 'Sales' } })).body.team;
    stranger = await createOperator(t, admin, { teamIds: [sales.id], online: false });
    teammate = await createOperator(t, admin, { teamIds: [support.team.id], online: false });
  });
  afterAll(async () => {
    socket?.close();
    await t.close();
  });

  const snooze = (token: string, id: number, body: unknown) => t.api(`/api/conversations/${id}/snooze`, { token, body });
  const unsnooze = (token: string, id: number) => t.api(`/api/conversations/${id}/unsnooze`, { token, method: 'POST' });
  const assignedToHolder = async (visitorToken?: string, text = 'Hello') => {
    const written = await customerWrites(t, inbox.publicKey, text, visitorToken);
    await waitFor(() => conversation(t, holder.token, written.conversationId), (c) => c?.assigneeId === holder.id && c.status === 'assigned', 5000, 'assigned to the holder');
    return written;
  };

  it('leaves Mine for Snoozed, frees the slot (the queue is served at once), logs and pushes it', async () => {
    const first = await assignedToHolder();
    // The holder is full: a second customer waits.
    const second = await customerWrites(t, inbox.publicKey, 'Me too');
    expect((await conversation(t, admin, second.conversationId)).status).toBe('queued');

    const pushed = new Promise<{ status: string }>((resolve) =>
      socket.on('conversation.updated', ({ conversation: c }: { conversation: { id: number; status: string } }) => c.id === first.conversationId && c.status === 'snoozed' && resolve(c)),
    );
    const res = await snooze(holder.token, first.conversationId, { mode: 'until-customer-writes' });
    expect(res.status).toBe(200);
    expect(res.body.conversation).toMatchObject({ status: 'snoozed', assigneeId: holder.id, snoozedUntil: null });
    await pushed;

    await waitFor(() => conversation(t, holder.token, second.conversationId), (c) => c.assigneeId === holder.id, 5000, 'the waiting customer served in the freed slot');
    expect(await openChats(t, admin, holder.id)).toBe(1);
    expect(await listIds(t, holder.token, 'mine')).toEqual([second.conversationId]);
    expect(await listIds(t, holder.token, 'snoozed')).toEqual([first.conversationId]);
    expect((await events(t, holder.token, first.conversationId)).filter((e) => e.type === 'snoozed')).toEqual([
      expect.objectContaining({ agentId: holder.id, actorId: holder.id, data: { mode: 'until-customer-writes', until: null } }),
    ]);

    // The customer writes while the holder is full: it wakes into the queue, waiting from now.
    const before = Date.now();
    await customerWrites(t, inbox.publicKey, 'Any news?', first.visitorToken);
    const woken = await waitFor(() => conversation(t, admin, first.conversationId), (c) => c.status !== 'snoozed', 5000, 'woken by the customer');
    expect(woken).toMatchObject({ status: 'queued', assigneeId: null, snoozedUntil: null });
    expect(new Date(woken.queuedAt).getTime()).toBeGreaterThanOrEqual(before - 5);
    expect((await events(t, admin, first.conversationId)).find((e) => e.type === 'woke')).toMatchObject({ agentId: holder.id, actorId: null, data: { reason: 'customer', to: 'queue', why: 'full' } });

    // Closing the other one frees the slot: it goes back to the holder through the queue.
    await t.api(`/api/conversations/${second.conversationId}/close`, { token: holder.token, method: 'POST' });
    await waitFor(() => conversation(t, admin, first.conversationId), (c) => c.assigneeId === holder.id && c.status === 'assigned', 5000, 'served from the queue');
  }, 20_000);

  it('wakes at its time back to the same operator, who gets the slot again', async () => {
    const { conversationId } = await customerWrites(t, inbox.publicKey, 'Call me back later');
    // The holder still has the previous one: close it so this one is theirs.
    for (const id of await listIds(t, holder.token, 'mine')) if (id !== conversationId) await t.api(`/api/conversations/${id}/close`, { token: holder.token, method: 'POST' });
    await waitFor(() => conversation(t, holder.token, conversationId), (c) => c.assigneeId === holder.id && c.status === 'assigned', 5000, 'assigned');
    const until = inSeconds(1.5);
    const res = await snooze(holder.token, conversationId, { mode: 'until', until });
    expect(res.body.conversation.snoozedUntil).toBe(until);
    expect(await openChats(t, admin, holder.id)).toBe(0);
    const woken = await waitFor(() => conversation(t, admin, conversationId), (c) => c.status !== 'snoozed', 6000, 'woken by its time');
    expect(woken).toMatchObject({ status: 'assigned', assigneeId: holder.id, snoozedUntil: null });
    expect(await openChats(t, admin, holder.id)).toBe(1);
    expect((await events(t, admin, conversationId)).find((e) => e.type === 'woke')).toMatchObject({ agentId: holder.id, data: { reason: 'time', to: 'operator' } });
  }, 20_000);

  it('wakes into the queue, waiting from its wake time, when the operator is offline; they get it when back', async () => {
    const [conversationId] = await listIds(t, holder.token, 'mine');
    const until = inSeconds(1.5);
    expect((await snooze(holder.token, conversationId, { mode: 'until', until })).status).toBe(200);
    await setStatus(t, holder.token, 'offline');
    const woken = await waitFor(() => conversation(t, admin, conversationId), (c) => c.status !== 'snoozed', 6000, 'woken by its time');
    expect(woken).toMatchObject({ status: 'queued', assigneeId: null });
    expect(new Date(woken.queuedAt).getTime()).toBeGreaterThanOrEqual(new Date(until).getTime());
    expect((await events(t, admin, conversationId)).filter((e) => e.type === 'woke').at(-1)).toMatchObject({ data: { reason: 'time', to: 'queue', why: 'not-online' } });
    await setStatus(t, holder.token, 'online');
    await waitFor(() => conversation(t, admin, conversationId), (c) => c.assigneeId === holder.id && c.status === 'assigned', 5000, 'served when the operator is back');
  }, 20_000);

  it('unsnooze wakes it now; only an assigned conversation is snoozed and only a snoozed one woken (409)', async () => {
    const [conversationId] = await listIds(t, holder.token, 'mine');
    expect((await unsnooze(holder.token, conversationId)).status).toBe(409);
    const snoozed = await snooze(holder.token, conversationId, { mode: 'tomorrow', timeZone: 'Europe/Kyiv' });
    const wakes = new Date(snoozed.body.conversation.snoozedUntil).getTime();
    expect(wakes).toBeGreaterThan(Date.now());
    expect(wakes).toBeLessThan(Date.now() + 2 * 86_400_000);
    const res = await unsnooze(holder.token, conversationId);
    expect(res.status).toBe(200);
    expect(res.body.conversation).toMatchObject({ status: 'assigned', assigneeId: holder.id, snoozedUntil: null });
    expect((await events(t, admin, conversationId)).filter((e) => e.type === 'woke').at(-1)).toMatchObject({ actorId: holder.id, data: { reason: 'operator', to: 'operator' } });
    await t.api(`/api/conversations/${conversationId}/close`, { token: holder.token, method: 'POST' });
    expect((await snooze(holder.token, conversationId, { mode: 'until-customer-writes' })).status).toBe(409);
  });

  it('answers 400 naming the field for bad input', async () => {
    const { conversationId } = await assignedToHolder(undefined, 'Bad input case');
    const cases: Array<[unknown, RegExp]> = [
      [{}, /mode must be one of: until-customer-writes, for, until, tomorrow/],
      [{ mode: 'later' }, /mode must be one of/],
      [{ mode: 'for' }, /minutes/],
      [{ mode: 'for', minutes: 0 }, /minutes must be at least 1/],
      [{ mode: 'for', minutes: 1.5 }, /minutes must be a whole number/],
      [{ mode: 'for', minutes: 200_000 }, /minutes must be at most/],
      [{ mode: 'until' }, /until must be an ISO 8601 time/],
      [{ mode: 'until', until: 'tomorrow' }, /until must be an ISO 8601 time/],
      [{ mode: 'until', until: inSeconds(-60) }, /until must be in the future/],
      [{ mode: 'until', until: inSeconds(100 * 86_400) }, /until must be within 90 days/],
      [{ mode: 'tomorrow', timeZone: 'Mars/Olympus' }, /timeZone must be an IANA time zone/],
    ];
    for (const [body, message] of cases) {
      const res = await snooze(holder.token, conversationId, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(String(res.body.message), JSON.stringify(body)).toMatch(message);
    }
    expect((await conversation(t, admin, conversationId)).status).toBe('assigned');
  });

  it('is 404 to another team’s operator and 403 to a teammate who does not hold it', async () => {
    const [conversationId] = await listIds(t, holder.token, 'mine');
    expect((await snooze(stranger.token, conversationId, { mode: 'until-customer-writes' })).status).toBe(404);
    expect((await unsnooze(stranger.token, conversationId)).status).toBe(404);
    expect((await snooze(teammate.token, conversationId, { mode: 'until-customer-writes' })).status).toBe(403);
    expect((await conversation(t, admin, conversationId)).status).toBe('assigned');
  });
});

describe('snooze timers after a restart', () => {
  let db: TestDatabase;
  let dataDir: string;
  const env = { APP_SECRET: randomBytes(32).toString('hex'), DEMO: 'false' };
  let t: TestApp;
  let socket: Socket | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'inbox-snooze-'));
  });
  afterAll(async () => {
    socket?.close();
    await t?.close();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('wakes a conversation snoozed before the restart at its time after it', async () => {
    t = await startTestApp(env, { db, dataDir });
    const admin = await t.login();
    const team = await oneOperatorTeam(t, admin, 'Restarts');
    socket = team.socket;
    const { conversationId } = await customerWrites(t, team.inbox.publicKey);
    await waitFor(() => conversation(t, admin, conversationId), (c) => c?.assigneeId === team.holder.id, 5000, 'assigned');
    expect((await t.api(`/api/conversations/${conversationId}/snooze`, { token: team.holder.token, body: { mode: 'until', until: inSeconds(4) } })).status).toBe(200);

    socket.close();
    await t.close();
    // The timer lived in the old process (or its Redis namespace): only the row remembers it.
    t = await startTestApp(env, { db, dataDir });
    socket = await openInbox(t, team.holder);
    const after = await t.login();
    const woken = await waitFor(() => conversation(t, after, conversationId), (c) => c.status !== 'snoozed', 10_000, 'woken after the restart');
    expect(woken).toMatchObject({ status: 'assigned', assigneeId: team.holder.id });
    expect((await events(t, after, conversationId)).find((e) => e.type === 'woke')).toMatchObject({ data: { reason: 'time', to: 'operator' } });
  }, 40_000);
});
