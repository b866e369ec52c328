import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { FakeTelegramApi } from '../../../connectors/test/fake-telegram-api';
import { connectSocket, startTestApp, type TestApp } from './test-app';

export const BOT_TOKEN = '123456789:AAF-test-token_for_the_fake_bot';
/** A 1×1 PNG: real bytes, so the backend's sniffing keeps it an image. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d1e5ff0000000049454e44ae426082',
  'hex',
);

export interface TelegramTest {
  t: TestApp;
  api: FakeTelegramApi;
  adminToken: string;
  /** The admin's /agents socket; the admin is online, so new conversations are assigned to them. */
  operator: Socket;
  close(): Promise<void>;
}

/** The app against a fresh fake Bot API, with fast retries; the admin online with a socket. */
export async function startTelegramTest(env: Record<string, string> = {}): Promise<TelegramTest> {
  const api = await FakeTelegramApi.start({ tokens: [BOT_TOKEN] });
  const t = await startTestApp({ TELEGRAM_API_ROOT: api.apiRoot, DELIVERY_BACKOFF_MS: '100', DEMO: 'false', ...env });
  const adminToken = await t.login();
  await t.api('/api/agents/me/status', { method: 'PATCH', token: adminToken, body: { status: 'online' } });
  const operator = await connectSocket(`${t.url}/agents`, { token: adminToken });
  return {
    t,
    api,
    adminToken,
    operator,
    async close() {
      operator.close();
      await t.close();
      await api.close();
    },
  };
}

/** Connects the fake's bot as an inbox; returns it with the secret Telegram was given for the webhook. */
export async function createTelegramInbox(tt: TelegramTest, telegram: Record<string, unknown> = {}) {
  const res = await tt.t.api('/api/inboxes', {
    token: tt.adminToken,
    body: { type: 'telegram', name: 'Support bot', telegram: { botToken: BOT_TOKEN, ...telegram } },
  });
  if (res.status !== 201) throw new Error(`inbox not created: ${res.status} ${JSON.stringify(res.body)}`);
  return { inbox: res.body.inbox as { id: number; settings: Record<string, unknown> }, secret: tt.api.webhook?.secretToken ?? '' };
}

export function postUpdate(tt: TelegramTest, inboxId: number | string, secret: string | null, update: unknown) {
  return tt.t.api(`/webhooks/telegram/${inboxId}`, {
    body: typeof update === 'string' ? update : JSON.stringify(update),
    headers: secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret },
  });
}

let updateId = 500_000;

/** A private chat's message. Inbound ids start high: the fake numbers the bot's own sends from 1 in each chat. */
export function messageUpdate(chatId: number, messageId: number, content: Record<string, unknown>, key: 'message' | 'edited_message' = 'message') {
  const from = { id: chatId, is_bot: false, first_name: 'Anna', last_name: 'Kowalski', username: 'anna_k', language_code: 'pl' };
  return {
    update_id: updateId++,
    [key]: { message_id: messageId, from, chat: { id: chatId, first_name: 'Anna', type: 'private' }, date: 1_717_000_000, ...content },
  };
}

export function callbackUpdate(chatId: number, queryId: string, data: string) {
  const from = { id: chatId, is_bot: false, first_name: 'Anna' };
  return {
    update_id: updateId++,
    callback_query: {
      id: queryId,
      from,
      chat_instance: '-886',
      data,
      message: { message_id: 3, from: { id: 7000001, is_bot: true, first_name: 'Inbox Bot' }, chat: { id: chatId, type: 'private' }, date: 1_716_999_100, text: 'Was this helpful?' },
    },
  };
}

/** Rows in the tables an inbound message writes: a rejected request must leave them all as they were. */
export async function rowCounts(t: TestApp) {
  const db = t.app.get(DataSource);
  const [messages, contacts, conversations, identities] = await Promise.all(
    ['messages', 'contacts', 'conversations', 'contact_identities'].map((table) =>
      db.query(`SELECT COUNT(*) AS n FROM ${table}`).then((rows: Array<{ n: number | string }>) => Number(rows[0].n)),
    ),
  );
  return { messages, contacts, conversations, identities };
}

/** Collects 'message.updated' for the message whose id is set in `target` (once known) until `done` says so. */
export function collectUpdates(socket: Socket, target: { id?: number }, done: (m: any) => boolean, timeoutMs = 10_000): Promise<any[]> {
  return new Promise((resolve, reject) => {
    const seen: any[] = [];
    const timer = setTimeout(() => {
      socket.off('message.updated', onUpdate);
      reject(new Error(`message.updated: no final state within ${timeoutMs} ms; saw ${JSON.stringify(seen.map((m) => [m.status, m.error]))}`));
    }, timeoutMs);
    const onUpdate = ({ message }: { message: any }) => {
      if (message.id !== target.id) return;
      seen.push(message);
      if (!done(message)) return;
      clearTimeout(timer);
      socket.off('message.updated', onUpdate);
      resolve(seen);
    };
    socket.on('message.updated', onUpdate);
  });
}

/** The next event of that name whose payload passes `match` (webhook pushes arrive a few ms after the 200). */
export function nextEventWhere<T = any>(socket: Socket, event: string, match: (payload: T) => boolean, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no matching "${event}" within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** Waits until `check` returns something truthy, polling. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
