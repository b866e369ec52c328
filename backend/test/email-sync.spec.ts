/**
 * The IMAP sync's durability and ownership: a restart in the middle of a
 * stream of mail, a renumbered folder (UIDVALIDITY), and two processes
 * competing for one mailbox. Real Dovecot, like email.spec.ts.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { InboundEvent } from '@inbox/connectors';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DataSource } from 'typeorm';
import { EmailBody } from '../src/channels/email/email-body.entity';
import { EmailInbound } from '../src/channels/email/email-inbound.service';
import { EmailSync } from '../src/channels/email/email-sync.service';
import { EmailSyncState } from '../src/channels/email/email-sync-state.entity';
import { Message } from '../src/conversations/message.entity';
import { LEASE_STORE, type LeaseStore } from '../src/leases/lease-store';
import { createEmailInbox, customerMail, deliver, folderStatus, mailboxSettings, startMailPeers, type MailPeers } from './support/email-fixtures';
import { waitFor } from './support/operators';
import { ADMIN, freePort, startTestApp, type TestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const WAIT_MS = 20_000;
const MAIN = resolve(__dirname, '../dist/main.js');

let peers: MailPeers;
let db: TestDatabase;
let dataDir: string;
const apps: TestApp[] = [];

beforeAll(async () => {
  peers = await startMailPeers();
}, 180_000);
afterAll(async () => {
  await peers?.close();
});

/** Fresh shared database and files per suite: the apps of one suite are restarts, or processes, of one deployment. */
function deployment(extraEnv: Record<string, string> = {}) {
  const env = { APP_SECRET: randomBytes(32).toString('hex'), REDIS_PREFIX: `inbox-test-${randomBytes(4).toString('hex')}`, ...extraEnv };
  return {
    env,
    async setUp() {
      db = await createTestDatabase();
      dataDir = mkdtempSync(join(tmpdir(), 'inbox-email-sync-'));
    },
    async start(): Promise<TestApp> {
      const app = await startTestApp(env, { db, dataDir });
      apps.push(app);
      return app;
    },
    async tearDown() {
      for (const app of apps.splice(0)) await app.close().catch(() => undefined);
      await db?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every mail handed to the inbound path, by any app instance, as Message-IDs. */
function recordHandedMail() {
  const handed: string[] = [];
  const original = EmailInbound.prototype.handle;
  const spy = vi.spyOn(EmailInbound.prototype, 'handle').mockImplementation(async function (this: EmailInbound, inbox, events: InboundEvent[]) {
    await original.call(this, inbox, events);
    for (const event of events) if (event.type === 'message') handed.push(event.externalId);
  });
  return { handed, spy };
}

function mailsTo(count: number, from: number) {
  return Array.from({ length: count }, (_, i) => customerMail({ from: `Customer ${from + i} <customer${from + i}@example.org>`, subject: `Question ${from + i}`, text: `Mail number ${from + i}` }));
}

async function inboundIds(app: TestApp, inboxId: number): Promise<string[]> {
  const rows = await app.app.get(DataSource).getRepository(Message).find({ where: { inboxId, direction: 'in' }, select: { externalId: true } });
  return rows.map((r) => r.externalId as string);
}

describe('restarting the backend in the middle of a stream of mail', () => {
  const d = deployment();
  beforeAll(() => d.setUp());
  afterAll(() => d.tearDown());
  afterEach(() => vi.restoreAllMocks());

  it('imports every mail exactly once, and again once after the folder is renumbered', async () => {
    const folder = 'Restart';
    await peers.imap.mailboxCreate(folder);
    const { handed } = recordHandedMail();
    const first = await d.start();
    const inbox = await createEmailInbox(first, await first.login(), peers, { folder });

    // 60 mails arrive one after another (over 4 s or more); the backend stops while they are still coming in.
    const beforeStop = mailsTo(60, 1);
    const arriving = (async () => {
      for (const mail of beforeStop) {
        await deliver(peers, mail.raw, folder);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
    })();
    await waitFor(() => inboundIds(first, inbox.id), (ids) => ids.length >= 5, WAIT_MS, 'the first mails');
    await first.close();
    await arriving;
    const importedByFirst = handed.length;
    expect(importedByFirst).toBeLessThan(60);

    // While it is down, more mail.
    const whileDown = mailsTo(10, 61);
    for (const mail of whileDown) await deliver(peers, mail.raw, folder);

    const second = await d.start();
    const all = [...beforeStop, ...whileDown].map((m) => m.messageId);
    // The position is saved after each batch is stored: once it reaches the last UID, the import is done.
    const status = await folderStatus(peers, folder, { uidNext: true, uidValidity: true });
    const positionOf = (app: TestApp) => app.app.get(DataSource).getRepository(EmailSyncState).findOneBy({ inboxId: inbox.id });
    const state = await waitFor(() => positionOf(second), (s) => s?.lastUid === (status.uidNext ?? 0) - 1, WAIT_MS, 'the last UID');
    expect(state).toMatchObject({ folder, uidValidity: String(status.uidValidity) });
    expect((await inboundIds(second, inbox.id)).sort()).toEqual([...all].sort());
    // Nothing the first run had stored was read again: the UID position survived the restart.
    expect(handed).toHaveLength(70);
    expect(new Set(handed).size).toBe(70);
    await second.close();

    // The folder is deleted and made again with the same mail plus one: a new UIDVALIDITY.
    await peers.imap.mailboxDelete(folder);
    await peers.imap.mailboxCreate(folder);
    const newer = mailsTo(1, 71);
    for (const mail of [...beforeStop, ...whileDown, ...newer]) await deliver(peers, mail.raw, folder);
    const renumbered = await folderStatus(peers, folder, { uidValidity: true });
    expect(String(renumbered.uidValidity)).not.toBe(state?.uidValidity);

    const third = await d.start();
    const renumberedStatus = await folderStatus(peers, folder, { uidNext: true });
    const renumberedState = await waitFor(
      () => positionOf(third),
      (s) => s?.uidValidity === String(renumbered.uidValidity) && s.lastUid === (renumberedStatus.uidNext ?? 0) - 1,
      WAIT_MS,
      'the re-read folder',
    );
    expect(renumberedState?.folder).toBe(folder);
    // Everything was read again under the new numbering, and stored once.
    expect(handed).toHaveLength(70 + 71);
    expect((await inboundIds(third, inbox.id)).sort()).toEqual([...all, newer[0].messageId].sort());
  });
});

describe('killing the backend (SIGKILL) in the middle of a stream of mail', () => {
  // With Redis the dead process's lease stays until it runs out: a short one keeps the test short.
  const d = deployment({ LEASE_TTL_SECONDS: '3' });
  beforeAll(() => d.setUp());
  afterAll(() => d.tearDown());

  it('loses no mail and stores none twice, each with its whole body', async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the backend first (npm run build)`);
    const folder = 'Killed';
    await peers.imap.mailboxCreate(folder);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, ...d.env, DATABASE_URL: db.url, DATA_DIR: dataDir, PORT: String(port), PUBLIC_URL: url, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, DEMO: 'false' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const gone = new Promise((resolve) => child.once('exit', resolve));
    try {
      await waitFor(() => fetch(`${url}/api/health`).then((r) => r.ok, () => false), (ok) => ok, 30_000, 'the backend');
      const login = await (await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })).json();
      const token = login.accessToken as string;
      const created = await fetch(`${url}/api/inboxes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ type: 'email', name: 'Killed', email: mailboxSettings(peers, { folder }) }),
      });
      const inboxId = ((await created.json()) as { inbox: { id: number } }).inbox.id;
      // Every mail is from another customer: one conversation each, counted over REST while the backend runs.
      const conversations = async () => ((await (await fetch(`${url}/api/conversations?view=all&inboxId=${inboxId}&limit=100`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: unknown[] }).items.length;
      const beforeKill = mailsTo(60, 1);
      const arriving = (async () => {
        for (const mail of beforeKill) {
          await deliver(peers, mail.raw, folder);
          await new Promise((resolve) => setTimeout(resolve, 40));
        }
      })();
      await waitFor(conversations, (n) => n >= 8, WAIT_MS, 'the first mails');
      child.kill('SIGKILL');
      await gone;
      await arriving;
      const afterKill = mailsTo(10, 61);
      for (const mail of afterKill) await deliver(peers, mail.raw, folder);

      const again = await d.start();
      const status = await folderStatus(peers, folder, { uidNext: true });
      const states = again.app.get(DataSource).getRepository(EmailSyncState);
      await waitFor(() => states.findOneBy({ inboxId }), (s) => s?.lastUid === (status.uidNext ?? 0) - 1, WAIT_MS, 'the last UID');
      const ids = await inboundIds(again, inboxId);
      expect(ids.sort()).toEqual([...beforeKill, ...afterKill].map((m) => m.messageId).sort());
      const bodies = await again.app.get(DataSource).getRepository(EmailBody).count();
      expect(bodies).toBe(70);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});

if (!process.env.REDIS_URL) console.log('E-mail lease tests skipped: they need REDIS_URL (without Redis the product runs as one process, with leases in memory)');

describe.skipIf(!process.env.REDIS_URL)('two backend processes on one mailbox (needs REDIS_URL: without Redis the product is one process)', () => {
  const d = deployment({ LEASE_TTL_SECONDS: '2' });
  beforeAll(() => d.setUp());
  afterAll(() => d.tearDown());

  it('lets only one read the mailbox, and the other take over when it stops', async () => {
    const folder = 'Lock';
    await peers.imap.mailboxCreate(folder);
    const a = await d.start();
    const b = await d.start();
    // Created through the first process: the second learns of it from the database.
    const inbox = await createEmailInbox(a, await a.login(), peers, { folder });
    const syncA = a.app.get(EmailSync);
    const syncB = b.app.get(EmailSync);
    const handledBy = { a: 0, b: 0 };
    for (const [name, app] of [['a', a], ['b', b]] as const) {
      const inbound = app.app.get(EmailInbound);
      const handle = inbound.handle.bind(inbound);
      inbound.handle = async (box, events) => {
        await handle(box, events);
        handledBy[name] += events.filter((e) => e.type === 'message').length;
      };
    }

    // Several lease periods: the second process never gets the mailbox while the first renews.
    const deadline = Date.now() + 4500;
    while (Date.now() < deadline) {
      expect([syncA.isSyncing(inbox.id), syncB.isSyncing(inbox.id)]).toEqual([true, false]);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    for (const mail of mailsTo(3, 100)) await deliver(peers, mail.raw, folder);
    await waitFor(async () => handledBy.a + handledBy.b, (n) => n >= 3, WAIT_MS, '3 mails');
    expect(handledBy).toEqual({ a: 3, b: 0 });

    await a.close();
    await waitFor(async () => syncB.isSyncing(inbox.id), (on) => on, WAIT_MS, 'the take-over');
    for (const mail of mailsTo(2, 200)) await deliver(peers, mail.raw, folder);
    await waitFor(async () => handledBy.a + handledBy.b, (n) => n >= 5, WAIT_MS, '5 mails');
    expect(handledBy).toEqual({ a: 3, b: 2 });
    expect(new Set(await inboundIds(b, inbox.id)).size).toBe(5);
  });

  it('takes over from a process that stopped renewing, never with both reading at once', async () => {
    // Goes on from the test above: b reads the mailbox since a stopped.
    const [b] = apps.slice(-1);
    const inboxId = (await b.app.get(DataSource).getRepository(EmailSyncState).find())[0].inboxId;
    const c = await d.start();
    const syncB = b.app.get(EmailSync);
    const syncC = c.app.get(EmailSync);
    expect([syncB.isSyncing(inboxId), syncC.isSyncing(inboxId)]).toEqual([true, false]);
    // The holder's Redis calls hang from now on, as for a process that froze or lost its network.
    const store = b.app.get<LeaseStore>(LEASE_STORE);
    store.acquire = () => new Promise<boolean>(() => undefined);
    const deadline = Date.now() + WAIT_MS;
    while (!syncC.isSyncing(inboxId)) {
      expect(syncB.isSyncing(inboxId) && syncC.isSyncing(inboxId)).toBe(false);
      if (Date.now() > deadline) throw new Error('no take-over');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(syncB.isSyncing(inboxId)).toBe(false);
    for (const mail of mailsTo(2, 300)) await deliver(peers, mail.raw, 'Lock');
    const ids = await waitFor(() => inboundIds(c, inboxId), (rows) => rows.length >= 7, WAIT_MS, '7 mails');
    expect(new Set(ids).size).toBe(7);
  });

  it('stops reading an archived mailbox on every process, and reads what came meanwhile once reactivated', async () => {
    // Goes on from the test above: c reads the mailbox; it is archived through b.
    const [b, c] = apps.slice(-2);
    const inboxId = (await c.app.get(DataSource).getRepository(EmailSyncState).find())[0].inboxId;
    const syncC = c.app.get(EmailSync);
    expect(syncC.isSyncing(inboxId)).toBe(true);
    const admin = await b.login();
    expect((await b.api(`/api/inboxes/${inboxId}`, { method: 'PATCH', token: admin, body: { active: false } })).status).toBe(200);
    await waitFor(async () => syncC.isSyncing(inboxId) || b.app.get(EmailSync).isSyncing(inboxId), (on) => !on, WAIT_MS, 'the archived mailbox no longer read');
    for (const mail of mailsTo(2, 400)) await deliver(peers, mail.raw, 'Lock');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await inboundIds(c, inboxId)).toHaveLength(7);

    expect((await b.api(`/api/inboxes/${inboxId}`, { method: 'PATCH', token: admin, body: { active: true } })).status).toBe(200);
    const ids = await waitFor(() => inboundIds(c, inboxId), (rows) => rows.length >= 9, WAIT_MS, 'the 2 mails that came while archived');
    expect(new Set(ids).size).toBe(9);
  });
});
