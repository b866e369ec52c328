import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOperator, customerWrites, eventTypes, waitFor } from './support/operators';
import { startTestApp, type TestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/**
 * The router's timers are delayed jobs: in-process ones die with the
 * process. After a restart they are derived from the rows again, so an
 * offer still runs out and an offline operator's conversations still go
 * back to the queue.
 */
describe('routing timers after a restart', () => {
  let db: TestDatabase;
  let dataDir: string;
  const env = { APP_SECRET: randomBytes(32).toString('hex'), DEMO: 'false', OFFLINE_GRACE_SECONDS: '1' };
  let t: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'inbox-timers-'));
  });
  afterAll(async () => {
    await t?.close();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const restart = async () => {
    await t.close();
    t = await startTestApp(env, { db, dataDir });
    return t.login();
  };

  it('lets an offer made before the restart run out after it', async () => {
    t = await startTestApp(env, { db, dataDir });
    let admin = await t.login();
    const inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Offers', routingMode: 'offer' } })).body.inbox;
    expect((await t.api(`/api/inboxes/${inbox.id}`, { method: 'PATCH', token: admin, body: { routing: { offerTimeoutSeconds: 2 } } })).status).toBe(200);
    await createOperator(t, admin, { name: 'First' });
    await createOperator(t, admin, { name: 'Second' });
    const { conversationId } = await customerWrites(t, inbox.publicKey);
    await waitFor(() => eventTypes(t, admin, conversationId), (types) => types.includes('offered'), 5000, 'the first offer');

    admin = await restart();
    const types = await waitFor(() => eventTypes(t, admin, conversationId), (e) => e.includes('offer_expired'), 8000, 'the offer to run out after the restart');
    expect(types.filter((e) => e === 'offered').length).toBeGreaterThanOrEqual(1);
  }, 30_000);

  it('returns the conversations of an operator who went offline just before the restart to the queue', async () => {
    let admin = await t.login();
    // A team of one, so nobody else online takes the conversation.
    const team = (await t.api('/api/teams', { token: admin, body: { name: 'Night shift' } })).body.team;
    const inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Auto', teamId: team.id } })).body.inbox;
    const operator = await createOperator(t, admin, { name: 'Leaving', teamIds: [team.id] });
    const { conversationId } = await customerWrites(t, inbox.publicKey);
    await waitFor(() => t.api(`/api/conversations/${conversationId}`, { token: admin }), (r) => r.body.conversation?.assigneeId === operator.id, 5000, 'assigned to the operator');
    expect((await t.api('/api/agents/me/status', { method: 'PATCH', token: operator.token, body: { status: 'offline' } })).status).toBe(200);

    admin = await restart();
    const after = await waitFor(() => t.api(`/api/conversations/${conversationId}`, { token: admin }), (r) => r.body.conversation?.status === 'queued', 8000, 'requeued after the grace');
    expect(await eventTypes(t, admin, conversationId)).toContain('requeued');
    expect(after.body.conversation.assigneeId).toBeNull();
  }, 30_000);
});
