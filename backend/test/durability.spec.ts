import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeTelegramApi } from '../../connectors/test/fake-telegram-api';
import { assertBackendBuilt, startBackendProcess } from './support/backend-process';
import { BOT_TOKEN, messageUpdate } from './support/telegram-fixtures';
import { connectVisitor, freePort } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

describe('durability of acknowledged messages', () => {
  let db: TestDatabase;
  let dataDir: string;
  let telegram: FakeTelegramApi;
  let env: Record<string, string>;
  let url: string;

  beforeAll(async () => {
    assertBackendBuilt();
    db = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'inbox-durability-'));
    telegram = await FakeTelegramApi.start({ tokens: [BOT_TOKEN] });
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    env = {
      DATABASE_URL: db.url,
      DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_URL: url,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      APP_SECRET: randomBytes(32).toString('hex'),
      REDIS_PREFIX: `inbox-durability-${randomBytes(4).toString('hex')}`,
      // The MariaDB + Redis pass of the suite runs it on Redis too.
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    };
  });
  afterAll(async () => {
    await telegram?.close();
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged widget message exactly once when the backend is killed with SIGKILL', async () => {
    let backend = await startBackendProcess(env);
    const inboxKey = (await backend.api('/api/inboxes', { body: { type: 'webchat', name: 'Durable site' } })).body.inbox.publicKey;

    const visitor = await connectVisitor(url, inboxKey);
    const ids = Array.from({ length: 300 }, () => randomUUID());
    const acked = new Set<string>();
    let killed = false;
    // Messages keep flowing; the process dies mid-stream, right after an acknowledgement.
    await Promise.all(
      ids.map(
        (clientMessageId, i) =>
          new Promise<void>((done) => {
            setTimeout(() => {
              if (killed) return done();
              visitor.socket.timeout(15_000).emit('message.send', { text: `m${i}`, clientMessageId }, (err: Error | null, ack: { message?: unknown }) => {
                if (!err && ack?.message) acked.add(clientMessageId);
                if (!killed && acked.size >= 120) {
                  killed = true;
                  backend.child.kill('SIGKILL');
                }
                done();
              });
            }, i * 2);
          }),
      ),
    );
    visitor.socket.close();
    expect(killed).toBe(true);
    await backend.exited();

    backend = await startBackendProcess(env);
    try {
      const again = await connectVisitor(url, inboxKey, visitor.session.visitorToken);
      const stored = new Map<string, number>();
      let before: number | undefined;
      for (;;) {
        const page = await again.socket.emitWithAck('history', before ? { before } : {});
        for (const m of page.items) stored.set(m.clientMessageId, (stored.get(m.clientMessageId) ?? 0) + 1);
        if (page.items.length < 50) break;
        before = page.items[0].id;
      }
      for (const id of acked) expect(stored.get(id), `acknowledged message ${id}`).toBe(1);

      // The widget re-sends what was not acknowledged; nothing is doubled.
      for (const [i, clientMessageId] of ids.entries()) {
        const ack = await again.socket.emitWithAck('message.send', { text: `m${i}`, clientMessageId });
        expect(ack.message).toBeTruthy();
      }
      const conversationId = (await again.socket.emitWithAck('history', {})).items[0].conversationId;
      const res = await backend.api(`/api/conversations/${conversationId}/messages?limit=200`);
      expect(res.status).toBe(200);
      let total = 0;
      let cursor: number | undefined;
      for (;;) {
        const page = (await backend.api(`/api/conversations/${conversationId}/messages?limit=200${cursor ? `&before=${cursor}` : ''}`)).body;
        total += page.items.length;
        if (page.items.length < 200) break;
        cursor = page.items[0].id;
      }
      expect(total).toBe(ids.length);
      again.socket.close();
    } finally {
      await backend.stop();
    }
  }, 120_000);

  it('keeps every acknowledged Telegram webhook exactly once when the backend is killed with SIGKILL during 5,000 of them', async () => {
    let backend = await startBackendProcess(env);
    const created = await backend.api('/api/inboxes', { body: { type: 'telegram', name: 'Durable bot', telegram: { botToken: BOT_TOKEN, mode: 'webhook' } } });
    expect(created.status).toBe(201);
    const inboxId = created.body.inbox.id as number;
    const secret = telegram.webhook?.secretToken ?? '';
    // 500 customers writing 10 messages each, in arrival order.
    const updates = Array.from({ length: 5000 }, (_, i) => {
      const [chatId, messageId] = [7_000_000 + (i % 500), 100 + Math.floor(i / 500)];
      return { body: messageUpdate(chatId, messageId, { text: `update ${i}` }), externalId: `${chatId}:${messageId}` };
    });
    const post = (u: unknown) =>
      fetch(`${url}/webhooks/telegram/${inboxId}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body: JSON.stringify(u) }).then(
        (r) => r.status,
        () => 0,
      );

    // 64 in flight, as a provider delivering a backlog would; the process dies after 2,000 acknowledgements.
    const acked = new Set<string>();
    let next = 0;
    let killed = false;
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        while (!killed && next < updates.length) {
          const update = updates[next++];
          if ((await post(update.body)) !== 200) continue;
          acked.add(update.externalId);
          if (!killed && acked.size >= 2000) {
            killed = true;
            backend.child.kill('SIGKILL');
          }
        }
      }),
    );
    expect(killed).toBe(true);
    await backend.exited();

    backend = await startBackendProcess(env);
    try {
      const counts = async () =>
        new Map(
          (await db.query<{ externalId: string; n: number | string }>('SELECT externalId, COUNT(*) AS n FROM messages WHERE inboxId = ? AND direction = ? GROUP BY externalId', [inboxId, 'in'])).map((r) => [
            r.externalId,
            Number(r.n),
          ]),
        );
      const afterCrash = await counts();
      for (const id of acked) expect(afterCrash.get(id), `acknowledged update ${id}`).toBe(1);

      // Telegram delivers again whatever was not acknowledged; here everything is posted again: nothing doubles.
      for (let i = 0; i < updates.length; i += 64) {
        const statuses = await Promise.all(updates.slice(i, i + 64).map((u) => post(u.body)));
        expect(statuses.filter((s) => s !== 200)).toEqual([]);
      }
      const final = await counts();
      expect(final.size).toBe(updates.length);
      expect([...final.values()].every((n) => n === 1)).toBe(true);
    } finally {
      await backend.stop();
    }
  }, 240_000);
});
