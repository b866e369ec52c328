// What the browser benchmarks share: the built backend as its own process on
// a fresh SQLite file (jobs in-process) serving the built frontend, seeded
// with conversations, and Debian's Chromium driven by playwright-core.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, BENCH_ADMIN, benchEnv, freePort, startBackend, stopBackend } from './backend.mjs';

const require = createRequire(import.meta.url);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OPERATOR = { name: 'Olga Petrenko', email: 'olga@bench.test', password: 'bench-password-2' };
/** Conversations given to the operator, open: what their "Mine" list shows. */
export const OPERATOR_OPEN = 20;
/** Rows of the operator app's conversation list (role=option) and its scrolling box. */
export const LIST_ROW = '.conv-list [role=option]';
export const LIST_SCROLLER = '.conv-list .vlist';

const WORDS = ['order', 'parcel', 'refund', 'invoice', 'delivery', 'account', 'password', 'address', 'payment', 'size', 'colour', 'return'];
const FIRST = ['Anna', 'Boris', 'Chloé', 'Dmytro', 'Emma', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kateryna', 'Luis'];
const LAST = ['Novak', 'Smith', 'Kowalska', 'Rossi', 'Müller', 'Petrov', 'García', 'Tanaka', 'Dubois', 'Berg', 'Ivanenko', 'Silva'];

const sqlTime = (ms) => new Date(ms).toISOString().slice(0, 23).replace('T', ' ');

/**
 * `count` conversations in two inboxes, newest last, each with a customer's
 * message and an answer (the list shows the last as its preview): the
 * newest OPERATOR_OPEN are open and the operator's, 2 % wait in the queue,
 * the rest are closed and spread over the operator and the admin.
 */
function seed(file, { count, inboxIds, operatorId, adminId }) {
  const Database = require('better-sqlite3');
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  const contact = db.prepare('INSERT INTO contacts (name, email, attributes, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?)');
  const conversation = db.prepare(
    'INSERT INTO conversations (inboxId, contactId, status, assigneeId, openKey, queuedAt, lastMessageAt, closedAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const message = db.prepare('INSERT INTO messages (conversationId, inboxId, direction, senderType, senderId, text, status, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const start = Date.now() - count * 60_000;
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const at = start + i * 60_000;
      const inboxId = inboxIds[i % inboxIds.length];
      const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
      const contactId = Number(contact.run(name, `customer${i}@example.org`, '{}', sqlTime(at), sqlTime(at)).lastInsertRowid);
      const fromEnd = count - i;
      const status = fromEnd <= OPERATOR_OPEN ? 'assigned' : i % 50 === 0 ? 'queued' : 'closed';
      const assignee = status === 'assigned' ? operatorId : status === 'closed' ? (i % 2 ? operatorId : adminId) : null;
      const openKey = status === 'closed' ? null : `${inboxId}:${contactId}`;
      const answered = at + 45_000;
      const id = Number(
        conversation.run(inboxId, contactId, status, assignee, openKey, sqlTime(at), sqlTime(answered), status === 'closed' ? sqlTime(at + 50_000) : null, sqlTime(at), sqlTime(answered)).lastInsertRowid,
      );
      const topic = WORDS[i % WORDS.length];
      message.run(id, inboxId, 'in', 'contact', null, `Hello, I have a question about my ${topic} #${10_000 + i}. Could you help me, please?`, 'sent', sqlTime(at));
      message.run(id, inboxId, 'out', 'agent', assignee ?? adminId, `Thank you, ${name.split(' ')[0]}. I am looking at your ${topic} now.`, 'sent', sqlTime(answered));
    }
    db.prepare('UPDATE agents SET openChats = ? WHERE id = ?').run(OPERATOR_OPEN, operatorId);
  })();
  db.close();
}

/**
 * The backend on a fresh SQLite file with `conversations` seeded, an admin
 * (BENCH_ADMIN) and an operator (OPERATOR); close() stops it and removes the files.
 */
export async function startSeededInbox({ label, conversations }) {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-${label}-`));
  const file = join(dataDir, 'inbox.sqlite');
  const port = await freePort();
  let backend;
  const close = async () => {
    await stopBackend(backend);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    // Every run's browser context closes its socket; the operator keeps their conversations meanwhile.
    const extra = { OFFLINE_GRACE_SECONDS: '3600' };
    backend = await startBackend({ port, logFile: join(dataDir, 'backend.log'), env: benchEnv({ databaseUrl: `sqlite:${file}`, prefix: label, dataDir, port, redisUrl: '', extra }) });
    const { accessToken, user: admin } = await api(port, '/api/auth/login', { body: BENCH_ADMIN });
    const operator = (await api(port, '/api/agents', { token: accessToken, body: { ...OPERATOR, maxChats: OPERATOR_OPEN } })).agent;
    const operatorToken = (await api(port, '/api/auth/login', { body: { email: OPERATOR.email, password: OPERATOR.password } })).accessToken;
    await api(port, '/api/agents/me/status', { method: 'PATCH', token: operatorToken, body: { status: 'online' } });
    const inboxIds = [];
    for (const name of ['Website chat', 'Shop chat']) inboxIds.push((await api(port, '/api/inboxes', { token: accessToken, body: { type: 'webchat', name } })).inbox.id);
    const started = performance.now();
    seed(file, { count: conversations, inboxIds, operatorId: operator.id, adminId: admin.id });
    console.log(`Seeded ${conversations} conversations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return { url: `http://127.0.0.1:${port}`, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Debian's Chromium, headless, as the browser test suites run it (no browser is downloaded). */
export function launchChromium() {
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/** Logs in on the login page of `url` and waits for the conversation list (its first row, or its empty state). */
export async function logIn(page, url, { email, password }) {
  await page.goto(`${url}/`);
  await page.locator('[data-login-form] input[name=email]').fill(email);
  await page.locator('[data-login-form] input[name=password]').fill(password);
  await page.locator('[data-login-form] button[type=submit]').click();
  await page.locator(`${LIST_ROW}, .conv-list .empty`).first().waitFor();
}
