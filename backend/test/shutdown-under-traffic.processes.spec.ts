import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeTelegramApi } from '../../connectors/test/fake-telegram-api';
import { useProcessGroup } from './support/backend-process';
import { BOT_TOKEN, messageUpdate } from './support/telegram-fixtures';

const scaledOut = /^(mysql|mariadb):/.test(process.env.DATABASE_URL ?? '') && Boolean(process.env.REDIS_URL);
if (!scaledOut) console.log('shutdown-under-traffic suite skipped: it needs DATABASE_URL=mysql://… and REDIS_URL (CI runs it in the MariaDB + Redis pass)');

const SENDERS = 32;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * SIGTERM while Telegram webhooks keep arriving, as a replica behind a proxy
 * gets them until the proxy notices. The process stops taking requests first
 * (main.ts, common/http-intake.ts): new connections are refused, kept-alive
 * ones close after their response, and only then do the job queue and the
 * rest close. Before, Nest closed the HTTP server last: the process went on
 * answering on its open keep-alive connections with its job queue already
 * closed, and did not exit while they came.
 */
describe.skipIf(!scaledOut)('a process stopped under webhook traffic', () => {
  let telegram: FakeTelegramApi;
  const group = useProcessGroup('shutdown', () => ({ TELEGRAM_API_ROOT: telegram.apiRoot }));

  beforeAll(async () => {
    telegram = await FakeTelegramApi.start({ tokens: [BOT_TOKEN] });
  });
  afterAll(async () => {
    await telegram?.close();
  });

  it('exits within 30 s of SIGTERM while webhooks keep arriving, and every webhook it answered 200 is stored once', async () => {
    const backend = await group.start();
    const created = await backend.api('/api/inboxes', { body: { type: 'telegram', name: 'Bot', telegram: { botToken: BOT_TOKEN } } });
    expect(created.status).toBe(201);
    const secret = telegram.webhook?.secretToken ?? '';
    let sending = true;
    let next = 0;
    const acknowledged: string[] = [];
    const senders = Array.from({ length: SENDERS }, async () => {
      while (sending) {
        const n = next++;
        const status = await fetch(`${backend.url}/webhooks/telegram/${created.body.inbox.id}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
          body: JSON.stringify(messageUpdate(700_000 + n, 1, { text: `update ${n}` })),
        }).then(
          (res) => res.status,
          () => sleep(50).then(() => 0),
        );
        if (status === 200) acknowledged.push(`update ${n}`);
      }
    });
    await sleep(2000);
    backend.child.kill('SIGTERM');
    const exited = await Promise.race([backend.exited().then(() => true), sleep(30_000).then(() => false)]);
    sending = false;
    await Promise.all(senders);
    if (!exited) backend.child.kill('SIGKILL');
    expect(exited, 'the process exited within 30 s of SIGTERM while webhooks kept arriving').toBe(true);
    expect(acknowledged.length).toBeGreaterThan(0);
    const stored = await group.db.query<{ text: string; n: number }>("SELECT text, COUNT(*) AS n FROM messages WHERE text LIKE 'update %' GROUP BY text");
    const times = new Map(stored.map((r) => [r.text, Number(r.n)]));
    expect(acknowledged.filter((text) => times.get(text) !== 1), 'acknowledged webhooks not stored exactly once').toEqual([]);
  }, 120_000);
});
