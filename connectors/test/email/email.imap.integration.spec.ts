/**
 * The e-mail connector against a real Dovecot (IMAP in) and smtp-server (SMTP out).
 * Needs dovecot-imapd: see test/email/dovecot.ts. Fails, never skips, when Dovecot is missing.
 */
import type { ImapFlow } from 'imapflow';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmailConnector, type EmailInboundMessageEvent, type EmailStartOptions, type EmailSyncState, type EmailSyncStage } from '../../src/email';
import type { ConnectorContext, InboundEvent } from '../../src/types';
import { adminClient, CuttableProxy, IMAP_PASSWORD, IMAP_USER, startDovecot, type Dovecot } from './dovecot';
import { crlf, emailContext, emailFixture, outboundEmail } from './fixtures';
import { SmtpSink } from './smtp-sink';

let dovecot: Dovecot;
let admin: ImapFlow;
let sink: SmtpSink;
let connector: EmailConnector;
let errors: { error: unknown; stage: EmailSyncStage }[];
let folderCount = 0;

const WAIT = { timeout: 15_000, interval: 50 };

beforeAll(async () => {
  dovecot = await startDovecot();
  admin = await adminClient(dovecot.port);
  sink = await SmtpSink.start();
}, 180_000);
afterAll(async () => {
  await admin?.logout().catch(() => undefined);
  await sink?.close();
  await dovecot?.stop();
});
beforeEach(() => {
  errors = [];
  sink.reset();
  connector = new EmailConnector({
    // A long poll interval: new mail must come through IDLE, not through polling.
    sync: { pollIntervalMs: 60_000, batchSize: 2, backoff: { initialMs: 50, maxMs: 400 } },
    onSyncError: (_inboxId, error, stage) => errors.push({ error, stage }),
    smtp: { timeoutMs: 5000 },
  });
});
afterEach(() => connector.stop());

/** A fresh folder per test, so tests do not see each other's mail. */
async function newFolder(): Promise<string> {
  const folder = `Test-${process.pid}-${++folderCount}`;
  await admin.mailboxCreate(folder);
  return folder;
}

function append(folder: string, raw: Buffer | string) {
  return admin.append(folder, crlf(raw));
}

function imapContext(folder: string, overrides: { settings?: Record<string, unknown>; secrets?: Record<string, string>; port?: number } = {}): ConnectorContext {
  return emailContext({
    settings: { imapHost: '127.0.0.1', imapPort: overrides.port ?? dovecot.port, imapSecure: false, folder, smtpPort: sink.port, ...overrides.settings },
    secrets: { imapUser: IMAP_USER, imapPassword: IMAP_PASSWORD, ...overrides.secrets },
  });
}

/** The sync state as the backend would persist it (JSON round trip included). */
function memoryStore() {
  let saved: string | null = null;
  const saves: EmailSyncState[] = [];
  const store: EmailStartOptions = {
    loadState: async () => (saved ? (JSON.parse(saved) as EmailSyncState) : null),
    saveState: async (state) => {
      saves.push(state);
      saved = JSON.stringify(state);
    },
  };
  return { store, saves, current: () => (saved ? (JSON.parse(saved) as EmailSyncState) : null) };
}

function collector() {
  const events: EmailInboundMessageEvent[] = [];
  const onEvents = vi.fn(async (batch: InboundEvent[]) => {
    events.push(...(batch as EmailInboundMessageEvent[]));
  });
  return { events, onEvents, ids: () => events.map((e) => e.externalId) };
}

const ID = {
  plain: 'CAJ7q1xVb3kF0T9sE8N2w+4hQ@mail.example.org',
  gmail: 'CAJ7q1xU2a0Z9LkR4yT6vX8b1Nm5Q@mail.gmail.com',
  mixed: '8f3e2b1a-77c4-4e0a-b5d6-1c9f0a2e3d4b@example.org',
  russian: 'D4E5F6A7-B8C9-4DAE-8F01-23456789ABCD@example.com',
  koi8: 'Pine.LNX.4.64.0702071101300.4312@mail.example.su',
};

describe('EmailConnector IMAP sync (Dovecot)', { timeout: 30_000 }, () => {
  it('imports the mail already there once, then new mail through IDLE, and nothing twice after a restart', async () => {
    const folder = await newFolder();
    await append(folder, emailFixture('plain-text'));
    await append(folder, emailFixture('reply-gmail'));
    await append(folder, emailFixture('multipart-mixed-attachments'));
    const { store, saves, current } = memoryStore();
    const first = collector();

    await connector.start(imapContext(folder), first.onEvents, store);
    await vi.waitFor(() => expect(first.ids()).toEqual([ID.plain, ID.gmail, ID.mixed]), WAIT);
    // Batches of two: the state moves only past what onEvents accepted.
    await vi.waitFor(() => expect(current()?.lastUid).toBe(3), WAIT);
    expect(saves.map((s) => s.lastUid)).toEqual([2, 3]);
    expect(current()?.uidValidity).toMatch(/^\d+$/);
    expect(first.events[2].attachments.map((a) => [a.fileName, a.size])).toEqual([
      ['invoice-48213.pdf', 142],
      ['order-items.csv', 66],
      ['фото коробки.jpg', 37],
    ]);
    expect(first.events[1].payload.threadKeys[0]).toBe('3b8f6d0e-1a52-4c1e-9d3a-5f0b7a1c2e41@example.test');

    const arrived = Date.now();
    await append(folder, emailFixture('reply-russian'));
    await vi.waitFor(() => expect(first.ids()).toHaveLength(4), WAIT);
    expect(first.ids()[3]).toBe(ID.russian);
    expect(Date.now() - arrived).toBeLessThan(10_000); // IDLE, not the 60 s poll
    await vi.waitFor(() => expect(current()?.lastUid).toBe(4), WAIT);

    await connector.stop();
    expect(connector.isSyncing(3)).toBe(false);

    const second = collector();
    await connector.start(imapContext(folder), second.onEvents, store);
    await append(folder, emailFixture('cyrillic-koi8-r'));
    await vi.waitFor(() => expect(second.ids()).toEqual([ID.koi8]), WAIT);
    expect(second.events[0].sender).toMatchObject({ externalId: 'petrov@mail.example.su', name: 'Пётр Петров' });
    expect(errors).toEqual([]);
  });

  it('imports everything again after a UIDVALIDITY change (folder deleted and recreated)', async () => {
    const folder = await newFolder();
    await append(folder, emailFixture('plain-text'));
    await append(folder, emailFixture('reply-gmail'));
    const { store, current } = memoryStore();
    const before = collector();
    await connector.start(imapContext(folder), before.onEvents, store);
    await vi.waitFor(() => expect(current()?.lastUid).toBe(2), WAIT);
    await connector.stop();
    const oldValidity = current()?.uidValidity;

    await admin.mailboxDelete(folder);
    await admin.mailboxCreate(folder);
    await append(folder, emailFixture('plain-text'));
    await append(folder, emailFixture('reply-gmail'));
    await append(folder, emailFixture('reply-russian'));

    const after = collector();
    await connector.start(imapContext(folder), after.onEvents, store);
    // The same Message-IDs come again: the backend's dedup by externalId drops the first two.
    await vi.waitFor(() => expect(after.ids()).toEqual([ID.plain, ID.gmail, ID.russian]), WAIT);
    await vi.waitFor(() => expect(current()).toMatchObject({ lastUid: 3 }), WAIT);
    expect(current()?.uidValidity).not.toBe(oldValidity);
  });

  it('notices at the next poll a folder recreated while it is connected, and imports it again', async () => {
    const folder = await newFolder();
    await append(folder, emailFixture('plain-text'));
    const { store, current } = memoryStore();
    const { ids, onEvents } = collector();
    // Dovecot sends nothing to a session whose folder is replaced: only the periodic re-SELECT sees it.
    connector = new EmailConnector({ sync: { pollIntervalMs: 500 }, onSyncError: (_i, error, stage) => errors.push({ error, stage }) });
    await connector.start(imapContext(folder), onEvents, store);
    await vi.waitFor(() => expect(current()?.lastUid).toBe(1), WAIT);
    const oldValidity = current()?.uidValidity;

    await admin.mailboxDelete(folder);
    await admin.mailboxCreate(folder);
    await append(folder, emailFixture('plain-text'));
    await append(folder, emailFixture('reply-gmail'));
    await vi.waitFor(() => expect(ids()).toEqual([ID.plain, ID.plain, ID.gmail]), WAIT);
    await vi.waitFor(() => expect(current()?.lastUid).toBe(2), WAIT);
    expect(current()?.uidValidity).not.toBe(oldValidity);
  });

  it('hands a batch again when onEvents failed, saving the state only after it succeeded', async () => {
    const folder = await newFolder();
    await append(folder, emailFixture('plain-text'));
    const { store, saves } = memoryStore();
    const seen: string[] = [];
    let calls = 0;
    const onEvents = vi.fn(async (batch: InboundEvent[]) => {
      seen.push(...batch.map((e) => e.externalId));
      if (++calls === 1) throw new Error('database is down');
    });
    await connector.start(imapContext(folder), onEvents, store);
    await vi.waitFor(() => expect(saves).toHaveLength(1), WAIT);
    expect(seen).toEqual([ID.plain, ID.plain]);
    expect(errors).toEqual([{ stage: 'onEvents', error: new Error('database is down') }]);
  });

  it('runs one sync per inbox, even when started twice at once', async () => {
    const folder = await newFolder();
    const { ids, onEvents } = collector();
    const { store } = memoryStore();
    await Promise.all([connector.start(imapContext(folder), onEvents, store), connector.start(imapContext(folder), onEvents, store)]);
    await append(folder, emailFixture('plain-text'));
    await vi.waitFor(() => expect(ids()).toEqual([ID.plain]), WAIT);
    await append(folder, emailFixture('reply-gmail'));
    await vi.waitFor(() => expect(ids()).toEqual([ID.plain, ID.gmail]), WAIT);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ids()).toEqual([ID.plain, ID.gmail]);
  });

  it('hands over a bounce with a failed status for the message it returns', async () => {
    const folder = await newFolder();
    await append(folder, emailFixture('bounce'));
    const seen: InboundEvent[] = [];
    await connector.start(imapContext(folder), async (batch) => void seen.push(...batch), memoryStore().store);
    await vi.waitFor(() => expect(seen.map((e) => e.type)).toEqual(['message', 'status']), WAIT);
    expect(seen[1]).toMatchObject({ externalId: '3b8f6d0e-1a52-4c1e-9d3a-5f0b7a1c2e41@example.test', status: 'failed' });
  });

  it('marks processed mail seen and moves it to another folder', async () => {
    const folder = await newFolder();
    const done = `${folder}-done`;
    await admin.mailboxCreate(done);
    await append(folder, emailFixture('plain-text'));
    const { events, onEvents } = collector();
    await connector.start(imapContext(folder, { settings: { moveTo: done, markSeen: true } }), onEvents, memoryStore().store);
    await vi.waitFor(() => expect(events).toHaveLength(1), WAIT);
    await vi.waitFor(async () => expect(await admin.status(folder, { messages: true })).toMatchObject({ messages: 0 }), WAIT);
    const lock = await admin.getMailboxLock(done);
    try {
      const moved = await admin.fetchAll('1:*', { flags: true, envelope: true });
      expect(moved.map((m) => [m.envelope?.messageId, m.flags?.has('\\Seen')])).toEqual([[`<${ID.plain}>`, true]]);
    } finally {
      lock.release();
    }
    expect(errors).toEqual([]);
  });

  it('imports an oversized mail from its headers only, with a note', async () => {
    const folder = await newFolder();
    await append(folder, emailFixture('multipart-mixed-attachments'));
    const small = new EmailConnector({ sync: { maxMessageBytes: 1000, pollIntervalMs: 60_000 }, onSyncError: (_i, error, stage) => errors.push({ error, stage }) });
    const { events, onEvents } = collector();
    try {
      await small.start(imapContext(folder), onEvents, memoryStore().store);
      await vi.waitFor(() => expect(events).toHaveLength(1), WAIT);
    } finally {
      await small.stop();
    }
    expect(events[0]).toMatchObject({ externalId: ID.mixed, attachments: [], payload: { subject: 'Invoice and order list' } });
    expect(events[0].text).toMatch(/^\[This e-mail is 2 KB, over the 1 KB import limit\. Open it in the mailbox to read it\.\]$/);
  });

  it('reconnects after the connection drops and picks up mail that came meanwhile', async () => {
    const folder = await newFolder();
    const proxy = await CuttableProxy.start(dovecot.port);
    try {
      const { ids, onEvents } = collector();
      await connector.start(imapContext(folder, { port: proxy.port }), onEvents, memoryStore().store);
      await append(folder, emailFixture('plain-text'));
      await vi.waitFor(() => expect(ids()).toEqual([ID.plain]), WAIT);

      expect(proxy.cut()).toBeGreaterThan(0);
      await append(folder, emailFixture('reply-gmail'));
      await vi.waitFor(() => expect(ids()).toEqual([ID.plain, ID.gmail]), WAIT);
      expect(connector.isSyncing(3)).toBe(true);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((e) => (e.error as { code?: string }).code === 'temporary')).toBe(true);
    } finally {
      await connector.stop();
      await proxy.close();
    }
  });

  it('tests the connection: IMAP login and folder, SMTP login', async () => {
    const folder = await newFolder();
    const { settings, secrets } = imapContext(folder);
    expect(await connector.testConnection(settings, secrets)).toEqual({ imap: { ok: true }, smtp: { ok: true } });

    const missing = await connector.testConnection({ ...settings, folder: 'No-Such-Folder' }, secrets);
    expect(missing.imap).toMatchObject({ ok: false, code: 'permanent', error: expect.stringMatching(/doesn't exist/) });
    const noMoveTo = await connector.testConnection({ ...settings, moveTo: 'No-Such-Folder' }, secrets);
    expect(noMoveTo.imap).toMatchObject({ ok: false, error: expect.stringMatching(/No-Such-Folder/) });
  });
});

describe('EmailConnector dialog over IMAP and SMTP', { timeout: 60_000 }, () => {
  /** What a customer's mail client sends back: a reply quoting ours, threaded on our Message-ID. */
  function customerReply(n: number, to: { messageId: string; subject: string; text: string }, chain: string[]): string {
    const quoted = to.text
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    return [
      'From: John Smith <john.smith@example.org>',
      'To: Acme Support <support@example.test>',
      `Subject: Re: ${to.subject}`,
      `Date: Mon, 5 Feb 2024 1${n}:00:00 +0100`,
      `Message-ID: <customer-${n}@example.org>`,
      `In-Reply-To: <${to.messageId}>`,
      `References: ${chain.map((id) => `<${id}>`).join(' ')}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      `Answer number ${n}.`,
      '',
      `On Mon, 5 Feb 2024 at 1${n}:00, Acme Support <support@example.test> wrote:`,
      quoted,
      '',
    ].join('\r\n');
  }

  it('keeps one thread over several rounds: every reply references the whole chain', async () => {
    const folder = await newFolder();
    const ctx = imapContext(folder);
    const { events, onEvents } = collector();
    await connector.start(ctx, onEvents, memoryStore().store);

    // The backend's side, reduced to what threading needs: the ids of the conversation, in order.
    const conversation: string[] = [];
    const conversationTag = 1041;
    await append(folder, emailFixture('plain-text'));
    await vi.waitFor(() => expect(events).toHaveLength(1), WAIT);
    conversation.push(events[0].externalId);
    const subject = events[0].payload.subject;

    for (let round = 1; round <= 3; round++) {
      const inbound = events[events.length - 1];
      // Round 2 on: the customer's mail finds the conversation by our last Message-ID.
      if (round > 1) expect(inbound.payload.threadKeys[0]).toBe(conversation[conversation.length - 2]);
      if (round > 1) expect(inbound.text).toBe(`Answer number ${round - 1}.`);

      const text = `Reply ${round} from support.`;
      const sent = await connector.send(
        outboundEmail({ senderName: 'Kate', text, replyToExternalId: inbound.externalId, email: { subject, conversationTag, references: [...conversation] } }),
        ctx,
      );
      const mail = sink.received[sink.received.length - 1];
      expect(mail.header('message-id')).toBe(`<${sent.externalId}>`);
      expect(mail.header('in-reply-to')).toBe(`<${inbound.externalId}>`);
      expect(mail.header('references')).toBe(conversation.map((id) => `<${id}>`).join(' '));
      expect(mail.parsed.subject).toBe('Re: Order #48213 has not arrived [#1041]');
      expect(mail.header('from')).toBe('Kate via Acme Support <support@example.test>');
      conversation.push(sent.externalId);

      if (round === 3) break;
      await append(folder, customerReply(round, { messageId: sent.externalId, subject: mail.parsed.subject ?? '', text }, conversation));
      await vi.waitFor(() => expect(events).toHaveLength(round + 1), WAIT);
      conversation.push(events[round].externalId);
      expect(events[round].payload.conversationTag).toBe('1041');
      expect(events[round].payload.quote?.quoted).toMatch(/^On Mon, 5 Feb 2024 at 1\d:00, Acme Support <support@example.test> wrote:\n> Reply/);
    }
    expect(conversation).toHaveLength(6);
    const bracketed = (ids: string[]) => ids.map((id) => `<${id}>`);
    expect(sink.received.map((m) => m.parsed.references)).toEqual([
      bracketed(conversation.slice(0, 1))[0],
      bracketed(conversation.slice(0, 3)),
      bracketed(conversation.slice(0, 5)),
    ]);
  });
});

// Last: after a failed login Dovecot slows down the next login from the same address for a few seconds.
describe('EmailConnector with a refused IMAP login', { timeout: 30_000 }, () => {
  it('stops at a refused login and reports it as an auth failure', async () => {
    const folder = await newFolder();
    await connector.start(imapContext(folder, { secrets: { imapPassword: 'wrong' } }), vi.fn(), memoryStore().store);
    await vi.waitFor(() => expect(errors).toHaveLength(1), WAIT);
    expect(errors[0]).toMatchObject({ stage: 'connect', error: { code: 'auth' } });
    await vi.waitFor(() => expect(connector.isSyncing(3)).toBe(false), WAIT);
  });

  it('says so in the connection test', async () => {
    const { settings, secrets } = imapContext('INBOX');
    const wrong = await connector.testConnection(settings, { ...secrets, imapPassword: 'nope' });
    expect(wrong).toMatchObject({ imap: { ok: false, code: 'auth', error: expect.stringMatching(/Authentication failed/) }, smtp: { ok: true } });
  });
});
