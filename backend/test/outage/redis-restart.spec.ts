import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { telegramMessageExternalId } from '@inbox/connectors';
import { startPrivateRedis, type PrivateServer } from '../support/private-servers';
import { messageUpdate } from '../support/telegram-fixtures';
import { startTelegramBackend, type TelegramBackend } from './telegram-backend';

/**
 * Redis (a private redis-server without persistence) is killed and comes
 * back empty while customers write through the Telegram webhook and the
 * operator answers. Nothing is lost: every acknowledged inbound message is
 * stored once, and every reply the operator sent reaches Telegram exactly
 * once, its job rebuilt from the row when the queue lost it.
 */
const CHATS = 6;

describe('Redis restarts empty in the middle of the traffic', () => {
  let redis: PrivateServer;
  let tg: TelegramBackend;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    tg = await startTelegramBackend({ REDIS_URL: redis.url, DELIVERY_BACKOFF_MS: '200' });
  }, 120_000);
  afterAll(async () => {
    await tg?.close();
    await redis?.destroy();
  });

  it('loses no inbound message and no reply', async () => {
    const sent = new Map<string, string>();
    const unacknowledged: string[] = [];
    const replies: string[] = [];
    const answers = new Map<number, number>();
    let next = 0;
    let streaming = true;
    const { backend, fake, post } = tg;
    const customers = async () => {
      while (streaming) {
        next += 1;
        const chat = 800_000 + (next % CHATS);
        const externalId = telegramMessageExternalId(chat, 20_000 + next);
        sent.set(externalId, JSON.stringify(messageUpdate(chat, 20_000 + next, { text: `customer ${next}` })));
        const status = await post(sent.get(externalId)!);
        answers.set(status, (answers.get(status) ?? 0) + 1);
        if (status !== 200) unacknowledged.push(externalId);
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    let replyNo = 0;
    const operator = async () => {
      while (streaming) {
        const list = await backend.api('/api/conversations?view=all&limit=50');
        for (const conversation of (list.body.items ?? []) as Array<{ id: number; status: string }>) {
          if (conversation.status === 'closed') continue;
          replyNo += 1;
          const text = `reply ${replyNo}`;
          const res = await backend.api(`/api/conversations/${conversation.id}/messages`, { body: { text } });
          if (res.status === 201 || res.status === 200) replies.push(text);
        }
        // About one reply per chat a second: Telegram takes one message per chat a second, so a faster
        // operator would only grow a backlog that the wait below has to outlast.
        await new Promise((r) => setTimeout(r, 1000));
      }
    };
    const load = [customers(), customers(), operator()];

    await new Promise((r) => setTimeout(r, 2000));
    await redis.stop(true);
    await new Promise((r) => setTimeout(r, 2000));
    await redis.start();
    await new Promise((r) => setTimeout(r, 3000));
    streaming = false;
    await Promise.all(load);

    for (const externalId of unacknowledged) {
      let status = 0;
      for (let attempt = 0; attempt < 20 && status !== 200; attempt += 1) status = await post(sent.get(externalId)!);
      expect(status, `retry of ${externalId}`).toBe(200);
    }

    // Inbound: every update stored exactly once.
    const stored = new Map<string, number>();
    const conversations = (await backend.api('/api/conversations?view=all&limit=200')).body.items as Array<{ id: number }>;
    for (const c of conversations) {
      for (let before: number | undefined; ; ) {
        const page = (await backend.api(`/api/conversations/${c.id}/messages?limit=200${before ? `&before=${before}` : ''}`)).body.items as Array<{ id: number; direction: string; text: string }>;
        for (const m of page) if (m.direction === 'in') stored.set(m.text, (stored.get(m.text) ?? 0) + 1);
        if (page.length < 200) break;
        before = page[0].id;
      }
    }
    const texts = [...sent.values()].map((u) => (JSON.parse(u) as { message: { text: string } }).message.text);
    expect(texts.filter((t) => stored.get(t) !== 1), 'inbound messages missing or stored twice').toEqual([]);

    // Outbound: every reply reaches Telegram exactly once, those written while Redis was gone included.
    expect(replies.length).toBeGreaterThan(0);
    const deliveredOnce = async () => {
      const counts = new Map<string, number>();
      for (const call of fake.callsTo('sendMessage')) counts.set(String(call.params.text), (counts.get(String(call.params.text)) ?? 0) + 1);
      return replies.filter((r) => counts.get(r) !== 1);
    };
    const deadline = Date.now() + 30_000;
    while ((await deliveredOnce()).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(await deliveredOnce(), 'replies not delivered exactly once').toEqual([]);
    expect((await backend.api('/api/health', { token: null })).body).toMatchObject({ db: 'ok', redis: 'ok' });
    console.log(`[redis restart] ${sent.size} inbound (answers ${JSON.stringify(Object.fromEntries(answers))}, retried ${unacknowledged.length}), ${replies.length} replies delivered once each`);
  }, 180_000);
});
