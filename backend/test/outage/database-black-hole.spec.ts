import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { telegramMessageExternalId } from '@inbox/connectors';
import { messageUpdate } from '../support/telegram-fixtures';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startBlackHoleProxy, type BlackHoleProxy } from './black-hole-proxy';
import { onMariaDbAndRedis } from './on-mariadb-and-redis';
import { startTelegramBackend, type TelegramBackend } from './telegram-backend';

/**
 * The database stops answering for 20 s without refusing anything: the
 * backend reaches MariaDB through a proxy of the test's own that turns into
 * a black hole (connections are accepted, nothing comes back). Waiting on it
 * costs a bounded time: webhooks answer 503 (Telegram retries those) within
 * one database time limit, and at once once the backend knows the server is
 * silent; /api/health says `db: timeout` within 2 s. When the path heals
 * (what was held arrives late, as TCP would deliver it, a COMMIT the
 * backend gave up on included) the same process serves again by itself,
 * and after the provider's retries every message is stored exactly once.
 */
const HOLE_MS = 20_000;
/** DATABASE_TIMEOUT_MS as shipped: the test runs with the default. */
const DATABASE_TIMEOUT_MS = 5000;
const CHATS = 12;

/** An answer, with when its request was made (epoch ms) and how long it took. */
interface Answer {
  at: number;
  ms: number;
  status: number;
}

describe.skipIf(!onMariaDbAndRedis('database black hole'))('the database stops answering for 20 s during a stream of webhooks', () => {
  let db: TestDatabase;
  let proxy: BlackHoleProxy;
  let tg: TelegramBackend;

  beforeAll(async () => {
    db = await createTestDatabase();
    const server = new URL(db.url);
    proxy = await startBlackHoleProxy({ host: server.hostname, port: Number(server.port || 3306) });
    server.host = `127.0.0.1:${proxy.port}`;
    tg = await startTelegramBackend({ DATABASE_URL: server.toString(), DATABASE_POOL_SIZE: '10', REDIS_URL: process.env.REDIS_URL! });
  }, 120_000);
  afterAll(async () => {
    proxy?.heal();
    await tg?.close();
    await proxy?.close();
    await db?.drop();
  });

  it('answers every webhook and health check within bounds meanwhile, recovers without a restart and keeps every message exactly once', async () => {
    const { backend, inboxId, post } = tg;
    const pid = backend.child.pid;
    let next = 0;
    const sent = new Map<string, string>();
    const unacknowledged: string[] = [];
    const webhooks: Answer[] = [];
    const health: Array<Answer & { db?: string }> = [];

    let streaming = true;
    const stream = async () => {
      while (streaming) {
        next += 1;
        const chat = 950_000 + (next % CHATS);
        const externalId = telegramMessageExternalId(chat, 40_000 + next);
        sent.set(externalId, JSON.stringify(messageUpdate(chat, 40_000 + next, { text: `stream ${next}` })));
        const at = Date.now();
        const status = await post(sent.get(externalId)!);
        webhooks.push({ at, status, ms: Date.now() - at });
        if (status !== 200) {
          unacknowledged.push(externalId);
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    const checkHealth = async () => {
      const at = Date.now();
      const res = await fetch(`${backend.url}/api/health`, { signal: AbortSignal.timeout(20_000) }).then(
        async (r) => ({ status: r.status, body: (await r.json()) as { db?: string } }),
        () => ({ status: 0, body: {} as { db?: string } }),
      );
      health.push({ at, status: res.status, ms: Date.now() - at, db: res.body.db });
      return res;
    };
    const senders = Array.from({ length: 4 }, stream);

    await new Promise((r) => setTimeout(r, 2000));
    proxy.blackHole();
    const holed = Date.now();
    while (Date.now() < holed + HOLE_MS) {
      await checkHealth();
      await new Promise((r) => setTimeout(r, 500));
    }
    proxy.heal();
    const healed = Date.now();
    const recoveredBy = healed + 60_000;
    while ((await checkHealth()).status !== 200) {
      if (Date.now() > recoveredBy) throw new Error(`not recovered: ${JSON.stringify(health.at(-1))}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const recoveryMs = Date.now() - healed;
    const acknowledgedBefore = webhooks.filter((w) => w.status === 200).length;
    await new Promise((r) => setTimeout(r, 2000));
    streaming = false;
    await Promise.all(senders);
    expect(webhooks.filter((w) => w.status === 200).length, 'webhooks answered 200 after the path healed').toBeGreaterThan(acknowledgedBefore);

    // What the provider does with a non-200: it sends the same update again until it is taken.
    for (const externalId of unacknowledged) {
      let status = 0;
      for (let attempt = 0; attempt < 20 && status !== 200; attempt += 1) status = await post(sent.get(externalId)!);
      expect(status, `retry of ${externalId}`).toBe(200);
    }

    expect(backend.child.pid).toBe(pid);
    expect(backend.child.exitCode).toBeNull();

    // Requests the hole caught: made before it healed and not answered before it began.
    const caught = <T extends Answer>(answers: T[]) => answers.filter((a) => a.at < healed && a.at + a.ms > holed);
    const during = caught(webhooks);
    const slowest = (answers: Array<{ ms: number }>) => Math.max(0, ...answers.map((a) => a.ms));
    expect(during.filter((w) => w.status !== 200 && w.status !== 503), 'webhooks during the hole answered neither 200 nor 503 (0: no answer in 20 s)').toEqual([]);
    expect(during.filter((w) => w.status === 503).length, 'webhooks refused during the hole').toBeGreaterThan(0);
    // No request waits out more than one limit, with a second to spare on a loaded machine.
    expect(slowest(during), 'slowest webhook during the hole (ms)').toBeLessThan(DATABASE_TIMEOUT_MS + 1000);
    const checks = caught(health);
    expect(checks.length).toBeGreaterThan(HOLE_MS / 2500);
    expect(checks.filter((h) => h.at + h.ms < healed && (h.status !== 503 || h.db !== 'timeout')), 'health answered during the hole').toEqual([]);
    expect(slowest(checks), 'slowest /api/health during the hole (ms)').toBeLessThan(2000);

    const rows = await db.query<{ externalId: string; n: number }>('SELECT externalId, COUNT(*) AS n FROM messages WHERE inboxId = ? GROUP BY externalId', [inboxId]);
    const counts = new Map(rows.map((r) => [r.externalId, Number(r.n)]));
    expect([...sent.keys()].filter((id) => counts.get(id) !== 1), 'messages missing or stored twice').toEqual([]);
    expect(counts.size).toBe(sent.size);
    console.log(
      `[database black hole] ${HOLE_MS / 1000} s: ${during.length} webhooks (${during.filter((w) => w.status === 503).length} answered 503, slowest ${slowest(during)} ms), ` +
        `${checks.length} health checks (slowest ${slowest(checks)} ms); answering again ${recoveryMs} ms after the path healed; ${sent.size} updates, retried ${unacknowledged.length}`,
    );
  }, 240_000);
});
