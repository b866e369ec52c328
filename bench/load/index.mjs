// The load tool: drives the real server (the built backend as its own
// process on MariaDB + Redis) over HTTP and sockets, as customers and
// operators would, and measures three things:
//   1. webhook → operator socket: Telegram updates posted at BENCH_LOAD_RATE
//      (default 500/s) and at twice that, BENCH_LOAD_ROUNDS times each (default
//      3, in turn), to an operator's /agents socket connected before the
//      customers wrote; the time from each update's scheduled send to its
//      'message.created' on the socket;
//   2. inbound throughput: BENCH_LOAD_BURST updates (default 20,000) posted by
//      BENCH_LOAD_CONCURRENCY senders (default 128) as fast as they are
//      acknowledged; every acknowledged one must be stored once;
//   3. BENCH_LOAD_SOCKETS widget visitors (default 10,000) connected at once to
//      one process: its resident memory.
// BENCH_LOAD_NODE_ARGS passes flags to the backend's node (e.g. --trace-gc),
// BENCH_LOAD_KEEP_LOG=<file> keeps its log.
import { performance } from 'node:perf_hooks';
import { api, freePort, postAsFastAsAnswered, postAtRate, residentBytes, sleep, waitForIdle } from '../lib/backend.mjs';
import { startTelegramBench } from '../lib/telegram-backend.mjs';
import { CHATS, connect, inboundThroughput, updates, webhookToSocket } from '../lib/telegram-load.mjs';
import { recordBenchmark } from '../lib/record.mjs';
import { requireServices } from '../lib/services.mjs';

const RATE = Number(process.env.BENCH_LOAD_RATE ?? 500);
const RATES = [RATE, 2 * RATE];
const ROUNDS = Math.max(1, Number(process.env.BENCH_LOAD_ROUNDS ?? 3));
/** Untimed, after the warm-up: the backend is measured warm, as in the ceiling benchmark. */
const WARM_BURST = Number(process.env.BENCH_LOAD_WARM_BURST ?? 5_000);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const BURST = Number(process.env.BENCH_LOAD_BURST ?? 20_000);
const CONCURRENCY = Number(process.env.BENCH_LOAD_CONCURRENCY ?? 128);
const SOCKETS = Number(process.env.BENCH_LOAD_SOCKETS ?? 10_000);

async function widgetSockets(port, pid, inboxKey) {
  const baseline = residentBytes(pid);
  const sockets = [];
  let failed = 0;
  const started = performance.now();
  // 200 handshakes in flight at a time, as a crowd of page loads would arrive.
  let next = 0;
  await Promise.all(
    Array.from({ length: 200 }, async () => {
      while (next < SOCKETS) {
        next++;
        try {
          const socket = await connect(`http://127.0.0.1:${port}/widget`, { auth: { inboxKey } });
          sockets.push(socket);
        } catch {
          failed++;
        }
      }
    }),
  );
  const connectSeconds = (performance.now() - started) / 1000;
  await sleep(3000);
  const rss = residentBytes(pid);
  for (const socket of sockets) socket.close();
  return { connected: sockets.length, failed, connectSeconds, baseline, rss };
}

/** "0 non-200", or how many and what they were ("2 non-200: Error: socket hang up ×2"). */
function failuresCell(failures) {
  if (failures.length === 0) return '0 non-200';
  const kinds = new Map();
  for (const kind of failures) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  return `${failures.length} non-200: ${[...kinds].map(([kind, n]) => `${kind} ×${n}`).join(', ')}`;
}

async function main() {
  await requireServices(['load']);
  const port = await freePort();
  let bench;
  try {
    bench = await startTelegramBench({ label: 'load', port, nodeArgs: (process.env.BENCH_LOAD_NODE_ARGS ?? '').split(' ').filter(Boolean), keepLog: process.env.BENCH_LOAD_KEEP_LOG });
    const { database, backend, accessToken, inbox, poster } = bench;
    await api(port, '/api/agents/me/status', { method: 'PATCH', token: accessToken, body: { status: 'online' } });
    const widget = (await api(port, '/api/inboxes', { token: accessToken, body: { type: 'webchat', name: 'Load site' } })).inbox;

    // The operator is on shift before the customers write: their socket's connection (and the supervisor board it
    // starts) is not part of what is measured.
    const operator = await connect(`http://127.0.0.1:${port}/agents`, { auth: { token: accessToken } });
    console.log(`Warm-up: ${CHATS} customers open their conversations, then ${WARM_BURST} updates (untimed)`);
    await postAtRate(poster, updates(CHATS), 100);
    await waitForIdle(backend.pid);
    await postAsFastAsAnswered(poster, updates(WARM_BURST), CONCURRENCY);
    await waitForIdle(backend.pid);

    const latencies = new Map(RATES.map((rate) => [rate, []]));
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const rate of RATES) {
        console.log(`1. Webhook → operator socket at ${rate} updates/s for ${SECONDS} s (round ${round} of ${ROUNDS})`);
        const run = await webhookToSocket(`http://127.0.0.1:${port}`, poster, accessToken, { rate, seconds: SECONDS, operator });
        console.log(`   heard ${run.heard}/${run.count}; socket p50 ${run.socket.p50.toFixed(1)} ms, p95 ${run.socket.p95.toFixed(1)} ms, p99 ${run.socket.p99.toFixed(1)} ms`);
        latencies.get(rate).push(run);
        await waitForIdle(backend.pid);
      }
    }
    operator.close();

    console.log(`2. Inbound throughput: ${BURST} updates, ${CONCURRENCY} senders`);
    const burst = await inboundThroughput(poster, database, inbox.id, { burst: BURST, concurrency: CONCURRENCY });
    console.log(`   ${burst.rate.toFixed(0)} updates/s acknowledged, ${burst.stored} of ${burst.acked} stored`);
    await waitForIdle(backend.pid);

    console.log(`3. ${SOCKETS} widget sockets`);
    const sockets = await widgetSockets(port, backend.pid, widget.publicKey);
    const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
    console.log(`   ${sockets.connected} connected in ${sockets.connectSeconds.toFixed(1)} s; RSS ${mb(sockets.rss)} (idle ${mb(sockets.baseline)})`);

    const ms = (v) => `${v.toFixed(1)} ms`;
    const verdict = (ok) => (ok ? 'met' : 'missed');
    // Each rate's figures are those of its median round by p99; every round's p99 is shown beside them.
    const socketRows = RATES.map((rate, i) => {
      const rounds = latencies.get(rate);
      const latency = [...rounds].sort((a, b) => a.socket.p99 - b.socket.p99)[Math.floor((rounds.length - 1) / 2)];
      const allHeard = rounds.every((r) => r.heard === r.count);
      const target = i === 0 ? 50 : 100;
      return `| webhook → operator socket at ${rate} updates/s: p50 / p95 / **p99** / max (each round's p99) | ${ms(latency.socket.p50)} / ${ms(latency.socket.p95)} / **${ms(latency.socket.p99)}** / ${ms(latency.socket.max)} (${rounds.map((r) => ms(r.socket.p99)).join(', ')}); ${rounds.reduce((n, r) => n + r.heard, 0)} of ${rounds.reduce((n, r) => n + r.count, 0)} heard, ${failuresCell(rounds.flatMap((r) => r.failures))} | p99 < ${target} ms: **${verdict(latency.socket.p99 < target && allHeard)}** |
| the same updates' webhook answer: p50 / p99 | ${ms(latency.http.p50)} / ${ms(latency.http.p99)} | |`;
    });
    const body = `| measure | figure | target |
|---|---|---|
${socketRows.join('\n')}
| inbound throughput, ${CONCURRENCY} senders, ${BURST} updates | ${burst.rate.toFixed(0)} updates/s (answer p50 ${ms(burst.p50)}, p99 ${ms(burst.p99)}); ${burst.stored} of ${burst.acked} acknowledged stored, ${burst.failed} non-200 | ≥ 2,000/s: **${verdict(burst.rate >= 2000 && burst.stored === burst.acked)}** |
| ${SOCKETS} widget sockets in one process | RSS ${mb(sockets.rss)} (${mb(sockets.baseline)} before), ${sockets.connected} connected in ${sockets.connectSeconds.toFixed(1)} s, ${sockets.failed} refused | < 1 GB: **${verdict(sockets.rss < 2 ** 30 && sockets.connected === SOCKETS)}** |

The built backend as one process on MariaDB + Redis (BullMQ jobs, socket.io Redis adapter), the load tool on the same
2 cores. Telegram updates are text messages from ${CHATS} customers whose conversations are open (a warm-up opens them,
then ${WARM_BURST} untimed updates like the timed ones), posted to \`POST /webhooks/telegram/:inboxId\` with the secret token.
Socket latency is from each update's scheduled send (open loop) to its \`message.created\` on the \`/agents\` socket of an
operator (an admin, so the supervisor board is pushed to it too) connected before the warm-up; ${SECONDS} s at each rate,
${ROUNDS} rounds in turn, each rate's figures from its median round by p99, the backend idle between runs. Widget sockets connect over WebSocket to
\`/widget\` with the inbox key (each gets a visitor session) and stay open while the RSS is read.`;
    recordBenchmark('load', 'Load: webhook to operator socket, inbound throughput, widget sockets', body);
    console.log(body.split('\n\n')[0]);
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await bench?.close();
  }
}

await main();
