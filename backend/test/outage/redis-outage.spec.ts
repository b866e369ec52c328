import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { telegramMessageExternalId } from '@inbox/connectors';
import { FakeTelegramApi } from '../../../connectors/test/fake-telegram-api';
import { PROCESS_ADMIN, startBackendProcess, type BackendProcess } from '../support/backend-process';
import { waitFor } from '../support/operators';
import { startPrivateRedis, type PrivateServer } from '../support/private-servers';
import { messageUpdate } from '../support/telegram-fixtures';
import { connectSocket } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { onMariaDbAndRedis } from './on-mariadb-and-redis';

/**
 * Redis (a private redis-server without persistence) is gone for 15 s, longer
 * than ioredis's default retries per command last, while customers write
 * through the Telegram webhook of process A and the operator answers, the
 * operator's socket open on process B. Neither process exits; webhooks are
 * stored and answered 200, replies are accepted `pending`, /api/health says
 * 200 `degraded` with `redis: down`; when Redis is back (empty) every reply
 * reaches Telegram once, a customer who first wrote during the outage is
 * greeted once, and B's operator hears every message once, those of the
 * outage included.
 */
const OUTAGE_MS = 15_000;
const CHATS = 6;
const GREETING = 'Hello, we are here';
/** A customer whose first message arrives during the outage: the greeting is decided then, and sent after. */
const NEW_CHAT = 799_999;

/**
 * `across`: a request that started in one phase and was answered in the next (Redis came back while it waited).
 * `returning`: while Redis starts again, which it may answer before the test hears it is up.
 */
type Phase = 'before' | 'during' | 'returning' | 'after' | 'across';
interface Answer {
  phase: Phase;
  status: number;
  ms: number;
}

describe.skipIf(!onMariaDbAndRedis('Redis outage'))('Redis stops for 15 s under webhooks and replies', () => {
  let db: TestDatabase;
  let redis: PrivateServer;
  let fake: FakeTelegramApi;
  let dataDir: string;
  let a: BackendProcess;
  let b: BackendProcess;
  let inboxId: number;
  let operatorOnB: Socket;

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = await startPrivateRedis();
    fake = await FakeTelegramApi.start({});
    dataDir = mkdtempSync(join(tmpdir(), 'inbox-redis-outage-'));
    const shared = {
      DATABASE_URL: db.url,
      DATABASE_POOL_SIZE: '10',
      REDIS_URL: redis.url,
      REDIS_PREFIX: `inbox-redis-outage-${randomBytes(4).toString('hex')}`,
      DATA_DIR: dataDir,
      APP_SECRET: randomBytes(32).toString('hex'),
      TELEGRAM_API_ROOT: fake.apiRoot,
      PUBLIC_URL: 'https://inbox.example.com',
      DELIVERY_BACKOFF_MS: '200',
    };
    a = await startBackendProcess(shared);
    await a.api('/api/agents/me/status', { method: 'PATCH', body: { status: 'online' } });
    const inbox = await a.api('/api/inboxes', { body: { type: 'telegram', name: 'Bot', telegram: { botToken: '123456789:AAF-outage-token_for_the_fake' } } });
    expect(inbox.status, JSON.stringify(inbox.body)).toBe(201);
    inboxId = inbox.body.inbox.id as number;
    const automation = await a.api(`/api/inboxes/${inboxId}`, { method: 'PATCH', body: { automation: { greeting: { enabled: true, text: { en: GREETING } } } } });
    expect(automation.status, JSON.stringify(automation.body)).toBe(200);
    b = await startBackendProcess(shared);
    const token = (await b.api('/api/auth/login', { body: PROCESS_ADMIN, token: null })).body.accessToken as string;
    operatorOnB = await connectSocket(`${b.url}/agents`, { token });
  }, 120_000);
  afterAll(async () => {
    operatorOnB?.close();
    await Promise.all([a?.stop(), b?.stop()]);
    await fake?.close();
    await redis?.destroy();
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps both processes up and answering, and afterwards sends every reply once and pushes every message', async () => {
    const pids = [a.child.pid, b.child.pid];
    const heardOnB = new Map<string, number>();
    operatorOnB.on('message.created', ({ message }: { message: { direction: string; text: string | null } }) => {
      if (message.direction === 'in' && message.text) heardOnB.set(message.text, (heardOnB.get(message.text) ?? 0) + 1);
    });

    let phase: Phase = 'before';
    let streaming = true;
    const updates = new Map<string, { text: string; body: string }>();
    const acknowledged: string[] = [];
    const unacknowledged: string[] = [];
    const webhooks: Answer[] = [];
    const replies: Array<Answer & { text: string; messageStatus?: string }> = [];
    const health: Array<Answer & { process: 'A' | 'B'; body: { status?: string; db?: string; redis?: string } }> = [];
    const timed = async <T extends { status: number }>(call: () => Promise<T>): Promise<T & { ms: number }> => {
      const started = Date.now();
      const result = await call();
      return { ...result, ms: Date.now() - started };
    };
    const post = (body: string) =>
      fetch(`${a.url}/webhooks/telegram/${inboxId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': fake.webhook?.secretToken ?? '' },
        body,
        signal: AbortSignal.timeout(20_000),
      }).then(
        async (res) => (await res.text(), { status: res.status }),
        () => ({ status: 0 }),
      );

    let next = 0;
    const customers = async () => {
      while (streaming) {
        next += 1;
        const chat = 700_000 + (next % CHATS);
        const externalId = telegramMessageExternalId(chat, 30_000 + next);
        const text = `customer ${next}`;
        updates.set(externalId, { text, body: JSON.stringify(messageUpdate(chat, 30_000 + next, { text })) });
        const at = phase;
        const { status, ms } = await timed(() => post(updates.get(externalId)!.body));
        webhooks.push({ phase: at, status, ms });
        (status === 200 ? acknowledged : unacknowledged).push(externalId);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    let replyNo = 0;
    const operator = async () => {
      while (streaming) {
        const list = await a.api('/api/conversations?view=all&limit=50');
        for (const conversation of (list.body.items ?? []) as Array<{ id: number; status: string }>) {
          if (conversation.status === 'closed') continue;
          replyNo += 1;
          const text = `reply ${replyNo}`;
          const at = phase;
          const res = await timed(() => a.api(`/api/conversations/${conversation.id}/messages`, { body: { text } }));
          replies.push({ phase: at, status: res.status, ms: res.ms, text, messageStatus: res.body?.message?.status });
        }
        // Telegram takes one message per chat a second: a faster operator would only grow the backlog.
        await new Promise((r) => setTimeout(r, 1000));
      }
    };
    const watchHealth = async () => {
      while (streaming) {
        for (const [name, backend] of [['A', a], ['B', b]] as const) {
          const at = phase;
          const res = await timed(() => backend.api('/api/health', { token: null }).catch(() => ({ status: 0, body: {} })));
          health.push({ phase: phase === at ? at : 'across', process: name, status: res.status, ms: res.ms, body: res.body });
        }
        await new Promise((r) => setTimeout(r, 500));
      }
    };
    const load = [customers(), customers(), operator()];

    await waitFor(async () => (await a.api('/api/conversations?view=all&limit=50')).body.items?.length ?? 0, (n) => n >= CHATS, 20_000, 'a conversation per chat');
    await new Promise((r) => setTimeout(r, 1000));
    await redis.stop(true);
    phase = 'during';
    const outageStarted = Date.now();
    const watching = watchHealth();
    const exits: string[] = [];
    for (const [name, backend] of [['A', a], ['B', b]] as const) void backend.exited().then(() => exits.push(`${name} exited (${backend.child.exitCode ?? backend.child.signalCode})`));
    await new Promise((r) => setTimeout(r, OUTAGE_MS / 2));
    const opened = await post(JSON.stringify(messageUpdate(NEW_CHAT, 1, { text: 'first words during the outage' })));
    await new Promise((r) => setTimeout(r, OUTAGE_MS / 2));
    expect(exits, 'processes that exited during the outage').toEqual([]);
    expect(opened.status, 'a new conversation during the outage').toBe(200);
    phase = 'returning';
    await redis.start();
    phase = 'after';
    const outageMs = Date.now() - outageStarted;
    await new Promise((r) => setTimeout(r, 3000));
    streaming = false;
    await Promise.all([...load, watching]);

    for (const externalId of unacknowledged) {
      let status = 0;
      for (let attempt = 0; attempt < 20 && status !== 200; attempt += 1) status = (await post(updates.get(externalId)!.body)).status;
      expect(status, `retry of ${externalId}`).toBe(200);
    }

    expect([a.child.pid, b.child.pid]).toEqual(pids);
    expect([a.child.exitCode ?? a.child.signalCode, b.child.exitCode ?? b.child.signalCode]).toEqual([null, null]);

    // During the outage: everything answered, at once, and nothing refused.
    const during = <T extends Answer>(answers: T[]) => answers.filter((x) => x.phase === 'during');
    expect(during(webhooks).length, 'webhooks during the outage').toBeGreaterThan(20);
    expect(during(webhooks).filter((w) => w.status !== 200), 'webhooks not answered 200 during the outage').toEqual([]);
    expect(during(replies).length, 'replies during the outage').toBeGreaterThan(CHATS);
    expect(during(replies).filter((r) => r.status !== 201 || r.messageStatus !== 'pending'), 'replies not accepted pending during the outage').toEqual([]);
    const settled = during(health).filter((h, i, all) => i >= 4 || all.length < 4);
    expect(settled.length).toBeGreaterThan(10);
    expect(settled.filter((h) => h.status !== 200 || h.body.status !== 'degraded' || h.body.redis !== 'down' || h.body.db !== 'ok'), 'health during the outage').toEqual([]);
    const slowest = (answers: Answer[]) => Math.max(0, ...answers.map((x) => x.ms));
    expect(slowest(during(health)), 'slowest /api/health during the outage (ms)').toBeLessThan(2000);
    expect(slowest(during(webhooks)), 'slowest webhook during the outage (ms)').toBeLessThan(5000);
    expect(slowest(during(replies)), 'slowest reply during the outage (ms)').toBeLessThan(5000);

    // Inbound: every update stored exactly once.
    const rows = await db.query<{ externalId: string; n: number }>("SELECT externalId, COUNT(*) AS n FROM messages WHERE inboxId = ? AND direction = 'in' GROUP BY externalId", [inboxId]);
    const stored = new Map(rows.map((r) => [r.externalId, Number(r.n)]));
    expect([...updates.keys()].filter((id) => stored.get(id) !== 1), 'inbound messages missing or stored twice').toEqual([]);

    // Outbound: every accepted reply reaches Telegram once, those written while Redis was gone included.
    const accepted = replies.filter((r) => r.status === 201).map((r) => r.text);
    const notDeliveredOnce = () => {
      const counts = new Map<string, number>();
      for (const call of fake.callsTo('sendMessage')) counts.set(String(call.params.text), (counts.get(String(call.params.text)) ?? 0) + 1);
      // Each as `text ×n`: a reply missing (×0) and one sent twice (×2) have different causes.
      return accepted.filter((text) => counts.get(text) !== 1).map((text) => `${text} ×${counts.get(text) ?? 0}`);
    };
    await waitFor(async () => notDeliveredOnce(), (missing) => missing.length === 0, 90_000, 'every reply sent to Telegram once');

    // Jobs refused meanwhile run once Redis is back: the new customer is greeted, once.
    const greetings = () => fake.callsTo('sendMessage').filter((call) => Number(call.params.chat_id) === NEW_CHAT && call.params.text === GREETING).length;
    await waitFor(async () => greetings(), (n) => n > 0, 30_000, 'the greeting of the conversation opened during the outage');

    // Pushes: the operator on B heard each message taken by A, those of the outage when Redis came back, including
    // the one emitted in the instant Redis died (published again). Twice is allowed only for such an emit: at most one.
    const texts = () => acknowledged.map((id) => updates.get(id)!.text);
    const missedOnB = () => texts().filter((text) => !heardOnB.has(text));
    await waitFor(async () => missedOnB(), (missing) => missing.length === 0, 30_000, 'every message heard by the operator on B');
    await new Promise((r) => setTimeout(r, 1000));
    expect(texts().filter((text) => (heardOnB.get(text) ?? 0) > 1).length, 'messages heard twice').toBeLessThanOrEqual(1);
    expect(missedOnB(), 'pushes B never heard').toEqual([]);
    expect(greetings(), 'greetings of the conversation opened during the outage').toBe(1);

    for (const backend of [a, b]) expect((await backend.api('/api/health', { token: null })).body).toMatchObject({ status: 'ok', db: 'ok', redis: 'ok' });
    console.log(
      `[redis outage] ${Math.round(outageMs / 1000)} s without Redis: ${during(webhooks).length} webhooks (slowest ${slowest(during(webhooks))} ms), ` +
        `${during(replies).length} replies accepted pending (slowest ${slowest(during(replies))} ms), ${during(health).length} health checks (slowest ${slowest(during(health))} ms); ` +
        `${updates.size} inbound in all, ${accepted.length} replies sent once, ${acknowledged.length - missedOnB().length} of ${acknowledged.length} messages heard on B`,
    );
  }, 240_000);
});
