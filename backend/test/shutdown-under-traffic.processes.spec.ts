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
 * gets them until the proxy notices. Known fault, kept here until it is
 * fixed (docker/README.md, Kubernetes): Nest closes the HTTP server last, so
 * the process goes on answering webhooks on its open keep-alive connections
 * and does not exit while they come, with its job queue already closed (the
 * conversations it opens meanwhile get no routing or greeting job). It exits
 * once they stop. The test asserts the fault, so it fails once the process
 * exits in time: then it should assert the exit.
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

  it('known fault: does not exit within 30 s of SIGTERM while webhooks keep arriving, only once they stop', async () => {
    const backend = await group.start();
    const created = await backend.api('/api/inboxes', { body: { type: 'telegram', name: 'Bot', telegram: { botToken: BOT_TOKEN } } });
    expect(created.status).toBe(201);
    const secret = telegram.webhook?.secretToken ?? '';
    let sending = true;
    let next = 0;
    let acceptedAfterSigterm = 0;
    let sigtermAt = Infinity;
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
        if (status === 200 && Date.now() > sigtermAt) acceptedAfterSigterm++;
      }
    });
    await sleep(2000);
    backend.child.kill('SIGTERM');
    sigtermAt = Date.now();
    const exited = await Promise.race([backend.exited().then(() => true), sleep(30_000).then(() => false)]);
    sending = false;
    await Promise.all(senders);
    // Once they stop, it does.
    const exitedWhenQuiet = exited || (await Promise.race([backend.exited().then(() => true), sleep(10_000).then(() => false)]));
    if (!exitedWhenQuiet) backend.child.kill('SIGKILL');
    expect(acceptedAfterSigterm, 'webhooks answered 200 after SIGTERM').toBeGreaterThan(0);
    expect(exited, 'the process exited within 30 s of SIGTERM (the fault is fixed: assert the exit instead)').toBe(false);
    expect(exitedWhenQuiet, 'the process exited within 10 s of the last webhook').toBe(true);
  }, 120_000);
});
