// Greeting latency (docs/automation.md): a new Telegram customer writes, and
// the time until the greeting reaches the Bot API, here the fake one the
// Telegram benchmark uses, which notes each sendMessage as it arrives. The
// whole path runs: the webhook stores the message and opens the conversation,
// the automation.opening job writes the greeting, the delivery pipeline sends it.
// On SQLite with in-process jobs, then on MariaDB with BullMQ on Redis.
import { performance } from 'node:perf_hooks';
import { api, freePort, sleep } from '../lib/backend.mjs';
import { percentile, recordBenchmark } from '../lib/record.mjs';
import { requireServices } from '../lib/services.mjs';
import { startTelegramBench } from '../lib/telegram-backend.mjs';

const CUSTOMERS = Number(process.env.BENCH_GREETING_CUSTOMERS ?? 30);
const WARMUP = 3;
const GREETING = 'Hello! An operator will be with you shortly.';
/** After each greeting, so the conversation's other jobs (routing, places in the queue) are not in the next one's way. */
const PAUSE_MS = 200;
const TIMEOUT_MS = 10_000;

let nextChat = 5_000_000;
function firstMessage() {
  const chatId = nextChat++;
  const body = JSON.stringify({
    update_id: chatId,
    message: { message_id: 1, from: { id: chatId, is_bot: false, first_name: `Customer ${chatId}` }, chat: { id: chatId, type: 'private' }, date: Math.floor(Date.now() / 1000), text: 'Hi, is anyone there?' },
  });
  return { chatId, body };
}

async function measure(label, sqlite) {
  /** chat id → resolves with the moment its greeting reached the Bot API. */
  const waiting = new Map();
  const onBotApiCall = (method, params) => {
    if (method === 'sendMessage' && params.text === GREETING) waiting.get(Number(params.chat_id))?.(performance.now());
  };
  const port = await freePort();
  const bench = await startTelegramBench({ label: 'greeting', port, sqlite, onBotApiCall });
  try {
    await api(port, `/api/inboxes/${bench.inbox.id}`, { method: 'PATCH', token: bench.accessToken, body: { automation: { greeting: { enabled: true, text: { en: GREETING } } } } });
    const greeting = [];
    const answer = [];
    for (let i = 0; i < WARMUP + CUSTOMERS; i++) {
      const { chatId, body } = firstMessage();
      const heard = new Promise((resolve) => waiting.set(chatId, resolve));
      const sent = performance.now();
      const { status } = await bench.poster.post(body);
      const answered = performance.now();
      if (status !== 200) throw new Error(`the webhook answered ${status}`);
      const greeted = await Promise.race([heard, sleep(TIMEOUT_MS).then(() => null)]);
      if (greeted === null) throw new Error(`${label}: no greeting for chat ${chatId} within ${TIMEOUT_MS} ms`);
      if (i >= WARMUP) {
        greeting.push(greeted - sent);
        answer.push(answered - sent);
      }
      await sleep(PAUSE_MS);
    }
    const row = { label, p50: percentile(greeting, 50), p90: percentile(greeting, 90), max: Math.max(...greeting), answer: percentile(answer, 50) };
    console.log(`${label}: greeting p50 ${row.p50.toFixed(1)} ms, p90 ${row.p90.toFixed(1)} ms, max ${row.max.toFixed(1)} ms (webhook answer p50 ${row.answer.toFixed(1)} ms)`);
    return row;
  } finally {
    await bench.close();
  }
}

async function main() {
  await requireServices(['greeting']);
  const rows = [await measure('SQLite, in-process jobs', true), await measure('MariaDB + Redis (BullMQ)', false)];
  const ms = (v) => `${v.toFixed(1)} ms`;
  const table = [
    '| database and jobs | greeting p50 | p90 | max | (webhook answered, p50) |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.label} | ${ms(r.p50)} | ${ms(r.p90)} | ${ms(r.max)} | ${ms(r.answer)} |`),
  ].join('\n');
  recordBenchmark(
    'greeting',
    'Greeting: first message to greeting sent',
    `${table}

${CUSTOMERS} new Telegram customers one after another (${PAUSE_MS} ms apart once greeted; ${WARMUP} more first, not counted), each writing a
first message to \`POST /webhooks/telegram/:inboxId\` of an inbox whose greeting is on (no business hours, no operator
online). Time from sending the update to the greeting's \`sendMessage\` arriving at a local stand-in for the Bot API:
the webhook stores the message and opens the conversation, the \`automation.opening\` job writes the greeting
(docs/automation.md), the delivery pipeline sends it. The built backend as one process on the same machine.`,
  );
  console.log(table);
}

await main();
