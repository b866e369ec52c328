// The set-up the Telegram, load, ceiling and greeting benchmarks share: a fresh
// MariaDB database and Redis prefix (or a fresh SQLite file with in-process
// jobs), the fake Bot API, the built backend on them with one bot connected
// by webhook, the admin logged in, and a poster for the bot's webhook.
// close() takes all of it down again.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeBotApi } from '../telegram/fake-bot-api.mjs';
import { api, BENCH_ADMIN, benchEnv, cleanRedis, jsonPoster, mysqlDatabase, startBackend, stopBackend } from './backend.mjs';

/**
 * `keepLog`: a path to copy the backend's log to at the end (it goes with the
 * data folder otherwise). `sqlite`: a SQLite file and in-process jobs instead
 * of MariaDB + Redis (`database` is null then). `onBotApiCall`: see startFakeBotApi.
 */
export async function startTelegramBench({ label, port, nodeArgs = [], keepLog, sqlite = false, onBotApiCall }) {
  const database = sqlite ? null : await mysqlDatabase(label);
  const dataDir = mkdtempSync(join(tmpdir(), `bench-${label}-`));
  const prefix = `inbox-bench-${label}-${randomBytes(4).toString('hex')}`;
  const fake = await startFakeBotApi({ onCall: onBotApiCall });
  let backend;
  let poster;
  const close = async () => {
    poster?.close();
    await stopBackend(backend);
    await fake.close();
    if (database) {
      await database.drop();
      await cleanRedis(prefix);
    }
    if (keepLog) writeFileSync(keepLog, readFileSync(join(dataDir, 'backend.log')));
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    backend = await startBackend({
      port,
      logFile: join(dataDir, 'backend.log'),
      nodeArgs,
      env: benchEnv({
        databaseUrl: database?.url ?? `sqlite:${join(dataDir, 'inbox.sqlite')}`,
        prefix,
        dataDir,
        port,
        ...(sqlite ? { redisUrl: '' } : {}),
        extra: { TELEGRAM_API_ROOT: fake.apiRoot },
      }),
    });
    const { accessToken } = await api(port, '/api/auth/login', { body: BENCH_ADMIN });
    const { inbox } = await api(port, '/api/inboxes', { token: accessToken, body: { type: 'telegram', name: 'Bench bot', telegram: { botToken: '123456:bench-token' } } });
    const secret = fake.webhook?.secret;
    if (!secret) throw new Error('the backend did not set a webhook on the fake Bot API');
    poster = jsonPoster(`http://127.0.0.1:${port}/webhooks/telegram/${inbox.id}`, { 'x-telegram-bot-api-secret-token': secret });
    return { database, backend, accessToken, inbox, poster, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The JSON body of a Telegram update: a text message from customer `chatId` in their private chat with the bot. */
export function telegramTextUpdate({ updateId, chatId, text }) {
  const from = { id: chatId, is_bot: false, first_name: `Customer ${chatId}` };
  return JSON.stringify({ update_id: updateId, message: { message_id: updateId, from, chat: { id: chatId, type: 'private' }, date: 1_717_000_000, text } });
}
