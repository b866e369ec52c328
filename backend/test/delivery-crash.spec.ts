import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeTelegramApi } from '../../connectors/test/fake-telegram-api';
import { INTERRUPTED_SEND } from '../src/delivery/delivery-send.job';
import { deadProcessBoundMs } from '../src/processes/process-liveness.policy';
import { assertBackendBuilt, startBackendProcess, type BackendProcess } from './support/backend-process';
import { waitFor } from './support/operators';
import { BOT_TOKEN, messageUpdate } from './support/telegram-fixtures';
import { freePort } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const REPLIES = 40;
const PROCESS_TIMEOUT_SECONDS = 4;

/**
 * At most one provider call per message, after a crash too: replies are
 * on their way to a slow Bot API when the backend is killed with SIGKILL.
 * A reply whose call had started may have reached the customer, so it
 * fails for the operator to check instead of going out again; a reply
 * whose call had not started goes out once, soon after the restart.
 */
/** BullMQ's defaults: a lock of 30 s, and a stalled-job check every 30 s. */
const BULLMQ_STALLED_RECOVERY_MS = 65_000;

describe('replies interrupted by a crash', () => {
  let db: TestDatabase;
  let dataDir: string;
  let telegram: FakeTelegramApi;
  let env: Record<string, string>;
  let backend: BackendProcess | null = null;

  beforeAll(async () => {
    assertBackendBuilt();
    db = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'inbox-delivery-crash-'));
    telegram = await FakeTelegramApi.start({ tokens: [BOT_TOKEN] });
    const port = await freePort();
    env = {
      DATABASE_URL: db.url,
      DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      APP_SECRET: randomBytes(32).toString('hex'),
      REDIS_PREFIX: `inbox-delivery-crash-${randomBytes(4).toString('hex')}`,
      PROCESS_TIMEOUT_SECONDS: String(PROCESS_TIMEOUT_SECONDS),
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    };
  });
  afterAll(async () => {
    await backend?.stop().catch(() => undefined);
    await telegram?.close();
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('never sends a reply twice, fails the ones whose call had started, and sends the rest promptly after the restart', async () => {
    backend = await startBackendProcess(env);
    const created = await backend.api('/api/inboxes', { body: { type: 'telegram', name: 'Slow bot', telegram: { botToken: BOT_TOKEN, mode: 'webhook' } } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const inboxId = created.body.inbox.id as number;
    const secret = telegram.webhook?.secretToken ?? '';

    // Forty customers write; the admin answers each of them.
    for (let chat = 1; chat <= REPLIES; chat++) {
      const res = await fetch(`${backend.url}/webhooks/telegram/${inboxId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
        body: JSON.stringify(messageUpdate(700_000 + chat, 1, { text: `Question ${chat}` })),
      });
      expect(res.status).toBe(200);
    }
    const conversations = await waitFor(
      async () => ((await backend!.api('/api/conversations?view=all&limit=100')).body.items as Array<{ id: number }>) ?? [],
      (items) => items.length === REPLIES,
      10_000,
      'every conversation stored',
    );

    telegram.answerAfter('sendMessage', 1500);
    const replyIds: number[] = [];
    for (const [i, c] of conversations.entries()) {
      const res = await backend.api(`/api/conversations/${c.id}/messages`, { body: { text: `Reply ${i}` } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      replyIds.push(res.body.message.id as number);
    }
    // Some calls are under way (the Bot API holds them), most are not yet: kill the backend now.
    await waitFor(async () => telegram.callsTo('sendMessage').length, (n) => n >= 5, 20_000, 'sends under way');
    backend.child.kill('SIGKILL');
    await backend.exited();
    const startedBeforeCrash = new Set(telegram.callsTo('sendMessage').map((call) => call.params.text as string));
    expect(startedBeforeCrash.size).toBeLessThan(REPLIES);

    telegram.answerAfter('sendMessage', 0);
    backend = await startBackendProcess(env);
    const restartedAt = Date.now();
    type Reply = { id: number; text: string; status: string; error: string | null };
    const replies = async () => {
      const all: Reply[] = [];
      for (const c of conversations) all.push(...((await backend!.api(`/api/conversations/${c.id}/messages`)).body.items as Reply[]).filter((m) => replyIds.includes(m.id)));
      return all;
    };
    const settled = await waitFor(
      replies,
      (messages) => messages.length === REPLIES && messages.every((m) => m.status === 'sent' || m.status === 'failed'),
      // A send job the killed process had taken but not yet leased in its row comes back only through BullMQ's
      // stalled-job check: the job's lock lapses (30 s) and a live worker notices (every 30 s).
      Math.max(deadProcessBoundMs(PROCESS_TIMEOUT_SECONDS * 1000) + 20_000, BULLMQ_STALLED_RECOVERY_MS),
      'every reply sent or failed',
    );
    const tookMs = Date.now() - restartedAt;
    console.log(`delivery after a crash: ${startedBeforeCrash.size} calls under way at the kill; every reply settled ${(tookMs / 1000).toFixed(1)} s after the restart`);

    const callsPerText = new Map<string, number>();
    for (const call of telegram.callsTo('sendMessage')) callsPerText.set(call.params.text as string, (callsPerText.get(call.params.text as string) ?? 0) + 1);
    for (const message of settled) {
      expect(callsPerText.get(message.text) ?? 0, `provider calls for "${message.text}"`).toBeLessThanOrEqual(1);
      // A call under way at the kill was answered before it (sent) or is failed for the operator; so is one whose
      // request was leaving when the process died, before the Bot API recorded it. None is made twice.
      if (message.status === 'failed') expect(message.error).toBe(INTERRUPTED_SEND);
      else expect(message.status).toBe('sent');
    }
    const failed = settled.filter((m) => m.status === 'failed');
    expect(failed.length, 'calls cut off by the kill').toBeGreaterThan(0);
    // The ones that had not been started are the rest, and they went out after the restart.
    const sentAfterRestart = settled.filter((m) => m.status === 'sent' && !startedBeforeCrash.has(m.text));
    expect(sentAfterRestart.length).toBeGreaterThan(0);
    for (const message of sentAfterRestart) expect(callsPerText.get(message.text), message.text).toBe(1);
    // Not the three minutes of a lease: the dead process's sends are taken back once its heartbeat is stale
    // (a job it had taken but not yet leased, once BullMQ sees it stalled).
    expect(tookMs).toBeLessThan(Math.max(deadProcessBoundMs(PROCESS_TIMEOUT_SECONDS * 1000) + 15_000, BULLMQ_STALLED_RECOVERY_MS));
 
  }, 120_000);
});
