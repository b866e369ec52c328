// Search benchmark: 200,000 messages in 20,000 conversations, then
// SearchService.search for one- and two-word prefix queries, on MariaDB and
// on SQLite. Prints the latency of a search and how many conversations it
// found.
import 'reflect-metadata';
import { createRequire } from 'node:module';
import { createBenchApp, firstInsertId, measureOnBothDatabases } from '../lib/in-process.mjs';
import { percentile, recordBenchmark } from '../lib/record.mjs';

const require = createRequire(import.meta.url);
const CONVERSATIONS = 20_000;
const MESSAGES_PER_CONVERSATION = 10;
const QUERIES = 300;
/** A vocabulary with a long tail, as support chats have: a few words everywhere, most rare. */
const WORDS = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}${['parcel', 'refund', 'order', 'invoice', 'delivery', 'account'][i % 6]}`);

/** Small seeded generator: every run searches the same texts. */
function prng(seed) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}
const random = prng(20261201);
/** Zipf-like pick: low indexes often, the tail rarely. */
const word = () => WORDS[Math.floor(WORDS.length * random() ** 3)];
const sentence = () => Array.from({ length: 6 + Math.floor(random() * 10) }, word).join(' ');

async function setUp(databaseUrl) {
  const { app, db, close } = await createBenchApp(databaseUrl, 'search');
  await db.query("INSERT INTO inboxes (type, name, publicKey, settings, routing, automation) VALUES ('webchat', 'Bench', 'bench-key', '{}', '{}', '{}')");
  const now = new Date().toISOString().slice(0, 23).replace('T', ' ');
  const started = performance.now();
  for (let done = 0; done < CONVERSATIONS; done += 500) {
    const contacts = await firstInsertId(db, `INSERT INTO contacts (name, attributes) VALUES ${Array.from({ length: 500 }, (_, k) => `('Customer ${done + k}', '{}')`).join(',')}`, 'contacts', 500);
    const first = await firstInsertId(db, `INSERT INTO conversations (inboxId, contactId, status, queuedAt) VALUES ${Array.from({ length: 500 }, (_, k) => `(1, ${contacts + k}, 'closed', '${now}')`).join(',')}`, 'conversations', 500);
    const rows = [];
    const values = [];
    for (let k = 0; k < 500; k++) {
      for (let m = 0; m < MESSAGES_PER_CONVERSATION; m++) {
        rows.push(`(${first + k}, 1, ?, 'contact', 'text', ?, 'sent', 0, 0, '${now}')`);
        values.push(m % 2 ? 'out' : 'in', sentence());
      }
    }
    await db.query(`INSERT INTO messages (conversationId, inboxId, direction, senderType, kind, text, status, private, edited, createdAt) VALUES ${rows.join(',')}`, values);
  }
  const loadSeconds = (performance.now() - started) / 1000;
  return { app, close, loadSeconds };
}

async function measure(label, databaseUrl) {
  const { app, close, loadSeconds } = await setUp(databaseUrl);
  const { SearchService } = require('../../backend/dist/search/search.service.js');
  const search = app.get(SearchService);
  const admin = { id: 1, role: 'admin' };
  const runs = [];
  for (const [kind, query] of [
    ['one word, common', () => WORDS[Math.floor(random() * 20)].slice(0, 5)],
    ['one word, rare', () => WORDS[1000 + Math.floor(random() * 4000)]],
    ['two words', () => `${word().slice(0, 6)} ${word().slice(0, 6)}`],
  ]) {
    const latencies = [];
    let found = 0;
    for (let i = 0; i < 20; i++) await search.search(admin, query(), 20);
    for (let i = 0; i < QUERIES; i++) {
      const q = query();
      const t0 = performance.now();
      found += (await search.search(admin, q, 20)).length;
      latencies.push(performance.now() - t0);
    }
    runs.push({ kind, p50: percentile(latencies, 50), p99: percentile(latencies, 99), found: found / QUERIES });
  }
  await close();
  for (const r of runs) console.log(`${label}, ${r.kind}: p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms, ${r.found.toFixed(1)} hits per search`);
  console.log(`${label}: ${CONVERSATIONS * MESSAGES_PER_CONVERSATION} messages loaded in ${loadSeconds.toFixed(1)} s`);
  return { label, runs, loadSeconds };
}

const results = await measureOnBothDatabases(import.meta.url, 'search', measure);

const table = [
  '| database | query | search p50 | search p99 | conversations found (of 20 at most) |',
  '|---|---|---|---|---|',
  ...results.flatMap((r) => r.runs.map((run) => `| ${r.label} | ${run.kind} | ${run.p50.toFixed(2)} ms | ${run.p99.toFixed(2)} ms | ${run.found.toFixed(1)} |`)),
].join('\n');
const loads = results.map((r) => `${r.label} ${r.loadSeconds.toFixed(1)} s`).join(', ');
recordBenchmark(
  'search',
  'Search',
  `${CONVERSATIONS * MESSAGES_PER_CONVERSATION} messages (6–15 words each, from 5,000 words with a long tail) in ${CONVERSATIONS} conversations; ${QUERIES} searches of each kind through \`SearchService.search\` as an admin, 20 hits at most, after 20 warm-up searches. "Common" words are each in about a tenth of the messages; "rare" ones in a handful. Every search also looks for the query in the ${CONVERSATIONS} contacts' names, e-mails and phones (a scan of that table). Loading the messages (index upkeep included): ${loads}.\n\n${table}`,
);
process.exit(0);
