// E-mail import benchmark. The built backend
// (backend/dist) runs as its own process with an e-mail inbox on a private
// Dovecot; mail is put into the folder with IMAP APPEND, as a provider's MX
// would deliver it, and the figures are read from the database:
//   - a burst of BENCH_EMAIL_MAILS mails from 100 customers: how fast they are
//     imported (parsed, threaded, stored, routed), and that each is stored once;
//   - single mails one at a time: delivery to stored (IMAP IDLE latency included).
// On SQLite with in-process jobs, and on MariaDB + Redis.
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { api, freePort, mysqlDatabase, REDIS_URL, root, sleep, startBackend, stopBackend } from '../lib/backend.mjs';
import { percentile, recordBenchmark } from '../lib/record.mjs';
import { requireServices } from '../lib/services.mjs';

const require = createRequire(import.meta.url);
const MAILS = Number(process.env.BENCH_EMAIL_MAILS ?? 500);
const SINGLES = Number(process.env.BENCH_EMAIL_SINGLES ?? 20);
const ADMIN = { email: 'admin@bench.test', password: 'bench-password-1' };
const MAILBOX = { user: 'support@example.test', password: 'secret' };

/** Dovecot through the same script the integration tests use. */
async function startDovecot() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-dovecot-'));
  const port = await freePort();
  execFileSync('bash', [join(root, '.ci/dovecot.sh'), dir], { env: { ...process.env, DOVECOT_PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  return { port, stop: () => execFileSync('bash', [join(root, '.ci/dovecot.sh'), 'stop', dir]) && rmSync(dir, { recursive: true, force: true }) };
}

/** An SMTP server that takes everything: the inbox's connection check needs one. */
async function startSmtp() {
  const { SMTPServer } = require('smtp-server');
  const server = new SMTPServer({ logger: false, authOptional: true, disabledCommands: ['STARTTLS'], onData: (stream, _s, done) => stream.on('end', () => done()).resume() });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.server.address().port, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function imapClient(port) {
  const { ImapFlow } = require('imapflow');
  const client = new ImapFlow({ host: '127.0.0.1', port, secure: false, auth: { user: MAILBOX.user, pass: MAILBOX.password }, logger: false });
  await client.connect();
  return client;
}

function mail(i) {
  const customer = i % 100;
  return [
    `From: Customer ${customer} <customer${customer}@example.org>`,
    `To: ${MAILBOX.user}`,
    `Subject: Order ${10_000 + i} question`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <${randomUUID()}@example.org>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Hello, where is order ${10_000 + i}? It was due last week.`,
    '',
    'On Mon, Support wrote:',
    '> We have sent it.',
    '',
  ].join('\r\n');
}

/** Reads `SELECT COUNT(*)` of the inbox's inbound messages straight from the database. */
function counter(database) {
  if (database.kind === 'sqlite') {
    const Database = require('better-sqlite3');
    let db;
    return async (inboxId) => {
      db ??= new Database(database.path, { readonly: true, fileMustExist: true });
      return db.prepare("SELECT COUNT(*) AS n, COUNT(DISTINCT externalId) AS d FROM messages WHERE inboxId = ? AND direction = 'in'").get(inboxId);
    };
  }
  const mysql = require('mysql2/promise');
  const pool = mysql.createPool({ uri: database.url, connectionLimit: 1 });
  const count = async (inboxId) => (await pool.query("SELECT COUNT(*) AS n, COUNT(DISTINCT externalId) AS d FROM messages WHERE inboxId = ? AND direction = 'in'", [inboxId]))[0][0];
  count.close = () => pool.end();
  return count;
}

async function waitForCount(count, inboxId, n) {
  for (;;) {
    const row = await count(inboxId);
    if (Number(row.n) >= n) return row;
    await sleep(5);
  }
}

async function measure(label, database, extraEnv, peers) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-email-'));
  const folder = `Bench-${label.replace(/\W+/g, '')}-${randomBytes(2).toString('hex')}`;
  await peers.imap.mailboxCreate(folder);
  const env = {
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: database.kind === 'sqlite' ? `sqlite:${database.path(dataDir)}` : database.url,
    APP_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    DEMO: 'false',
    ...extraEnv,
  };
  if (database.kind === 'sqlite') database = { ...database, path: database.path(dataDir) };
  const backend = await startBackend({ env, port, logFile: join(dataDir, 'backend.log') });
  const count = counter(database);
  try {
    const { accessToken } = await api(port, '/api/auth/login', { body: ADMIN });
    const email = {
      fromAddress: MAILBOX.user, smtpHost: '127.0.0.1', smtpPort: peers.smtp.port, smtpSecure: false,
      imapHost: '127.0.0.1', imapPort: peers.dovecot.port, imapSecure: false, imapUser: MAILBOX.user, imapPassword: MAILBOX.password, folder,
    };
    const { inbox } = await api(port, '/api/inboxes', { token: accessToken, body: { type: 'email', name: 'Bench', email } });

    const burst = Array.from({ length: MAILS }, (_, i) => mail(i));
    const started = performance.now();
    for (const raw of burst) await peers.imap.append(folder, raw);
    const appended = performance.now();
    const stored = await waitForCount(count, inbox.id, MAILS);
    const done = performance.now();

    const latencies = [];
    for (let i = 0; i < SINGLES; i++) {
      await sleep(200);
      const at = performance.now();
      await peers.imap.append(folder, mail(MAILS + i));
      await waitForCount(count, inbox.id, MAILS + i + 1);
      latencies.push(performance.now() - at);
    }
    const final = await count(inbox.id);
    return {
      label,
      rate: MAILS / ((done - started) / 1000),
      appendRate: MAILS / ((appended - started) / 1000),
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: Math.max(...latencies),
      once: Number(final.n) === MAILS + SINGLES && Number(final.d) === Number(final.n) && Number(stored.d) === Number(stored.n),
    };
  } finally {
    await count.close?.();
    await stopBackend(backend);
    if (process.env.BENCH_EMAIL_KEEP_LOG) console.log(readFileSync(join(dataDir, 'backend.log'), 'utf8').slice(-4000));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  await requireServices(['email']);
  const dovecot = await startDovecot();
  const smtp = await startSmtp();
  const imap = await imapClient(dovecot.port);
  const peers = { dovecot, smtp, imap };
  const results = [];
  try {
    results.push(await measure('SQLite, in-process jobs', { kind: 'sqlite', path: (dir) => join(dir, 'inbox.sqlite') }, {}, peers));
    const database = await mysqlDatabase('email');
    try {
      results.push(await measure('MariaDB + Redis', { kind: 'mysql', url: database.url }, { REDIS_URL, REDIS_PREFIX: `bench-email-${randomBytes(3).toString('hex')}` }, peers));
    } finally {
      await database.drop();
    }
  } finally {
    await imap.logout().catch(() => undefined);
    await smtp.close();
    dovecot.stop();
  }
  const ms = (v) => `${v.toFixed(0)} ms`;
  const table = [
    '| database | burst imported | (APPEND rate) | single mail: p50 | p95 | max | each stored once |',
    '|---|---|---|---|---|---|---|',
    ...results.map((r) => `| ${r.label} | ${r.rate.toFixed(0)} mails/s | ${r.appendRate.toFixed(0)} mails/s | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${r.once ? 'yes' : '**no**'} |`),
  ].join('\n');
  const body = `${table}

The built backend as one process with an e-mail inbox on a private Dovecot (loopback, no TLS). Burst: ${MAILS} plain-text
replies with a quoted line from 100 customers, APPENDed one after another as fast as Dovecot takes them; "imported" is
mails per second from the first APPEND to the last row stored (parsed, quote folded, threaded into the customer's
conversation, body kept, routed). Single mail: ${SINGLES} mails one at a time, from APPEND to the stored row, so IMAP
IDLE's notice (Dovecot checks every second in this set-up: \`mailbox_idle_check_interval = 1 secs\`) is included.`;
  recordBenchmark('email', 'E-mail: import throughput and latency', body);
  console.log(table);
  if (results.some((r) => !r.once)) process.exitCode = 1;
}

await main();
