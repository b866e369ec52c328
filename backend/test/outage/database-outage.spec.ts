import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { telegramMessageExternalId } from '@inbox/connectors';
import { startPrivateMariaDb, type PrivateServer } from '../support/private-servers';
import { messageUpdate } from '../support/telegram-fixtures';
import { startTelegramBackend, type TelegramBackend } from './telegram-backend';

/**
 * The database goes away for 10 s under a stream of Telegram webhooks, on a
 * MariaDB of the test's own. While it is gone webhooks answer 503 (Telegram
 * retries those) and /api/health says the database is down; when it is
 * back the same backend process serves again by itself, and after the
 * provider's retries every message is stored exactly once.
 */
const OUTAGE_MS = 10_000;
const CHATS = 12;

describe('the database stops for 10 s during a stream of webhooks', () => {
  let mariadb: PrivateServer;
  let tg: TelegramBackend;

  beforeAll(async () => {
    mariadb = await startPrivateMariaDb();
    tg = await startTelegramBackend({ DATABASE_URL: mariadb.url, DATABASE_POOL_SIZE: '5' });
  }, 120_000);
  afterAll(async () => {
    await tg?.close();
    await mariadb?.destroy();
  });

  it('answers 503 meanwhile, says so on /api/health, recovers without a restart and keeps every message exactly once', async () => {
    const { backend, inboxId, post } = tg;
    const pid = backend.child.pid;
    let next = 0;
    const sent = new Map<string, string>();
    const unacknowledged: string[] = [];
    const statuses = { during: new Map<number, number>(), all: new Map<number, number>() };
    let phase: 'before' | 'during' | 'after' = 'before';
    const newUpdate = () => {
      next += 1;
      const chat = 900_000 + (next % CHATS);
      const update = messageUpdate(chat, 10_000 + next, { text: `stream ${next}` });
      const externalId = telegramMessageExternalId(chat, 10_000 + next);
      sent.set(externalId, JSON.stringify(update));
      return externalId;
    };
    let streaming = true;
    const stream = async () => {
      while (streaming) {
        const externalId = newUpdate();
        const status = await post(sent.get(externalId)!);
        statuses.all.set(status, (statuses.all.get(status) ?? 0) + 1);
        if (phase === 'during') statuses.during.set(status, (statuses.during.get(status) ?? 0) + 1);
        if (status !== 200) unacknowledged.push(externalId);
        if (status !== 200) await new Promise((r) => setTimeout(r, 50));
      }
    };
    const senders = Array.from({ length: 4 }, stream);

    await new Promise((r) => setTimeout(r, 2000));
    phase = 'during';
    await mariadb.stop();
    const health: Array<{ status: number; db: string }> = [];
    const outageEnds = Date.now() + OUTAGE_MS;
    while (Date.now() < outageEnds) {
      const res = await backend.api('/api/health', { token: null });
      health.push({ status: res.status, db: res.body.db });
      await new Promise((r) => setTimeout(r, 500));
    }
    await mariadb.start();
    // Recovery by itself: the same process answers 200 again, with no restart.
    const recoveredBy = Date.now() + 60_000;
    for (;;) {
      const res = await backend.api('/api/health', { token: null });
      if (res.status === 200 && res.body.db === 'ok') break;
      if (Date.now() > recoveredBy) throw new Error(`not recovered: ${JSON.stringify(res.body)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    phase = 'after';
    const acknowledgedBefore = statuses.all.get(200) ?? 0;
    await new Promise((r) => setTimeout(r, 2000));
    streaming = false;
    await Promise.all(senders);
    expect(statuses.all.get(200) ?? 0, 'webhooks answered 200 after the database came back').toBeGreaterThan(acknowledgedBefore);

    // What the provider does with a non-200: it sends the same update again until it is taken.
    for (const externalId of unacknowledged) {
      let status = 0;
      for (let attempt = 0; attempt < 20 && status !== 200; attempt += 1) status = await post(sent.get(externalId)!);
      expect(status, `retry of ${externalId}`).toBe(200);
    }

    expect(backend.child.pid).toBe(pid);
    expect(backend.child.exitCode).toBeNull();
    expect(statuses.during.get(503) ?? 0, JSON.stringify([...statuses.during])).toBeGreaterThan(0);
    expect([...statuses.all.keys()].filter((s) => s !== 200 && s !== 503), JSON.stringify([...statuses.all])).toEqual([]);
    expect(health.filter((h) => h.status === 503 && h.db === 'down').length).toBeGreaterThan(OUTAGE_MS / 1000);
    expect(health.filter((h) => h.status !== 503)).toEqual([]);

    const conn = await createConnection({ host: '127.0.0.1', port: mariadb.port, user: 'root', database: 'inbox' });
    const [rows] = await conn.query('SELECT externalId, COUNT(*) AS n FROM messages WHERE inboxId = ? GROUP BY externalId', [inboxId]);
    await conn.end();
    const counts = new Map((rows as Array<{ externalId: string; n: number }>).map((r) => [r.externalId, Number(r.n)]));
    expect([...sent.keys()].filter((id) => counts.get(id) !== 1), 'messages missing or stored twice').toEqual([]);
    expect(counts.size).toBe(sent.size);
    console.log(`[outage] ${sent.size} updates; answers: ${JSON.stringify(Object.fromEntries(statuses.all))}; during the outage: ${JSON.stringify(Object.fromEntries(statuses.during))}; retried ${unacknowledged.length}`);
  }, 180_000);
});
