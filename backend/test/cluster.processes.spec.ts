import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeTelegramApi } from '../../connectors/test/fake-telegram-api';
import { nginxMissing, startLocalProxy, type LocalProxy } from '../../bench/lib/nginx-proxy.cjs';
import { useProcessGroup, type BackendProcess } from './support/backend-process';
import { waitFor } from './support/operators';
import { messageUpdate } from './support/telegram-fixtures';
import { connectSocket, connectVisitor, freePort, type ClientOptions } from './support/test-app';

const scaledOut = /^(mysql|mariadb):/.test(process.env.DATABASE_URL ?? '') && Boolean(process.env.REDIS_URL);
const skipReason = scaledOut ? nginxMissing() : 'it needs DATABASE_URL=mysql://… and REDIS_URL (CI runs it in the MariaDB + Redis pass)';
if (skipReason) console.log(`cluster suite skipped: ${skipReason}`);

const WEBHOOK_TOKEN = '111111:webhook-bot-token';
const POLLED_TOKEN = '222222:polled-bot-token';
const OPERATORS = 8;
const VISITORS = 24;
const MESSAGES_EACH = 25;
const CHATS = 16;
const UPDATES_EACH = 25;
/** An event is owed to an operator whose socket was up this long before and after the message was acknowledged. */
const SETTLE_MS = 2000;
/** socket.io's reconnection, quickened: the widget and the operator app reconnect on their own. */
const RECONNECTING: ClientOptions = { reconnection: true, reconnectionDelay: 200, reconnectionDelayMax: 1000 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One Bot API root for two fake bots, as Telegram serves every bot at one
 * address: each request goes to the fake of the token in its path. A
 * caller that goes away (a killed process) closes its forwarded request too,
 * so the fake sees its long poll end.
 */
async function routeBotsByToken(fakes: Record<string, FakeTelegramApi>) {
  const server = createServer((req, res) => {
    const fake = fakes[/^\/(?:file\/)?bot([^/]+)\//.exec(req.url ?? '')?.[1] ?? ''];
    if (!fake) return void res.writeHead(404).end();
    const target = new URL(fake.apiRoot);
    const forwarded = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forwarded.on('error', () => res.destroy());
    res.on('close', () => forwarded.destroy());
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    apiRoot: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()).closeAllConnections()),
  };
}

/** An operator's /agents socket through the proxy: the texts it heard and when it was connected. */
function listen(socket: Socket) {
  const heard = new Set<string>();
  const spans: Array<[number, number]> = [];
  let since: number | null = Date.now();
  let reconnects = 0;
  socket.on('message.created', ({ message }: { message: { text: string | null } }) => heard.add(message.text ?? ''));
  socket.on('disconnect', () => {
    spans.push([since ?? Date.now(), Date.now()]);
    since = null;
  });
  socket.on('connect', () => (since = Date.now()));
  socket.io.on('reconnect', () => reconnects++);
  return {
    socket,
    heard,
    reconnects: () => reconnects,
    /** Whether the socket was up from SETTLE_MS before `at` to SETTLE_MS after it. */
    listenedAround: (at: number) => [...spans, [since ?? -Infinity, Infinity]].some(([from, to]) => from + SETTLE_MS <= at && at + SETTLE_MS <= to),
  };
}

/**
 * Three backend processes on one MariaDB and one Redis behind nginx running
 * docker/nginx.conf, as docker-compose runs replicas: customers write
 * through the proxy (Telegram webhooks, widget sockets) while operators
 * listen through it; one process is killed and another restarted mid-load.
 */
describe.skipIf(skipReason !== null)('three backend processes behind nginx', () => {
  let webhookBot: FakeTelegramApi;
  let polledBot: FakeTelegramApi;
  let botApi: Awaited<ReturnType<typeof routeBotsByToken>>;
  let proxy: LocalProxy | undefined;
  const sockets: Socket[] = [];
  const group = useProcessGroup('cluster', () => ({ TELEGRAM_API_ROOT: botApi.apiRoot, LEASE_TTL_SECONDS: '2', TRUST_PROXY: 'true' }));

  beforeAll(async () => {
    webhookBot = await FakeTelegramApi.start({ tokens: [WEBHOOK_TOKEN] });
    polledBot = await FakeTelegramApi.start({ tokens: [POLLED_TOKEN], bot: { id: 222_222, username: 'polled_test_bot' } });
    botApi = await routeBotsByToken({ [WEBHOOK_TOKEN]: webhookBot, [POLLED_TOKEN]: polledBot });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await proxy?.stop();
    await botApi?.close();
    await webhookBot?.close();
    await polledBot?.close();
  });

  it('loses nothing, reconnects every socket to a live process and hands the connector over when one process is killed and another restarted', async () => {
    // The first process starts alone and connects the polled bot, so it owns the polling loop; it is the one killed.
    const processes: BackendProcess[] = [await group.start()];
    const admin = processes[0];
    const created = async (body: Record<string, unknown>) => {
      const res = await admin.api('/api/inboxes', { body });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.inbox as { id: number; publicKey: string };
    };
    const webhookInbox = await created({ type: 'telegram', name: 'Webhook bot', telegram: { botToken: WEBHOOK_TOKEN } });
    const secret = webhookBot.webhook?.secretToken ?? '';
    expect(secret).not.toBe('');
    const polledInbox = await created({ type: 'telegram', name: 'Polled bot', telegram: { botToken: POLLED_TOKEN, mode: 'polling' } });
    const widgetInbox = await created({ type: 'webchat', name: 'Site' });
    processes.push(await group.start(), await group.start());
    proxy = await startLocalProxy({ listenPort: await freePort(), backendPorts: processes.map((p) => Number(new URL(p.url).port)) });
    const viaProxy = proxy.url;

    // Operators and visitors connect from addresses of their own (127.0.0.0/8 is all loopback), so nginx's
    // per-address stickiness spreads them over the processes as it spreads real clients.
    const operators = await Promise.all(
      Array.from({ length: OPERATORS }, async (_, i) => {
        const email = `op${i}@test.local`;
        expect((await admin.api('/api/agents', { body: { email, password: 'operator-pass-1', name: `Operator ${i}`, maxChats: 20 } })).status).toBe(201);
        const token = (await admin.api('/api/auth/login', { token: null, body: { email, password: 'operator-pass-1' } })).body.accessToken as string;
        expect((await admin.api('/api/agents/me/status', { method: 'PATCH', token, body: { status: 'online' } })).status).toBe(200);
        const socket = await connectSocket(`${viaProxy}/agents`, { token }, { ...RECONNECTING, localAddress: `127.0.0.${10 + i}` });
        sockets.push(socket);
        return listen(socket);
      }),
    );
    const visitors = await Promise.all(
      Array.from({ length: VISITORS }, async (_, v) => {
        // Every sixth visitor starts on long-polling and upgrades, as browsers do (from 127.0.0.1: the
        // polling requests do not take the local address); the rest open a WebSocket at once.
        const options: ClientOptions = v % 6 === 0 ? { ...RECONNECTING, transports: ['polling', 'websocket'] } : { ...RECONNECTING, localAddress: `127.0.1.${1 + v}` };
        const { socket, session } = await connectVisitor(viaProxy, widgetInbox.publicKey, undefined, options);
        sockets.push(socket);
        // A reconnection resumes the session, as the widget does with the token it keeps.
        socket.auth = { inboxKey: widgetInbox.publicKey, visitorToken: session.visitorToken };
        let drops = 0;
        socket.on('disconnect', () => drops++);
        return { socket, drops: () => drops };
      }),
    );

    // When each message was acknowledged (to the widget, or 200 to Telegram), by its text.
    const acknowledged = new Map<string, number>();
    const deadline = Date.now() + 120_000;
    const sendUntilAcknowledged = async (socket: Socket, text: string) => {
      for (;;) {
        const ack = await socket
          .timeout(3000)
          .emitWithAck('message.send', { text, clientMessageId: `message-${text.replaceAll(' ', '-')}` })
          .catch(() => null);
        if (ack?.message) return void acknowledged.set(text, Date.now());
        if (Date.now() > deadline) throw new Error(`"${text}" was never acknowledged`);
        await sleep(100);
      }
    };
    // Telegram sends an update again until it is answered 200.
    const postUntilAcknowledged = async (chat: number, messageId: number, text: string) => {
      const update = JSON.stringify(messageUpdate(chat, messageId, { text }));
      for (;;) {
        const status = await fetch(`${viaProxy}/webhooks/telegram/${webhookInbox.id}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
          body: update,
        }).then(
          (res) => res.status,
          () => 0,
        );
        if (status === 200) return void acknowledged.set(text, Date.now());
        if (Date.now() > deadline) throw new Error(`"${text}" was never answered 200 (last ${status})`);
        await sleep(100);
      }
    };
    const polled: string[] = [];
    const pushPolled = () => {
      const id = polled.length + 1;
      polled.push(`polled ${id}`);
      polledBot.pushUpdates(messageUpdate(900_001, id, { text: `polled ${id}` }));
    };

    const total = VISITORS * MESSAGES_EACH + CHATS * UPDATES_EACH;
    const feeder = setInterval(pushPolled, 50);
    let killedAt = 0;
    let restartSeconds = 0;
    const turmoil = (async () => {
      await waitFor(async () => acknowledged.size, (n) => n >= total / 3, 90_000, 'a third of the load acknowledged');
      processes[0].child.kill('SIGKILL');
      killedAt = Date.now();
      await processes[0].exited();
      await waitFor(async () => acknowledged.size, (n) => n >= (2 * total) / 3, 90_000, 'two thirds of the load acknowledged');
      const restarting = Date.now();
      processes[1] = await group.restart(processes[1]);
      restartSeconds = (Date.now() - restarting) / 1000;
    })();
    await Promise.all([
      ...visitors.map(async ({ socket }, v) => {
        for (let i = 0; i < MESSAGES_EACH; i++) await sendUntilAcknowledged(socket, `v${v} m${i}`);
      }),
      ...Array.from({ length: CHATS }, async (_, c) => {
        for (let i = 1; i <= UPDATES_EACH; i++) await postUntilAcknowledged(800_000 + c, i, `c${c} u${i}`);
      }),
      turmoil,
    ]);
    clearInterval(feeder);
    const afterKillSeconds = (Date.now() - killedAt) / 1000;

    // Every socket is back, through nginx, on a live process.
    await waitFor(async () => [...visitors.map((v) => v.socket), ...operators.map((o) => o.socket)].every((s) => s.connected), Boolean, 30_000, 'every socket reconnected');
    expect(visitors.reduce((n, v) => n + v.drops(), 0), 'visitor sockets dropped by the kill and the restart').toBeGreaterThan(0);
    expect(operators.reduce((n, o) => n + o.reconnects(), 0), 'operator sockets reconnected').toBeGreaterThan(0);

    // A last message from everyone, after the dust settled: every operator hears each of them.
    const last: string[] = [];
    await Promise.all([
      ...visitors.map(({ socket }, v) => sendUntilAcknowledged(socket, `v${v} last`)),
      ...Array.from({ length: CHATS }, (_, c) => postUntilAcknowledged(800_000 + c, UPDATES_EACH + 1, `c${c} last`)),
    ]);
    last.push(...visitors.map((_, v) => `v${v} last`), ...Array.from({ length: CHATS }, (_, c) => `c${c} last`));
    pushPolled();
    last.push(polled.at(-1)!);
    for (const [i, operator] of operators.entries()) {
      await waitFor(async () => last.filter((text) => !operator.heard.has(text)), (missing) => missing.length === 0, 30_000, `operator ${i} hearing the last messages`);
    }

    // Each acknowledged message is stored once; the bot polled by the killed process was taken over and lost nothing.
    const stored = async (inboxId: number) =>
      (await group.db.query<{ text: string; n: number | string }>(`SELECT text, COUNT(*) AS n FROM messages WHERE inboxId = ? AND direction = 'in' GROUP BY text`, [inboxId])).map(
        (r) => [r.text, Number(r.n)] as const,
      );
    const widgetRows = new Map(await stored(widgetInbox.id));
    const webhookRows = new Map(await stored(webhookInbox.id));
    for (const text of acknowledged.keys()) expect((text.startsWith('v') ? widgetRows : webhookRows).get(text), `"${text}" stored once`).toBe(1);
    expect(widgetRows.size + webhookRows.size).toBe(acknowledged.size);
    expect(acknowledged.size).toBe(total + VISITORS + CHATS);
    const polledRows = await stored(polledInbox.id);
    expect(polledRows.map(([text]) => text).sort()).toEqual([...polled].sort());
    expect(polledRows.every(([, n]) => n === 1)).toBe(true);
    expect(polledBot.peakOpenPolls).toBe(1);

    // During the load: each operator heard every message acknowledged while their socket was up around it, but for
    // the killed process's last moments (it may die between its acknowledgement and its publish to Redis). What
    // an operator missed while reconnecting, the operator app loads again on reconnection.
    const owed = [...acknowledged].filter(([, at]) => at < killedAt - SETTLE_MS || at > killedAt + SETTLE_MS);
    let checked = 0;
    for (const [i, operator] of operators.entries()) {
      for (const [text, at] of owed) {
        if (!operator.listenedAround(at)) continue;
        checked++;
        expect(operator.heard.has(text), `operator ${i} heard "${text}"`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(owed.length * OPERATORS * 0.5);
    console.log(
      `cluster: ${acknowledged.size} messages and ${polled.length} polled updates through nginx, the load ending ${afterKillSeconds.toFixed(1)} s after the kill; restart (SIGTERM to healthy) ${restartSeconds.toFixed(1)} s; ` +
        `${visitors.reduce((n, v) => n + v.drops(), 0)} visitor and ${operators.reduce((n, o) => n + o.reconnects(), 0)} operator reconnections; ` +
        `${checked} of ${owed.length * OPERATORS} operator deliveries checked`,
    );
  }, 180_000);
});
