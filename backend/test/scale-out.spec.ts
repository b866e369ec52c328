import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeTelegramApi } from '../../connectors/test/fake-telegram-api';
import { useProcessGroup } from './support/backend-process';
import { waitFor } from './support/operators';
import { BOT_TOKEN, messageUpdate } from './support/telegram-fixtures';
import { connectSocket, connectVisitor, nextEvent } from './support/test-app';

const scaledOut = /^(mysql|mariadb):/.test(process.env.DATABASE_URL ?? '') && Boolean(process.env.REDIS_URL);
if (!scaledOut) console.log('scale-out suite skipped: it needs DATABASE_URL=mysql://… and REDIS_URL (CI runs it in the MariaDB + Redis pass)');

const VISITORS = 4;
const MESSAGES_EACH = 150;

/**
 * Two backend processes on one MariaDB and one Redis, as docker-compose runs
 * replicas: a socket on one hears what arrives through the other, one owner
 * polls the Telegram bot, and when a process dies mid-load nothing is lost
 * and its connector moves to the survivor.
 */
describe.skipIf(!scaledOut)('two backend processes act as one', () => {
  let telegram: FakeTelegramApi;
  const group = useProcessGroup('scale', () => ({ TELEGRAM_API_ROOT: telegram.apiRoot, LEASE_TTL_SECONDS: '2' }));
  const backend = () => group.start();

  beforeAll(async () => {
    telegram = await FakeTelegramApi.start({ tokens: [BOT_TOKEN] });
  });
  afterAll(async () => {
    await telegram?.close();
  });

  it('delivers across processes, keeps one connector owner, and loses nothing when one process is killed', async () => {
    // B starts alone and connects the bot, so B owns its polling loop.
    const b = await backend();
    const created = await b.api('/api/inboxes', { body: { type: 'telegram', name: 'Polled bot', telegram: { botToken: BOT_TOKEN, mode: 'polling' } } });
    expect(created.status).toBe(201);
    const telegramInboxId = created.body.inbox.id as number;
    const widget = await b.api('/api/inboxes', { body: { type: 'webchat', name: 'Site' } });
    expect(widget.status).toBe(201);
    const { id: widgetInboxId, publicKey: inboxKey } = widget.body.inbox as { id: number; publicKey: string };

    const a = await backend();
    const operator = await a.api('/api/agents', { body: { email: 'op@test.local', password: 'operator-pass-1', name: 'Olga', maxChats: 50 } });
    expect(operator.status).toBe(201);
    const operatorToken = (await a.api('/api/auth/login', { token: null, body: { email: 'op@test.local', password: 'operator-pass-1' } })).body.accessToken as string;
    expect((await a.api('/api/agents/me/status', { method: 'PATCH', token: operatorToken, body: { status: 'online' } })).status).toBe(200);
    const operatorSocket: Socket = await connectSocket(`${a.url}/agents`, { token: operatorToken });
    // Widget messages by the browser's id, Telegram ones by their text.
    const heardOnA = new Set<string>();
    operatorSocket.on('message.created', ({ message }: { message: { clientMessageId: string | null; text: string | null } }) => {
      heardOnA.add(`id:${message.clientMessageId}`);
      heardOnA.add(`text:${message.text}`);
    });

    // A widget message through B reaches the operator's socket on A (socket.io's Redis adapter), and the
    // visitor's other tab, open on A, while the tab that sent it is left out.
    const first = await connectVisitor(b.url, inboxKey);
    const otherTab = await connectVisitor(a.url, inboxKey, first.session.visitorToken);
    let echoesToSender = 0;
    first.socket.on('message.created', () => echoesToSender++);
    const echoedOnA = nextEvent(otherTab.socket, 'message.created', 10_000);
    const hello = randomUUID();
    expect((await first.socket.emitWithAck('message.send', { text: 'Hello from B', clientMessageId: hello })).message).toBeTruthy();
    await waitFor(async () => heardOnA.has(`id:${hello}`), Boolean, 10_000, 'the operator on A hearing a message sent through B');
    expect((await echoedOnA).message.clientMessageId).toBe(hello);
    expect(echoesToSender).toBe(0);
    first.socket.close();
    otherTab.socket.close();

    // One owner polls the bot: its updates arrive, and never two getUpdates at once.
    telegram.pushUpdates(messageUpdate(555_001, 1, { text: 'polled before the crash' }));
    await waitFor(async () => heardOnA.has('text:polled before the crash'), Boolean, 10_000, 'the polled update');

    // Load through B: visitors keep writing and the bot keeps receiving, then B is killed.
    const visitors = await Promise.all(Array.from({ length: VISITORS }, () => connectVisitor(b.url, inboxKey)));
    const sent = visitors.map(() => Array.from({ length: MESSAGES_EACH }, () => randomUUID()));
    const acked: string[] = [];
    let killed = false;
    const polled: string[] = [];
    const feeder = setInterval(() => {
      const id = 2 + polled.length;
      telegram.pushUpdates(messageUpdate(555_001, id, { text: `polled ${id}` }));
      polled.push(`555001:${id}`);
    }, 20);
    await Promise.all(
      visitors.map(async (visitor, v) => {
        for (const [i, clientMessageId] of sent[v].entries()) {
          if (killed) return;
          const ack = await visitor.socket
            .timeout(5000)
            .emitWithAck('message.send', { text: `v${v} m${i}`, clientMessageId })
            .catch(() => null);
          if (ack?.message) acked.push(clientMessageId);
          if (!killed && acked.length >= (VISITORS * MESSAGES_EACH) / 3) {
            killed = true;
            b.child.kill('SIGKILL');
          }
        }
      }),
    );
    expect(killed).toBe(true);
    await b.exited();
    for (const visitor of visitors) visitor.socket.close();

    // The widget sends again what was not acknowledged, now to A; nothing is lost or doubled.
    await Promise.all(
      visitors.map(async (visitor, v) => {
        const again = await connectVisitor(a.url, inboxKey, visitor.session.visitorToken);
        for (const [i, clientMessageId] of sent[v].entries()) {
          const ack = await again.socket.emitWithAck('message.send', { text: `v${v} m${i}`, clientMessageId });
          expect(ack.message, `resend of ${clientMessageId}`).toBeTruthy();
        }
        again.socket.close();
      }),
    );
    const storedIn = async (inboxId: number, key: string) =>
      new Map(
        (await group.db.query<{ id: string; n: number | string }>(`SELECT ${key} AS id, COUNT(*) AS n FROM messages WHERE inboxId = ? AND direction = 'in' GROUP BY externalId`, [inboxId])).map((r) => [
          r.id,
          Number(r.n),
        ]),
      );
    const widgetRows = await storedIn(widgetInboxId, "SUBSTRING_INDEX(externalId, ':', -1)");
    const widgetIds = [hello, ...sent.flat()];
    expect(widgetRows.size).toBe(widgetIds.length);
    for (const id of widgetIds) expect(widgetRows.get(id), `widget message ${id}`).toBe(1);

    // A took over the bot from the dead process: every update pushed arrives exactly once.
    clearInterval(feeder);
    const lastId = 2 + polled.length;
    telegram.pushUpdates(messageUpdate(555_001, lastId, { text: 'after the crash' }));
    polled.push(`555001:${lastId}`);
    // Takeover needs B's lease to lapse (2 s) and a start of polling; 30 s leaves room for a loaded CI machine.
    await waitFor(async () => heardOnA.has('text:after the crash'), Boolean, 30_000, 'A polling the bot after B died');
    const polledRows = await storedIn(telegramInboxId, 'externalId');
    expect([...polledRows.keys()].sort()).toEqual(['555001:1', ...polled].sort());
    expect([...polledRows.values()].every((n) => n === 1)).toBe(true);
    expect(telegram.peakOpenPolls).toBe(1);

    // The operator on A heard what B acknowledged, but for B's last moments: a killed process may
    // die between its acknowledgement and its publish to Redis (the inbox reloads on reconnect).
    for (const id of acked.slice(0, -VISITORS * 8)) expect(heardOnA.has(`id:${id}`), `operator heard ${id}`).toBe(true);
    operatorSocket.close();
  }, 180_000);
});

/**
 * A new customer's first messages reaching both processes at the same
 * moment (replicas behind one address, a provider's retry landing on the
 * other): each process tries to store the customer, the unique keys let one
 * win, and the other's message joins what the winner stored.
 */
describe.skipIf(!scaledOut)('a new customer writing to two processes at once', () => {
  let telegram: FakeTelegramApi;
  const group = useProcessGroup('first-contact', () => ({ TELEGRAM_API_ROOT: telegram.apiRoot }));

  beforeAll(async () => {
    telegram = await FakeTelegramApi.start({ tokens: [BOT_TOKEN] });
  });
  afterAll(async () => {
    await telegram?.close();
  });

  it('gets one contact, identity and open conversation, and every message stored once', async () => {
    // One after the other: the first migrates the new database.
    const a = await group.start();
    const b = await group.start();
    const created = await a.api('/api/inboxes', { body: { type: 'telegram', name: 'Webhook bot', telegram: { botToken: BOT_TOKEN, mode: 'webhook' } } });
    expect(created.status).toBe(201);
    const inboxId = created.body.inbox.id as number;
    const headers = { 'x-telegram-bot-api-secret-token': telegram.webhook?.secretToken ?? '' };
    const chats = Array.from({ length: 8 }, (_, i) => 556_300_000 + i);
    const updates = chats.flatMap((chat) => [1, 2].map((n) => messageUpdate(chat, n, { text: `${chat} first ${n}` })));
    // Every update to both processes at once: each message arrives twice, once at each.
    const answers = await Promise.all(updates.flatMap((update) => [a, b].map((p) => p.api(`/webhooks/telegram/${inboxId}`, { token: null, body: update, headers }))));
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));
    const count = async (table: string) => Number((await group.db.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    expect(await count('contacts')).toBe(chats.length);
    expect(await count('contact_identities')).toBe(chats.length);
    expect(await count('conversations')).toBe(chats.length);
    for (const chat of chats) {
      const rows = await group.db.query<{ text: string; conversationId: number }>(
        'SELECT m.text AS text, m.conversationId AS conversationId FROM contact_identities i JOIN conversations v ON v.contactId = i.contactId AND v.inboxId = i.inboxId AND v.openKey IS NOT NULL JOIN messages m ON m.conversationId = v.id WHERE i.inboxId = ? AND i.externalId = ?',
        [inboxId, String(chat)],
      );
      expect(rows.map((r) => r.text).sort()).toEqual([`${chat} first 1`, `${chat} first 2`]);
    }
  });
});
