// The load the load and cluster benchmarks put on a backend (one process, or
// several behind nginx): Telegram text updates from a fixed crowd of
// customers, posted open-loop while an operator's socket listens, or
// closed-loop as fast as they are acknowledged.
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { mysqlQuery, postAsFastAsAnswered, postAtRate, sleep } from './backend.mjs';
import { summariseAnswers } from './figures.mjs';
import { percentile } from './record.mjs';
import { telegramTextUpdate } from './telegram-backend.mjs';

/** Customers whose updates the load cycles through; a warm-up opens their conversations. */
export const CHATS = 500;

let nextUpdateId = 1;
/** Text updates from CHATS customers in turn; the text carries the update's index for the socket side. */
export function updates(count) {
  return Array.from({ length: count }, (_, i) => {
    const id = nextUpdateId++;
    return telegramTextUpdate({ updateId: id, chatId: 2_000_000 + (id % CHATS), text: `load ${i}` });
  });
}

/** A socket.io client over WebSocket that resolves once connected. `options.localAddress` sets the address it connects from. */
export const connect = (url, options) =>
  new Promise((resolve, reject) => {
    const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true, ...options });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });

/**
 * Updates posted at `rate` per second for `seconds` while an operator's
 * /agents socket at `baseUrl` listens: the time from each update's
 * scheduled send to its 'message.created' on the socket, and the webhook's answers.
 * `operator`: a socket already connected there (as an operator's is before
 * customers write); without it one is connected for the run and closed after.
 */
export async function webhookToSocket(baseUrl, poster, token, { rate, seconds, operator: connected }) {
  const operator = connected ?? (await connect(`${baseUrl}/agents`, { auth: { token } }));
  const count = rate * seconds;
  const intended = new Array(count);
  const seen = new Array(count);
  const onMessage = ({ message }) => {
    const match = /^load (\d+)$/.exec(message.text ?? '');
    if (match && seen[Number(match[1])] === undefined) seen[Number(match[1])] = performance.now();
  };
  operator.on('message.created', onMessage);
  const { results, elapsed } = await postAtRate(poster, updates(count), rate, (i, at) => {
    intended[i] = at;
  });
  for (const deadline = Date.now() + 10_000; Date.now() < deadline && seen.filter(Boolean).length < count; ) await sleep(50);
  operator.off('message.created', onMessage);
  if (!connected) operator.close();
  const socketLatencies = seen.flatMap((at, i) => (at === undefined ? [] : [at - intended[i]]));
  const httpLatencies = results.map((r) => r.latency);
  return {
    achieved: results.length / elapsed,
    failed: results.filter((r) => r.status !== 200).length,
    /** What the answers that were not 200 were: a status, or the load tool's error when none came. */
    failures: results.filter((r) => r.status !== 200).map((r) => (r.status ? `HTTP ${r.status}` : (r.error ?? 'no answer'))),
    heard: socketLatencies.length,
    count,
    http: { p50: percentile(httpLatencies, 50), p99: percentile(httpLatencies, 99) },
    socket: { p50: percentile(socketLatencies, 50), p95: percentile(socketLatencies, 95), p99: percentile(socketLatencies, 99), max: Math.max(...socketLatencies) },
  };
}

/** `burst` updates posted by `concurrency` senders as fast as they are acknowledged, and how many of them the database holds after. */
export async function inboundThroughput(poster, database, inboxId, { burst, concurrency }) {
  const count = async () => Number((await mysqlQuery(`SELECT COUNT(*) AS n FROM \`${database.name}\`.messages WHERE inboxId = ?`, [inboxId]))[0].n);
  const before = await count();
  const { results, elapsed } = await postAsFastAsAnswered(poster, updates(burst), concurrency);
  const stored = (await count()) - before;
  return { ...summariseAnswers(results, elapsed), stored };
}
