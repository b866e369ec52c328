// Reports benchmark. 100,000 conversations
// with 1,000,000 messages and their event log on MariaDB, written with
// multi-row INSERTs; the conversation facts are folded once (as a running
// installation keeps them folded), then GET /api/reports/summary's work
// (ReportsService.summary) is timed over the whole month, and for one inbox
// and one operator; then the SLA report (SlaReportService.report, what
// GET /api/reports/sla runs) over the same month, each conversation with
// its first-response and resolution targets decided. Target: under 1 s.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { percentile, recordBenchmark } from '../lib/record.mjs';
import { requireServices } from '../lib/services.mjs';

const require = createRequire(import.meta.url);
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 100_000);
const MESSAGES_PER_CONVERSATION = 10;
const INBOXES = 10;
const OPERATORS = 200;
const DAYS = 30;
const CHUNK = 5000;
const RUNS = 7;
const LABELS = 5;
const TEAMS = 3;
/** The bench policy's targets: a minute to the first reply, half an hour to the closing. */
const FIRST_RESPONSE_MS = 60_000;
const RESOLUTION_MS = 1_800_000;
const MYSQL_SERVER = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

/** Seeded, so every run loads the same month. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ts = (ms) => `'${new Date(ms).toISOString().slice(0, 23).replace('T', ' ')}'`;

async function insertRows(db, head, rows) {
  for (let i = 0; i < rows.length; i += CHUNK) await db.query(`${head} VALUES ${rows.slice(i, i + CHUNK).join(',')}`);
}

async function load(db) {
  const random = seeded(9);
  const start = Date.UTC(2026, 10, 1);
  await insertRows(db, 'INSERT INTO inboxes (type, name, publicKey, settings, routing, automation)', Array.from({ length: INBOXES }, (_, i) => `('${i % 3 === 2 ? 'email' : 'webchat'}', 'Inbox ${i}', 'bench-${i}', '{}', '{}', '{}')`));
  const firstInbox = Number((await db.query("SELECT MIN(id) AS id FROM inboxes WHERE publicKey LIKE 'bench-%'"))[0].id);
  await insertRows(db, 'INSERT INTO agents (email, name, passwordHash, role, status, maxChats, openChats, languages, skills, segments)', Array.from({ length: OPERATORS }, (_, i) => `('op${i}@bench.test', 'Op ${i}', 'x', 'agent', 'offline', 4, 0, '[]', '[]', '[]')`));
  const firstAgent = Number((await db.query("SELECT MIN(id) AS id FROM agents WHERE email LIKE '%@bench.test'"))[0].id);
  await insertRows(db, 'INSERT INTO contacts (name, attributes)', Array.from({ length: CONVERSATIONS }, (_, i) => `('Customer ${i}', '{}')`));
  const firstContact = Number((await db.query("SELECT MIN(id) AS id FROM contacts WHERE name = 'Customer 0'"))[0].id);

  await insertRows(db, 'INSERT INTO teams (name)', Array.from({ length: TEAMS }, (_, i) => `('Bench team ${i}')`));
  const firstTeam = Number((await db.query("SELECT MIN(id) AS id FROM teams WHERE name LIKE 'Bench team %'"))[0].id);
  await insertRows(db, 'INSERT INTO labels (name, nameKey, color)', Array.from({ length: LABELS }, (_, i) => `('Label ${i}', 'label ${i}', '#2f80ed')`));
  const firstLabel = Number((await db.query("SELECT MIN(id) AS id FROM labels WHERE nameKey LIKE 'label %'"))[0].id);
  await db.query(`INSERT INTO sla_policies (name, firstResponseSeconds, resolutionSeconds) VALUES ('Bench', ${FIRST_RESPONSE_MS / 1000}, ${RESOLUTION_MS / 1000})`);
  const policy = Number((await db.query("SELECT MIN(id) AS id FROM sla_policies WHERE name = 'Bench'"))[0].id);

  const conversations = [];
  const events = [];
  const messages = [];
  const labelled = [];
  const clocks = [];
  /** A decided target: met when done by its due time, else breached at it. */
  const clock = (id, target, inbox, team, agent, started, targetMs, doneAt) => {
    const due = started + targetMs;
    const met = doneAt <= due;
    const decided = met ? doneAt : due;
    clocks.push(`(${id}, ${policy}, '${target}', ${ts(started)}, ${ts(due)}, ${ts(due)}, ${ts(due)}, ${met ? 'NULL' : ts(due)}, ${ts(doneAt)}, ${met ? 1 : 0}, ${ts(decided)}, ${inbox}, ${team}, ${agent})`);
  };
  for (let i = 0; i < CONVERSATIONS; i++) {
    const id = i + 1;
    const inbox = firstInbox + (i % INBOXES);
    const agent = firstAgent + Math.floor(random() * OPERATORS);
    const created = start + Math.floor(random() * DAYS * 86_400_000);
    const abandoned = random() < 0.08;
    const assigned = created + 2000 + Math.floor(random() * 60_000);
    const replied = assigned + 3000 + Math.floor(random() * 60_000);
    const closed = abandoned ? created + 120_000 : replied + 60_000 + Math.floor(random() * 1_200_000);
    const csat = !abandoned && random() < 0.4 ? 1 + Math.floor(random() * 5) : null;
    conversations.push(`(${id}, ${inbox}, ${firstContact + i}, 'closed', ${abandoned ? 'NULL' : agent}, ${ts(created)}, ${ts(closed)}, ${ts(closed)}, ${csat ?? 'NULL'})`);
    events.push(`(${id}, 'created', NULL, NULL, NULL, ${ts(created)})`, `(${id}, 'queued', NULL, NULL, NULL, ${ts(created + 500)})`);
    if (abandoned) {
      events.push(`(${id}, 'closed', NULL, NULL, NULL, ${ts(closed)})`);
    } else {
      events.push(`(${id}, 'assigned', ${agent}, NULL, NULL, ${ts(assigned)})`, `(${id}, 'first_reply', ${agent}, ${agent}, NULL, ${ts(replied)})`, `(${id}, 'closed', ${agent}, ${agent}, NULL, ${ts(closed)})`);
      if (csat) events.push(`(${id}, 'csat', ${agent}, NULL, '{"score":${csat}}', ${ts(closed + 30_000)})`);
    }
    if (!abandoned) {
      const team = firstTeam + (i % TEAMS);
      clock(id, 'first_response', inbox, team, agent, created, FIRST_RESPONSE_MS, replied);
      clock(id, 'resolution', inbox, team, agent, created, RESOLUTION_MS, closed);
    }
    if (random() < 0.3) labelled.push(`(${id}, ${firstLabel + Math.floor(random() * LABELS)})`);
    for (let m = 0; m < MESSAGES_PER_CONVERSATION; m++) {
      const inbound = m % 2 === 0 || abandoned;
      messages.push(`(${id}, ${inbox}, '${inbound ? 'in' : 'out'}', '${inbound ? 'contact' : 'agent'}', ${inbound ? 'NULL' : agent}, 'Message ${m} of conversation ${id}', 'sent', ${ts(created + m * 20_000)})`);
    }
    if (messages.length >= 50_000) {
      await insertRows(db, 'INSERT INTO messages (conversationId, inboxId, direction, senderType, senderId, text, status, createdAt)', messages.splice(0));
    }
  }
  await insertRows(db, 'INSERT INTO conversations (id, inboxId, contactId, status, assigneeId, createdAt, updatedAt, closedAt, csatScore)', conversations);
  await insertRows(db, 'INSERT INTO messages (conversationId, inboxId, direction, senderType, senderId, text, status, createdAt)', messages);
  await insertRows(db, 'INSERT INTO conversation_events (conversationId, type, agentId, actorId, data, createdAt)', events);
  await insertRows(db, 'INSERT INTO conversation_labels (conversationId, labelId)', labelled);
  await insertRows(
    db,
    'INSERT INTO sla_clocks (conversationId, policyId, target, startedAt, amberAt, warnAt, dueAt, breachedAt, stoppedAt, met, decidedAt, inboxId, teamId, agentId)',
    clocks,
  );
  return { start, firstInbox, firstAgent, events: events.length, clocks: clocks.length };
}

async function main() {
  await requireServices(['reports']);
  const { createConnection } = require('mysql2/promise');
  const name = `inbox_bench_reports_${process.pid}`;
  const admin = await createConnection(MYSQL_SERVER);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = `${MYSQL_SERVER}/${name}`;
  process.env.DATABASE_URL = url;
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-reports-'));
  let app;
  try {
    const { loadConfig } = require('../../backend/dist/config/app-config.js');
    const { createApp } = require('../../backend/dist/app.factory.js');
    app = await createApp(loadConfig({ DATABASE_URL: url, DATA_DIR: dataDir, APP_SECRET: randomBytes(32).toString('hex'), ADMIN_PASSWORD: 'bench-password', DEMO: 'false' }), false);
    const { DataSource } = require('typeorm');
    const db = app.get(DataSource);
    let t0 = performance.now();
    const data = await load(db);
    const loadSeconds = (performance.now() - t0) / 1000;
    const [{ n: messageCount }] = await db.query('SELECT COUNT(*) AS n FROM messages');
    console.log(`Loaded ${CONVERSATIONS} conversations, ${messageCount} messages, ${data.events} events in ${loadSeconds.toFixed(1)} s`);

    const { ReportRollupService } = require('../../backend/dist/reports/report-rollup.service.js');
    const { ReportsService } = require('../../backend/dist/reports/reports.service.js');
    t0 = performance.now();
    await app.get(ReportRollupService).catchUp();
    const foldSeconds = (performance.now() - t0) / 1000;
    console.log(`Folded the event log into conversation facts in ${foldSeconds.toFixed(1)} s`);

    const reports = app.get(ReportsService);
    const month = { from: new Date(data.start).toISOString(), to: new Date(data.start + DAYS * 86_400_000).toISOString(), tzOffset: 0 };
    const cases = [
      ['whole month, every inbox', month],
      ['one inbox', { ...month, inboxId: data.firstInbox }],
      ['one operator', { ...month, agentId: data.firstAgent }],
    ];
    const rows = [];
    for (const [label, query] of cases) {
      await reports.summary(query); // warm-up
      const times = [];
      let summary;
      for (let i = 0; i < RUNS; i++) {
        const s = performance.now();
        summary = await reports.summary(query);
        times.push(performance.now() - s);
      }
      const p50 = percentile(times, 50);
      const max = Math.max(...times);
      console.log(`${label}: ${summary.metrics.conversations} conversations; summary p50 ${p50.toFixed(0)} ms, max ${max.toFixed(0)} ms`);
      rows.push(`| ${label} | ${summary.metrics.conversations} | ${p50.toFixed(0)} ms | ${max.toFixed(0)} ms |`);
    }
    const { SlaReportService } = require('../../backend/dist/sla/sla-report.service.js');
    const slaReports = app.get(SlaReportService);
    const slaRows = [];
    for (const [label, query] of cases) {
      const filters = reports.filters(query);
      await slaReports.report(filters); // warm-up
      const times = [];
      let report;
      for (let i = 0; i < RUNS; i++) {
        const s = performance.now();
        report = await slaReports.report(filters);
        times.push(performance.now() - s);
      }
      const decided = report.policies.reduce((sum, row) => sum + row.decided, 0);
      const p50 = percentile(times, 50);
      const max = Math.max(...times);
      console.log(`SLA, ${label}: ${decided} targets decided; report p50 ${p50.toFixed(0)} ms, max ${max.toFixed(0)} ms`);
      slaRows.push(`| ${label} | ${decided} | ${p50.toFixed(0)} ms | ${max.toFixed(0)} ms |`);
    }
    recordBenchmark(
      'reports',
      'Reports: the summary and the SLA report over a month',
      [
        `${CONVERSATIONS.toLocaleString('en')} closed conversations over ${DAYS} days in ${INBOXES} inboxes with ${OPERATORS} operators, ${Number(messageCount).toLocaleString('en')} messages and ${data.events.toLocaleString('en')} events, on MariaDB (the backend in the same process).`,
        `Loading them with multi-row INSERTs took ${loadSeconds.toFixed(1)} s; folding the event log into \`report_conversation_facts\` the first time took ${foldSeconds.toFixed(1)} s (afterwards each summary folds only the events written since).`,
        `Time of \`ReportsService.summary\` (what \`GET /api/reports/summary\` runs: catching up the facts, reading them, every metric, the daily volume, the weekday × hour load with its Erlang C staffing hint, the per-operator and per-inbox tables), ${RUNS} runs after a warm-up. Target: under 1 s.`,
        '',
        '| query | conversations | p50 | max |',
        '|---|---|---|---|',
        ...rows,
        '',
        '### SLA report',
        '',
        `The same conversations with their SLA targets (a minute to the first reply, half an hour to the closing), ${data.clocks.toLocaleString('en')} decided targets in \`sla_clocks\`, 30 % of the conversations labelled. Time of \`SlaReportService.report\` (what \`GET /api/reports/sla\` runs: the share met per policy, inbox, team, operator and label, and the latest breaches), ${RUNS} runs after a warm-up. Target: under 1 s.`,
        '',
        '| query | targets decided | p50 | max |',
        '|---|---|---|---|',
        ...slaRows,
      ].join('\n'),
    );
  } finally {
    await app?.close();
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
