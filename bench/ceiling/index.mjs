// Ceiling benchmark: how far the Telegram webhook is from what this machine
// can do at all. Machines of one kind differ by 2× or more, so the webhook is
// measured as a ratio against two reference servers in the same run, with the
// same load tool and the same update bodies:
//   1. bare: node:http reads the body, JSON.parse, answers 200;
//   2. naive insert: the same plus one autocommit INSERT per update through a
//      mysql2 pool into a table with a unique key, on the same MariaDB;
//   3. the built backend's POST /webhooks/telegram/:inboxId on MariaDB + Redis.
// Each gets a warm-up (one update per customer: the backend opens their
// conversations), then BENCH_CEILING_UPDATES text updates (default 20,000)
// from 500 customers posted by BENCH_CEILING_CONCURRENCY senders (default 128)
// as fast as they are acknowledged, after an untimed burst of BENCH_CEILING_WARM_BURST (default 5,000).
// The rows stored are counted afterwards. The three run BENCH_CEILING_ROUNDS
// times (default 3), in a different order each round, and each figure is the
// median of its rounds: the machine's speed drifts within a run by more than
// the differences measured here.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuTicks, freePort, jsonPoster, MYSQL_SERVER, mysqlQuery, pids, postAsFastAsAnswered, postAtRate, stopBackend, waitForIdle } from '../lib/backend.mjs';
import { formatRatio, markdownTable, storedOnce, summariseAnswers } from '../lib/figures.mjs';
import { recordBenchmark } from '../lib/record.mjs';
import { requireServices } from '../lib/services.mjs';
import { startTelegramBench, telegramTextUpdate } from '../lib/telegram-backend.mjs';

const UPDATES = Number(process.env.BENCH_CEILING_UPDATES ?? 20_000);
const CONCURRENCY = Number(process.env.BENCH_CEILING_CONCURRENCY ?? 128);
const ROUNDS = Math.max(1, Number(process.env.BENCH_CEILING_ROUNDS ?? 3));
const CUSTOMERS = 500;
const WARMUP_RATE = 100;
/** Warm-up updates are 1…CUSTOMERS; the timed ones start here, so their rows can be told apart. */
const FIRST_TIMED = 1_000_000;
/** The backend's default DATABASE_POOL_SIZE, so the naive server has as many connections. */
const POOL_SIZE = 30;
const TABLE = `bench_ceiling_${process.pid}`;

const here = dirname(fileURLToPath(import.meta.url));
const text = (updateId) => `Update ${updateId}: where is my order?`;
const update = (updateId) => telegramTextUpdate({ updateId, chatId: 3_000_000 + (updateId % CUSTOMERS), text: text(updateId) });
const warmup = Array.from({ length: CUSTOMERS }, (_, i) => update(i + 1));
/**
 * Then, untimed, a burst like the timed one: every target is measured warm
 * (a server that has run for a while), where the backend's first seconds
 * under load were spent compiling its hot path while the small reference
 * servers were already compiled. Ids between the warm-up's and the timed ones.
 */
const WARM_BURST = Number(process.env.BENCH_CEILING_WARM_BURST ?? 5_000);
const warmBurst = Array.from({ length: WARM_BURST }, (_, i) => update(500_000 + i));
const timedIds = Array.from({ length: UPDATES }, (_, i) => FIRST_TIMED + i);
const timed = timedIds.map(update);

/** A reference server (reference-server.mjs) in its own process, once it listens. */
async function startReference(...args) {
  const child = spawn(process.execPath, [join(here, 'reference-server.mjs'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    child.stdout.once('data', (line) => resolve(Number(String(line).trim())));
    child.once('exit', (code) => reject(new Error(`the ${args[0]} reference server exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}/webhooks/telegram/1` };
}

/** Warm-up, then the timed run: the answers' figures and the update ids acknowledged. */
async function measure(name, poster, pid) {
  console.log(`${name}: warm-up, ${CUSTOMERS} customers at ${WARMUP_RATE} updates/s`);
  await postAtRate(poster, warmup, WARMUP_RATE);
  await waitForIdle(pid);
  if (WARM_BURST > 0) {
    console.log(`${name}: warm burst, ${WARM_BURST} updates, ${CONCURRENCY} senders (untimed)`);
    await postAsFastAsAnswered(poster, warmBurst, CONCURRENCY);
    await waitForIdle(pid);
  }
  console.log(`${name}: ${UPDATES} updates, ${CONCURRENCY} senders`);
  const questionsBefore = await statementsServed();
  const ticksBefore = { server: cpuTicks(pid), mariadb: mariadbTicks() };
  const { results, elapsed } = await postAsFastAsAnswered(poster, timed, CONCURRENCY);
  const ticks = { server: cpuTicks(pid) - ticksBefore.server, mariadb: mariadbTicks() - ticksBefore.mariadb };
  const statements = (await statementsServed()) - questionsBefore - 1;
  // Clock ticks are 1/100 s: 10,000 µs each.
  const cpu = { server: (ticks.server * 10_000) / UPDATES, mariadb: (ticks.mariadb * 10_000) / UPDATES };
  const figures = { ...summariseAnswers(results, elapsed), statementsPerUpdate: statements / UPDATES, cpu };
  const acknowledged = results.filter((r) => r.status === 200).map((r) => timedIds[r.index]);
  console.log(
    `  ${figures.rate.toFixed(0)}/s acknowledged, p50 ${figures.p50.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms, non-200 ${figures.failed}, ${figures.statementsPerUpdate.toFixed(2)} statements per update, CPU per update ${figures.cpu.server.toFixed(0)} µs (MariaDB ${figures.cpu.mariadb.toFixed(0)} µs)`,
  );
  return { ...figures, acknowledged };
}

/** CPU time the MariaDB server has used, in clock ticks. */
const mariadbTicks = () => pids({ name: 'mariadbd' }).reduce((sum, id) => sum + (cpuTicks(id) ?? 0), 0);

/** Statements the MariaDB server has been sent since it started (all clients), to count a run's by difference. */
async function statementsServed() {
  const [row] = await mysqlQuery("SHOW GLOBAL STATUS LIKE 'Questions'");
  return Number(row.Value);
}

/** Runs `body(server, poster)` against a reference server started with `args`, stopping it afterwards. */
async function withReference(args, body) {
  const server = await startReference(...args);
  const poster = jsonPoster(server.url);
  try {
    return await body(server, poster);
  } finally {
    poster.close();
    await stopBackend(server.child);
  }
}

const bare = () => withReference(['bare'], (server, poster) => measure('bare node:http', poster, server.child.pid));

async function naiveInsert() {
  await mysqlQuery(
    `CREATE TABLE test.\`${TABLE}\` (id BIGINT AUTO_INCREMENT PRIMARY KEY, chat_id BIGINT NOT NULL, message_id BIGINT NOT NULL, text TEXT,
     created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), UNIQUE KEY uq_chat_message (chat_id, message_id)) CHARACTER SET utf8mb4`,
  );
  try {
    const figures = await withReference(['insert', `${MYSQL_SERVER}/test`, TABLE, String(POOL_SIZE)], (server, poster) => measure('naive insert', poster, server.child.pid));
    const rows = await mysqlQuery(`SELECT message_id AS id FROM test.\`${TABLE}\` WHERE message_id >= ?`, [FIRST_TIMED]);
    return { ...figures, stored: storedOnce(figures.acknowledged, rows.map((r) => Number(r.id))) };
  } finally {
    await mysqlQuery(`DROP TABLE IF EXISTS test.\`${TABLE}\``);
  }
}

async function webhook() {
  // BENCH_CPU_PROF=<dir>: the backend writes a CPU profile there when it stops (read it with bench/profile/summary.mjs);
  // BENCH_KEEP_LOG=<file>: its log is kept there.
  const nodeArgs = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const bench = await startTelegramBench({ label: 'ceiling', port: await freePort(), nodeArgs, keepLog: process.env.BENCH_KEEP_LOG });
  try {
    const { database, backend, inbox, poster } = bench;
    const figures = await measure('POST /webhooks/telegram/:inboxId', poster, backend.pid);
    const rows = await mysqlQuery(`SELECT text FROM \`${database.name}\`.messages WHERE inboxId = ? AND direction = 'in'`, [inbox.id]);
    const ids = rows.map((r) => Number(/^Update (\d+):/.exec(r.text ?? '')?.[1])).filter((id) => id >= FIRST_TIMED);
    return { ...figures, stored: storedOnce(figures.acknowledged, ids) };
  } finally {
    await bench.close();
  }
}

const ms = (v) => `${v.toFixed(1)} ms`;
const storedCell = ({ stored }) =>
  `${stored.once} of ${stored.acknowledged} once; ${stored.missing} missing, ${stored.duplicated} twice or more, ${stored.unacknowledged} stored unacknowledged`;

/** The middle value (the lower middle of an even count). */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** Of one target's rounds, the one whose rate is the median: its figures stand for the target. */
const medianRound = (rounds) => rounds.find((f) => f.rate === median(rounds.map((r) => r.rate)));

function report({ bare: bareRounds, naive: naiveRounds, project: projectRounds }) {
  const [bareFigures, naive, project] = [bareRounds, naiveRounds, projectRounds].map(medianRound);
  const storedAll = (rounds) => {
    const ok = rounds.every((r) => r.stored.ok);
    return { ok, text: ok ? `${rounds.map((r) => `${r.stored.once} of ${r.stored.acknowledged}`).join(', ')} once; none missing, twice or unacknowledged` : rounds.map((r, i) => `round ${i + 1}: ${storedCell(r)}`).join('; ') };
  };
  const results = markdownTable(
    ['target', 'acknowledged/s (each round)', 'p50', 'p99', 'non-200', 'statements per update', 'CPU per update: server / MariaDB', 'timed updates stored'],
    [
      ['bare `node:http` + `JSON.parse`', bareFigures, bareRounds, '—'],
      [`+ one autocommit \`INSERT\` per update (mysql2 pool of ${POOL_SIZE})`, naive, naiveRounds, storedAll(naiveRounds).text],
      ['`POST /webhooks/telegram/:inboxId`', project, projectRounds, storedAll(projectRounds).text],
    ].map(([name, f, rounds, stored]) => [
      name,
      `**${f.rate.toFixed(0)}/s** (${rounds.map((r) => r.rate.toFixed(0)).join(', ')})`,
      ms(f.p50),
      ms(f.p99),
      String(rounds.reduce((sum, r) => sum + r.failed, 0)),
      f.statementsPerUpdate.toFixed(2),
      `${f.cpu.server.toFixed(0)} µs / ${f.cpu.mariadb.toFixed(0)} µs`,
      stored,
    ]),
  );
  // A ratio compares targets measured in the same round, next to each other in time.
  const ratioOf = (references, pick) => median(projectRounds.map((p, i) => pick(p) / pick(references[i])));
  const eachRound = (references, pick) => projectRounds.map((p, i) => formatRatio(pick(p), pick(references[i]))).join(', ');
  const ratios = markdownTable(
    ['ratio (median of the rounds; each round)', 'acknowledged/s', 'p50', 'p99'],
    [
      ['project / bare', bareRounds],
      ['project / naive insert', naiveRounds],
    ].map(([name, references]) => [
      name,
      `**${formatRatio(ratioOf(references, (f) => f.rate), 1)}** (${eachRound(references, (f) => f.rate)})`,
      `${formatRatio(ratioOf(references, (f) => f.p50), 1)} (${eachRound(references, (f) => f.p50)})`,
      `${formatRatio(ratioOf(references, (f) => f.p99), 1)} (${eachRound(references, (f) => f.p99)})`,
    ]),
  );
  const verdict = storedAll(projectRounds).ok && storedAll(naiveRounds).ok ? 'yes' : '**no**';
  return { results, ratios, verdict };
}

async function main() {
  await requireServices(['ceiling']);
  try {
    const targets = { bare, naive: naiveInsert, project: webhook };
    const rounds = { bare: [], naive: [], project: [] };
    const names = Object.keys(targets);
    for (let round = 0; round < ROUNDS; round += 1) {
      // Each round starts with another target, so none is always measured first (or last).
      for (const name of [...names.slice(round % names.length), ...names.slice(0, round % names.length)]) {
        console.log(`round ${round + 1} of ${ROUNDS}:`);
        rounds[name].push(await targets[name]());
      }
    }
    const { results, ratios, verdict } = report(rounds);
    const body = `${results}

${ratios}

${UPDATES} Telegram text updates from ${CUSTOMERS} customers, posted by ${CONCURRENCY} senders as fast as they are answered
(closed loop; latency from send to answer), with one load tool (node:http, keep-alive) and the same bodies for each
target, one target after the other in one run on the same machine, in ${ROUNDS} rounds (each starting with another target).
A target's figures are those of its median round by rate; a ratio is the median of the rounds' ratios, each between targets
measured in the same round. Each target first gets one update per customer at
${WARMUP_RATE}/s, which opens the customers' conversations in the backend, then an untimed burst of ${WARM_BURST} updates
like the timed ones (each target is measured warm), and is idle before the timed run. The reference
servers run in their own process as the backend does; the naive one inserts each update's chat id, message id and text
into a table of its own in \`test\` (unique key on chat id + message id, dropped afterwards), with as many connections as
the backend's default pool. The backend is the built one on MariaDB + Redis with a bot in webhook mode against the fake Bot
API, as in the Telegram benchmark; its stored messages are counted by the update id in their text. Every acknowledged update
stored exactly once: ${verdict}. Statements per update are those the MariaDB server was sent during the timed run (its
\`Questions\` counter, all clients), divided by the updates; CPU per update is the CPU time the server's process
(all its threads) and the MariaDB server used during the timed run, divided by the updates: unlike the rates, it
hardly depends on what else the machine is doing. The bare server's figure is also the ceiling of the load tool, which shares the machine.
A ratio below 1× for acknowledged/s, or above 1× for latency, is the project's cost. The backend runs with the node
flags \`npm start\` gives it (\`--max-semi-space-size=64\`); the reference servers with node's defaults. A quick run:
\`BENCH_CEILING_UPDATES=2000 BENCH_CEILING_ROUNDS=1 npm run bench -- ceiling\` (\`BENCH_CEILING_CONCURRENCY\` sets the senders).`;
    recordBenchmark('ceiling', 'Ceiling: the Telegram webhook against a bare server and a naive insert', body);
    console.log(`\n${results}\n\n${ratios}\n\nEvery acknowledged update stored exactly once: ${verdict.replaceAll('*', '')}. Recorded in docs/benchmarks.md`);
    if (verdict !== 'yes') process.exitCode = 1;
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  }
}

await main();
