import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { conversation, createOperator, customerWrites, eventTypes, openInbox, waitFor } from './support/operators';
import { startTestApp, type TestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

type Alert = { conversationId: number; target: string; assigneeId: number | null; dueAt: string };
type Sla = { target: string; amberAt: string | null; dueAt: string | null } | null;

/** Collects an event's pushes on a socket, for one conversation. */
function pushes(socket: Socket, event: string): Alert[] {
  const seen: Alert[] = [];
  socket.on(event, (alert: Alert) => seen.push(alert));
  return seen;
}

const slaOf = async (t: TestApp, token: string, id: number): Promise<Sla> => (await conversation(t, token, id)).sla;

describe('SLA policies', () => {
  let t: TestApp;
  let admin: string;
  let holder: { id: number; token: string; name: string };
  let holderSocket: Socket;
  let supervisorSocket: Socket;
  let inbox: { id: number; publicKey: string };

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    admin = await t.login();
    const team = (await t.api('/api/teams', { token: admin, body: { name: 'Support' } })).body.team;
    inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'SLA desk', teamId: team.id } })).body.inbox;
    holder = await createOperator(t, admin, { name: 'Holder', teamIds: [team.id], maxChats: 10 });
    holderSocket = await openInbox(t, holder);
    const supervisor = await createOperator(t, admin, { name: 'Watcher', role: 'supervisor', online: false });
    supervisorSocket = await openInbox(t, supervisor);
  });
  afterAll(async () => {
    holderSocket?.close();
    supervisorSocket?.close();
    await t.close();
  });

  const createPolicy = (body: Record<string, unknown>, token = admin) => t.api('/api/sla-policies', { token, body });
  const assigned = async (text = 'Hello', visitorToken?: string) => {
    const written = await customerWrites(t, inbox.publicKey, text, visitorToken);
    await waitFor(() => conversation(t, admin, written.conversationId), (c) => c.assigneeId === holder.id, 5000, 'assigned to the holder');
    return written;
  };
  const reply = (id: number, text = 'On it') => t.api(`/api/conversations/${id}/messages`, { token: holder.token, body: { text } });

  it('refuses bad policies with a 400 naming the field, and operators with a 403', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: 'No target' }, 'firstResponseSeconds'],
      [{ name: ' ', firstResponseSeconds: 60 }, 'name'],
      [{ name: 'Negative', firstResponseSeconds: -5 }, 'firstResponseSeconds'],
      [{ name: 'Fraction', nextResponseSeconds: 1.5 }, 'nextResponseSeconds'],
      [{ name: 'Amber', resolutionSeconds: 60, amberPercent: 100 }, 'amberPercent'],
      [{ name: 'Inbox', resolutionSeconds: 60, inboxId: 999_999 }, 'inboxId'],
      [{ name: 'Label', resolutionSeconds: 60, labelId: 999_999 }, 'labelId'],
      [{ name: 'Channel', resolutionSeconds: 60, channel: 'fax' }, 'channel'],
      [{ name: 'Priority', resolutionSeconds: 60, priority: 'asap' }, 'priority'],
      [{ name: 'Snooze', resolutionSeconds: 60, snoozedTimeCounts: 'yes' }, 'snoozedTimeCounts'],
    ];
    for (const [body, field] of cases) {
      const res = await createPolicy(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.body), JSON.stringify(body)).toContain(field);
    }
    expect((await createPolicy({ name: 'Sneaky', resolutionSeconds: 60 }, holder.token)).status).toBe(403);
    expect((await t.api('/api/sla-policies/999999', { method: 'PATCH', token: admin, body: { name: 'Ghost' } })).status).toBe(404);
  });

  it('warns the holder and the supervisors before a breach, then logs and pushes the breach; the floor lists it with its holder', async () => {
    const created = await createPolicy({ name: 'Chat desk', inboxId: inbox.id, firstResponseSeconds: 3, nextResponseSeconds: 30, resolutionSeconds: 3600, amberPercent: 50, warnBeforeSeconds: 2 });
    expect(created.status).toBe(201);
    expect(created.body.policy).toMatchObject({ name: 'Chat desk', inboxId: inbox.id, firstResponseSeconds: 3, amberPercent: 50, warnBeforeSeconds: 2, snoozedTimeCounts: false, active: true });
    const audit = (await t.api('/api/audit?entityType=sla-policy', { token: admin })).body.items as Array<{ action: string }>;
    expect(audit.map((e) => e.action)).toContain('sla-policy.create');

    const warnedHolder = pushes(holderSocket, 'sla.warning');
    const breachedHolder = pushes(holderSocket, 'sla.breached');
    const warnedSupervisor = pushes(supervisorSocket, 'sla.warning');
    const breachedSupervisor = pushes(supervisorSocket, 'sla.breached');
    const { conversationId } = await assigned();

    const shown = await conversation(t, holder.token, conversationId);
    expect(shown.sla).toMatchObject({ target: 'first_response' });
    const openedAt = Date.parse(shown.createdAt);
    expect(Date.parse(shown.sla.dueAt) - openedAt).toBe(3000);
    expect(Date.parse(shown.sla.amberAt) - openedAt).toBe(1500);

    await waitFor(async () => breachedSupervisor.filter((a) => a.conversationId === conversationId).length, (n) => n === 1, 6000, 'the breach pushed to the supervisor');
    await waitFor(async () => breachedHolder.filter((a) => a.conversationId === conversationId).length, (n) => n === 1, 2000, 'the breach pushed to the holder');
    expect(warnedHolder.filter((a) => a.conversationId === conversationId)).toEqual([expect.objectContaining({ target: 'first_response', assigneeId: holder.id, dueAt: shown.sla.dueAt })]);
    expect(warnedSupervisor.filter((a) => a.conversationId === conversationId)).toHaveLength(1);
    const events = (await t.api(`/api/conversations/${conversationId}/events`, { token: admin })).body.items as Array<{ type: string; agentId: number | null; data: Record<string, unknown> }>;
    expect(events.filter((e) => e.type === 'sla.breached')).toEqual([expect.objectContaining({ agentId: holder.id, data: { target: 'first_response', policyId: created.body.policy.id, dueAt: shown.sla.dueAt } })]);

    const atRisk = (await t.api('/api/sla/at-risk', { token: admin })).body.items as Array<Record<string, unknown>>;
    expect(atRisk.find((r) => r.conversationId === conversationId)).toMatchObject({ assigneeName: 'Holder', target: 'first_response', breached: true });
    expect((await t.api('/api/sla/at-risk', { token: holder.token })).status).toBe(403);

    // The late answer stops the first-response clock; the breach stays its verdict.
    expect((await reply(conversationId)).status).toBe(201);
    await waitFor(() => slaOf(t, admin, conversationId), (sla) => sla?.target === 'resolution', 3000, 'only resolution running after the answer');
  }, 20_000);

  it('runs next response only while the customer waits, and meets it with a reply in time', async () => {
    const { conversationId, visitorToken } = await assigned('Question');
    await reply(conversationId, 'Answer');
    await waitFor(() => slaOf(t, admin, conversationId), (sla) => sla?.target === 'resolution', 3000, 'waiting on the customer: no response clock');

    await customerWrites(t, inbox.publicKey, 'Follow-up', visitorToken);
    const running = await waitFor(() => slaOf(t, admin, conversationId), (sla) => sla?.target === 'next_response', 3000, 'next response running');
    expect(Date.parse(running?.dueAt as string) - Date.now()).toBeGreaterThan(25_000);
    await reply(conversationId, 'Second answer');
    await waitFor(() => slaOf(t, admin, conversationId), (sla) => sla?.target === 'resolution', 3000, 'next response met');

    const report = (await t.api('/api/reports/sla?target=next_response', { token: admin })).body;
    expect(report.policies).toEqual([expect.objectContaining({ name: 'Chat desk', decided: 1, met: 1, share: 1 })]);
    expect(report.operators).toEqual([expect.objectContaining({ id: holder.id, name: 'Holder', decided: 1, met: 1 })]);
  });

  it('pauses while snoozed under a policy whose snoozed time does not count, and moves the due time on when it wakes', async () => {
    const { conversationId } = await assigned('Snooze me');
    await reply(conversationId);
    const before = await waitFor(() => slaOf(t, admin, conversationId), (sla) => sla?.target === 'resolution', 3000, 'only resolution running');
    expect((await t.api(`/api/conversations/${conversationId}/snooze`, { token: holder.token, body: { mode: 'until-customer-writes' } })).status).toBe(200);
    await waitFor(() => slaOf(t, admin, conversationId), (sla) => sla?.dueAt === null, 3000, 'paused while snoozed');
    await new Promise((r) => setTimeout(r, 300));
    expect((await t.api(`/api/conversations/${conversationId}/unsnooze`, { token: holder.token, method: 'POST' })).status).toBe(200);
    const after = await waitFor(() => slaOf(t, admin, conversationId), (sla) => sla?.dueAt !== null, 3000, 'running again');
    expect(Date.parse(after?.dueAt as string) - Date.parse(before?.dueAt as string)).toBeGreaterThanOrEqual(300);
  });

  it('lets the most specific policy win: a label’s policy over the inbox’s', async () => {
    const label = (await t.api('/api/labels', { token: admin, body: { name: 'VIP', color: '#ff0000' } })).body.label;
    const vip = await createPolicy({ name: 'VIP', labelId: label.id, resolutionSeconds: 600 });
    expect(vip.status).toBe(201);
    const { conversationId } = await assigned('Important');
    const inboxDue = await slaOf(t, admin, conversationId);
    await t.api(`/api/conversations/${conversationId}/labels`, { method: 'PUT', token: holder.token, body: { labelIds: [label.id] } });
    const vipDue = await waitFor(() => slaOf(t, admin, conversationId), (sla) => sla?.dueAt !== inboxDue?.dueAt, 3000, 'the VIP policy applied');
    const opened = Date.parse((await conversation(t, admin, conversationId)).createdAt);
    expect(vipDue).toMatchObject({ target: 'resolution' });
    expect(Date.parse(vipDue?.dueAt as string) - opened).toBe(600_000);

    // A changed target moves the running ones it measures.
    expect((await t.api(`/api/sla-policies/${vip.body.policy.id}`, { method: 'PATCH', token: admin, body: { resolutionSeconds: 1200 } })).status).toBe(200);
    const moved = await waitFor(() => slaOf(t, admin, conversationId), (sla) => sla?.dueAt !== vipDue?.dueAt, 3000, 'the changed target applied');
    expect(Date.parse(moved?.dueAt as string) - opened).toBe(1_200_000);
  });

  it('counts only the inbox’s business hours under a policy that says so', async () => {
    // Open one hour tomorrow only (UTC): a message now is due two minutes into that hour.
    const tomorrow = new Date(Date.now() + 86_400_000);
    const weekday = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][tomorrow.getUTCDay()];
    const office = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Office hours' } })).body.inbox;
    const hours = { businessHours: { timeZone: 'UTC', weekly: { [weekday]: [{ open: '10:00', close: '11:00' }] } } };
    expect((await t.api(`/api/inboxes/${office.id}`, { method: 'PATCH', token: admin, body: { automation: hours } })).status).toBe(200);
    expect((await createPolicy({ name: 'Office', inboxId: office.id, firstResponseSeconds: 120, businessHours: true })).status).toBe(201);
    const { conversationId } = await customerWrites(t, office.publicKey, 'After hours');
    const sla = await waitFor(() => slaOf(t, admin, conversationId), (s) => s?.target === 'first_response', 3000, 'the first response running');
    const opening = Date.UTC(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth(), tomorrow.getUTCDate(), 10, 0);
    expect(sla?.dueAt).toBe(new Date(opening + 120_000).toISOString());
  });

  it('orders a list by the due time, soonest first', async () => {
    const items = (await t.api('/api/conversations?view=mine&order=due', { token: holder.token })).body.items as Array<{ sla: Sla }>;
    const due = items.map((c) => c.sla?.dueAt ?? null);
    const timed = due.filter((d): d is string => d !== null);
    expect(timed.length).toBeGreaterThan(1);
    expect(timed).toEqual([...timed].sort());
    expect(due.slice(0, timed.length)).toEqual(timed);
    expect((await t.api('/api/conversations?view=mine&order=due&cursor=5', { token: holder.token })).status).toBe(400);
    const bad = await t.api('/api/conversations?order=late', { token: holder.token });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('order');
  });

  it('stops every clock when the conversation closes, meeting resolution in time', async () => {
    const { conversationId } = await assigned('Close me');
    await reply(conversationId);
    expect((await t.api(`/api/conversations/${conversationId}/close`, { token: holder.token, method: 'POST' })).status).toBeLessThan(300);
    await waitFor(() => slaOf(t, admin, conversationId), (sla) => sla === null, 3000, 'no clock after closing');
    const report = (await t.api('/api/reports/sla?target=resolution', { token: admin })).body;
    expect(report.inboxes).toEqual([expect.objectContaining({ id: inbox.id, name: 'SLA desk', decided: 1, met: 1 })]);
  });
});

/** Warning and breach timers are delayed jobs; after a restart they come back from the clocks' rows. */
describe('SLA timers after a restart', () => {
  let db: TestDatabase;
  let dataDir: string;
  let t: TestApp | undefined;
  const env = { APP_SECRET: randomBytes(32).toString('hex'), DEMO: 'false' };

  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'inbox-sla-'));
  });
  afterAll(async () => {
    await t?.close();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('breaches a target that fell due while the server was down', async () => {
    t = await startTestApp(env, { db, dataDir });
    let admin = await t.login();
    const inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Restart desk' } })).body.inbox;
    expect((await t.api('/api/sla-policies', { token: admin, body: { name: 'Fast', inboxId: inbox.id, firstResponseSeconds: 2 } })).status).toBe(201);
    const { conversationId } = await customerWrites(t, inbox.publicKey);
    await waitFor(() => conversation(t as TestApp, admin, conversationId), (c) => c.sla?.target === 'first_response', 3000, 'the clock running');
    await t.close();
    await new Promise((r) => setTimeout(r, 2500));

    t = await startTestApp(env, { db, dataDir });
    admin = await t.login();
    await waitFor(() => eventTypes(t as TestApp, admin, conversationId), (types) => types.includes('sla.breached'), 5000, 'the breach after the restart');
  }, 30_000);
});
