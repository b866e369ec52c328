import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { ReplyService } from '../src/conversations/reply.service';
import { ConversationsService } from '../src/conversations/conversations.service';
import { generateReportDataset, HAND_CHECKED_DATASET } from './fixtures/report-dataset';
import { loadReportDataset } from './support/report-data';
import { createOperator, customerWrites, waitFor } from './support/operators';
import { startTestApp, type TestApp } from './support/test-app';

const WEEK = { from: new Date(HAND_CHECKED_DATASET.weekStart).toISOString(), to: new Date(HAND_CHECKED_DATASET.weekStart + 7 * 86_400_000).toISOString() };
const period = (extra = '') => `from=${encodeURIComponent(WEEK.from)}&to=${encodeURIComponent(WEEK.to)}${extra}`;

describe('reports over the event log', () => {
  let t: TestApp;
  let admin: string;
  let chatInbox: number;
  let mailInbox: number;
  let first: { id: number; token: string; name: string };
  let second: { id: number; token: string; name: string };
  let supervisor: { id: number; token: string; name: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login();
    chatInbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Reports site' } })).body.inbox.id;
    const db = t.app.get(DataSource);
    await db.query("INSERT INTO inboxes (type, name, publicKey, settings, routing, automation) VALUES ('email', 'Reports mail', 'reports-mail', '{}', '{}', '{}')");
    mailInbox = Number((await db.query("SELECT id FROM inboxes WHERE publicKey = 'reports-mail'"))[0].id);
    first = await createOperator(t, admin, { name: 'Alice Reports', online: false, maxChats: 4 });
    second = await createOperator(t, admin, { name: 'Bob Reports', online: false, maxChats: 2 });
    supervisor = await createOperator(t, admin, { name: 'Sue Supervisor', role: 'supervisor', online: false });
    const agents = new Map([[101, first.id], [102, second.id]]);
    await loadReportDataset(db, generateReportDataset(HAND_CHECKED_DATASET), {
      inbox: (id) => (id === 1 ? chatInbox : mailInbox),
      agent: (id) => agents.get(id) as number,
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers the summary with every metric worked out by hand (backend/src/reports/metrics.policy.spec.ts)', async () => {
    const res = await t.api(`/api/reports/summary?${period()}`, { token: supervisor.token });
    expect(res.status).toBe(200);
    const m = res.body.metrics;
    expect(m).toMatchObject({ conversations: 12, answered: 6, abandoned: 2, abandonmentRate: 0.25, firstResponseMedianSeconds: 60, firstResponseP90Seconds: 3609, serviceLevel: 0.375 });
    expect(m).toMatchObject({ transfers: 1, csatResponses: 4, csatAverage: 2.25, csatSatisfied: 0.25, reviews: 0, reviewAverage: null });
    expect(m.transferRate).toBeCloseTo(1 / 12, 9);
    expect(m.averageSpeedOfAnswerSeconds).toBeCloseTo(7124 / 6, 6);
    expect(m.averageHandlingSeconds).toBeCloseTo(5077 / 6, 6);
    expect(res.body.heatmap.map((h: number[]) => h.reduce((a, b) => a + b, 0))).toEqual([2, 2, 4, 1, 0, 1, 2]);
    // Default concurrency: the operators' average limit, (4 + 2) / 2 = 3; one conversation an hour needs 2 slots, 1 operator.
    expect(res.body.staffingBasis).toMatchObject({ concurrency: 3, thresholdSeconds: 20, target: 0.8 });
    expect(res.body.staffing[2][8]).toBe(1);
    const alice = res.body.operators.find((o: { agentId: number }) => o.agentId === first.id);
    expect(alice).toMatchObject({ name: 'Alice Reports', conversations: 4, answered: 3, firstResponseMedianSeconds: 60 });
    expect(alice.averageHandlingSeconds).toBeCloseTo(849, 6);
  });

  it('filters by inbox, channel and operator', async () => {
    // The chat inbox: #1, #3, #4, #5, #8, #12; answered 4 with first responses 16, 35, 60, 66; within 20 s only #5.
    const chat = (await t.api(`/api/reports/summary?${period(`&inboxId=${chatInbox}`)}`, { token: supervisor.token })).body.metrics;
    expect(chat).toMatchObject({ conversations: 6, answered: 4, abandoned: 0, firstResponseMedianSeconds: 35, firstResponseP90Seconds: 66, serviceLevel: 0.25 });
    const mail = (await t.api(`/api/reports/summary?${period('&channel=email')}`, { token: supervisor.token })).body.metrics;
    expect(mail).toMatchObject({ conversations: 6, answered: 2, abandoned: 2, serviceLevel: 0.5 });
    const bob = (await t.api(`/api/reports/summary?${period(`&agentId=${second.id}`)}`, { token: supervisor.token })).body.metrics;
    expect(bob).toMatchObject({ conversations: 4, answered: 3, firstResponseMedianSeconds: 66, csatAverage: 1 });
  });

  it('judges each inbox by its own service-level target', async () => {
    // Chat within 60 s instead of 20: #1 (59 s), #3 (30 s), #5 (13 s) are in, #4 (62 s) is not.
    expect((await t.api(`/api/reports/service-levels/${chatInbox}`, { method: 'PUT', token: admin, body: { thresholdSeconds: 60, targetPercent: 90 } })).status).toBe(200);
    const chat = (await t.api(`/api/reports/summary?${period(`&inboxId=${chatInbox}`)}`, { token: supervisor.token })).body;
    expect(chat.metrics.serviceLevel).toBe(0.75);
    expect(chat.staffingBasis).toMatchObject({ thresholdSeconds: 60, target: 0.9 });
    const list = (await t.api('/api/reports/service-levels', { token: supervisor.token })).body.items;
    expect(list.find((i: { inboxId: number }) => i.inboxId === mailInbox)).toMatchObject({ thresholdSeconds: 3600, targetPercent: 80, configured: false });
    await t.api(`/api/reports/service-levels/${chatInbox}`, { method: 'PUT', token: admin, body: { thresholdSeconds: 20, targetPercent: 80 } });
  });

  it('catches up with events written after the last report', async () => {
    const db = t.app.get(DataSource);
    const [fourth] = await db.query("SELECT c.id FROM conversations c JOIN messages m ON m.conversationId = c.id WHERE m.text = 'Question number 4'");
    await db.query("INSERT INTO conversation_events (conversationId, type, agentId, actorId, data, createdAt) VALUES (?, 'csat', NULL, NULL, '{\"score\":5}', ?)", [fourth.id, '2026-11-25 00:40:00.000']);
    // Scores 5, 1, 2, 1 and now 5: average 14 / 5, two of five satisfied.
    const m = (await t.api(`/api/reports/summary?${period()}`, { token: supervisor.token })).body.metrics;
    expect(m).toMatchObject({ csatResponses: 5, csatAverage: 2.8, csatSatisfied: 0.4 });
  });

  it('exports every table as CSV', async () => {
    const res = await fetch(`${t.url}/api/reports/export?${period('&table=operators')}`, { headers: { authorization: `Bearer ${supervisor.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('report-operators.csv');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0].split(',').slice(0, 4)).toEqual(['agentId', 'name', 'conversations', 'answered']);
    expect(lines.find((l) => l.startsWith(`${first.id},Alice Reports,4,3,`))).toBeTruthy();
    for (const table of ['metrics', 'daily', 'inboxes', 'heatmap', 'staffing']) {
      const csv = await fetch(`${t.url}/api/reports/export?${period(`&table=${table}`)}`, { headers: { authorization: `Bearer ${supervisor.token}` } });
      expect(csv.status, table).toBe(200);
    }
    const heat = await (await fetch(`${t.url}/api/reports/export?${period('&table=heatmap')}`, { headers: { authorization: `Bearer ${supervisor.token}` } })).text();
    expect(heat.split('\r\n')[3].split(',').slice(0, 1).concat(heat.split('\r\n')[3].split(',').slice(1).reduce((s, v) => s + Number(v), 0).toString())).toEqual(['Wed', '4']);
  });

  it('refuses operators and answers bad input with 400 naming the field', async () => {
    expect((await t.api(`/api/reports/summary?${period()}`, { token: first.token })).status).toBe(403);
    const bad = await t.api('/api/reports/summary?from=yesterday', { token: supervisor.token });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.message)).toContain('from');
    const reversed = await t.api(`/api/reports/summary?from=${encodeURIComponent(WEEK.to)}&to=${encodeURIComponent(WEEK.from)}`, { token: supervisor.token });
    expect(reversed.status).toBe(400);
    expect((await t.api(`/api/reports/export?${period('&table=nope')}`, { token: supervisor.token })).status).toBe(400);
    expect((await t.api(`/api/reports/summary?${period('&tzOffset=9999')}`, { token: supervisor.token })).status).toBe(400);
  });

  it('follows a live conversation from the event log; an automatic message before the operator is not the first response', async () => {
    const live = await createOperator(t, admin, { name: 'Live Operator' });
    const { conversationId } = await customerWrites(t, (await t.api(`/api/inboxes/${chatInbox}`, { token: admin })).body.inbox.publicKey, 'Where is my parcel?');
    const conversation = await waitFor(() => t.app.get(ConversationsService).get(conversationId), (c) => c.assigneeId === live.id, 5000, 'assignment');
    await t.app.get(ReplyService).sendAutomatic(conversation, { text: 'We will be with you shortly', payload: { automatic: 'queue' } });
    // The operator answers over a second later: a first response under that would be the automatic message.
    await new Promise((r) => setTimeout(r, 1100));
    const reply = await t.api(`/api/conversations/${conversationId}/messages`, { token: live.token, body: { text: 'It is on its way' } });
    expect(reply.status).toBe(201);
    const today = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
    const query = `from=${encodeURIComponent(today.from)}&to=${encodeURIComponent(today.to)}&agentId=${live.id}`;
    const before = (await t.api(`/api/reports/summary?${query}`, { token: supervisor.token })).body.metrics;
    expect(before).toMatchObject({ conversations: 1, answered: 1 });
    expect(before.firstResponseMedianSeconds).toBeGreaterThanOrEqual(1.1);
    expect(before.firstResponseMedianSeconds).toBeLessThan(10);
    expect((await t.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: live.token })).status).toBe(200);
    const after = (await t.api(`/api/reports/summary?${query}`, { token: supervisor.token })).body.metrics;
    expect(after.averageHandlingSeconds).toBeGreaterThan(0);
  });
});
