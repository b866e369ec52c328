/**
 * UID-incremental IMAP sync of one inbox folder, then IDLE for new mail (RFC 3501, RFC 2177).
 * https://imapflow.com/module-imapflow-ImapFlow.html
 *
 * Delivery is at-least-once: the caller's saveState runs only after onEvents resolved for a
 * batch, so a crash or a stop in between re-imports that batch next time; the backend
 * deduplicates by externalId (the Message-ID). A changed UIDVALIDITY means the server renumbered
 * the folder: everything is imported again and deduplicated the same way.
 * The connection is re-opened with exponential backoff; a refused login ends the loop.
 */
import { ImapFlow, type FetchMessageObject, type MailboxObject } from 'imapflow';
import type { InboundEvent } from '../types';
import { imapError } from './email.errors';
import type { ImapSettings } from './email.settings';

/** What the backend persists per inbox. uidValidity is a string: IMAP gives a 32-bit unsigned number, imapflow a BigInt. */
export interface EmailSyncState {
  uidValidity: string;
  lastUid: number;
}

export type ImapSyncStage = 'connect' | 'loadState' | 'fetch' | 'parse' | 'onEvents' | 'saveState' | 'postProcess' | 'idle';

export interface ImapMessageMeta {
  uid: number;
  size?: number;
  internalDate?: Date;
}

export interface ImapSyncOptions {
  settings: ImapSettings;
  /** Raw message → events; throws on a message it cannot read (reported and skipped). */
  toEvents(raw: Buffer, meta: ImapMessageMeta): Promise<InboundEvent[]>;
  onEvents(events: InboundEvent[]): Promise<void>;
  loadState(): Promise<EmailSyncState | null>;
  saveState(state: EmailSyncState): Promise<void>;
  onError(error: unknown, stage: ImapSyncStage): void;
  backoff: { initialMs: number; maxMs: number };
  /** Messages fetched and handed to onEvents at a time. */
  batchSize: number;
  /** Look for new mail at least this often even without IDLE news (re-selecting the folder); also renews IDLE. */
  pollIntervalMs: number;
  /** Without a saved state: import the mail already in the folder ('all') or only what arrives from now on ('new'). */
  initialImport: 'all' | 'new';
  /** A larger mail is imported from its headers only, with a note instead of the body. */
  maxMessageBytes: number;
  connectionTimeoutMs: number;
}

export class ImapSync {
  private stopped = false;
  private loop: Promise<void> | undefined;
  private client: ImapFlow | undefined;
  /** New mail was announced (EXISTS) since the last search. */
  private dirty = false;
  private wake: (() => void) | undefined;
  private stage: ImapSyncStage = 'connect';

  constructor(private readonly options: ImapSyncOptions) {}

  get running(): boolean {
    return this.loop !== undefined && !this.stopped;
  }

  start(): void {
    this.loop ??= this.run().finally(() => {
      this.stopped = true;
    });
  }

  /** Lets a batch in progress finish (up to `graceMs`), then logs out. */
  async stop(graceMs = 5000): Promise<void> {
    this.stopped = true;
    this.wake?.();
    if (!this.loop) return;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([this.loop, grace]);
    clearTimeout(timer);
    this.client?.close();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { backoff } = this.options;
    let delay = backoff.initialMs;
    while (!this.stopped) {
      const client = this.newClient();
      this.client = client;
      try {
        this.stage = 'connect';
        await client.connect();
        const mailbox = await client.mailboxOpen(this.options.settings.folder);
        let state = await this.initialState(mailbox);
        while (!this.stopped) {
          state = await this.syncOnce(client, state);
          delay = backoff.initialMs;
          if (this.stopped || this.dirty) continue;
          if ((await this.waitForChange(client)) === 'poll') {
            // Servers do not tell an open session that its folder was deleted and recreated
            // (Dovecot keeps serving the old view): selecting it again shows a new UIDVALIDITY.
            this.stage = 'fetch';
            await client.mailboxOpen(this.options.settings.folder);
          }
        }
      } catch (err) {
        if (this.stopped) break;
        const stage = this.stage;
        // The caller's own callbacks failed: report their error as it is, and try again later.
        const callback = stage === 'onEvents' || stage === 'saveState' || stage === 'loadState';
        const error = callback ? undefined : imapError(err, stage);
        this.options.onError(error ?? err, stage);
        // A refused login does not heal by waiting: end, the backend marks the inbox.
        if (error?.code === 'auth') break;
        await this.sleep(error?.code === 'rate-limited' && error.retryAfterMs ? error.retryAfterMs : delay);
        delay = Math.min(delay * 2, backoff.maxMs);
      } finally {
        await closeQuietly(client);
      }
    }
  }

  private newClient(): ImapFlow {
    const { settings, connectionTimeoutMs } = this.options;
    const client = new ImapFlow({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: { user: settings.user, pass: settings.password },
      tls: { rejectUnauthorized: settings.rejectUnauthorized },
      logger: false,
      // IDLE is started by us after each sync (auto-IDLE only starts after 15 s of quiet).
      disableAutoIdle: true,
      connectionTimeout: connectionTimeoutMs,
      greetingTimeout: connectionTimeoutMs,
    });
    client.on('exists', () => {
      this.dirty = true;
      this.wake?.();
    });
    // Socket errors come as 'error' then 'close'; the pending command or wait rejects, which is where we report.
    client.on('error', () => undefined);
    return client;
  }

  private async initialState(mailbox: MailboxObject): Promise<EmailSyncState> {
    this.stage = 'loadState';
    const uidValidity = String(mailbox.uidValidity);
    const saved = await this.options.loadState();
    if (saved && saved.uidValidity === uidValidity) return saved;
    if (!saved && this.options.initialImport === 'new') {
      const state = { uidValidity, lastUid: Math.max(0, mailbox.uidNext - 1) };
      this.stage = 'saveState';
      await this.options.saveState(state);
      return state;
    }
    // First start, or UIDVALIDITY changed: every UID we knew is meaningless now.
    return { uidValidity, lastUid: 0 };
  }

  /** Imports every message above lastUid, batch by batch; returns the new state. */
  private async syncOnce(client: ImapFlow, state: EmailSyncState): Promise<EmailSyncState> {
    this.dirty = false;
    this.stage = 'fetch';
    const mailbox = client.mailbox as MailboxObject;
    if (String(mailbox.uidValidity) !== state.uidValidity) state = { uidValidity: String(mailbox.uidValidity), lastUid: 0 };
    // "n:*" always matches the newest message, even below n: filter.
    const found = (await client.search({ uid: `${state.lastUid + 1}:*` }, { uid: true })) || [];
    const uids = found.filter((uid) => uid > state.lastUid).sort((a, b) => a - b);
    for (let i = 0; i < uids.length && !this.stopped; i += this.options.batchSize) {
      const batch = uids.slice(i, i + this.options.batchSize);
      const events = await this.fetchBatch(client, batch);
      if (events.length) {
        this.stage = 'onEvents';
        await this.options.onEvents(events);
      }
      state = { uidValidity: state.uidValidity, lastUid: batch[batch.length - 1] };
      this.stage = 'saveState';
      await this.options.saveState(state);
      await this.postProcess(client, batch);
    }
    return state;
  }

  private async fetchBatch(client: ImapFlow, uids: number[]): Promise<InboundEvent[]> {
    this.stage = 'fetch';
    const max = this.options.maxMessageBytes;
    const meta = await client.fetchAll(uids.join(','), { uid: true, size: true, internalDate: true }, { uid: true });
    const small = meta.filter((m) => (m.size ?? 0) <= max).map((m) => m.uid);
    const large = meta.filter((m) => (m.size ?? 0) > max).map((m) => m.uid);
    const sources = new Map<number, Buffer>();
    if (small.length) {
      for (const m of await client.fetchAll(small.join(','), { uid: true, source: true }, { uid: true })) {
        if (m.source) sources.set(m.uid, m.source);
      }
    }
    if (large.length) {
      for (const m of await client.fetchAll(large.join(','), { uid: true, headers: true }, { uid: true })) {
        if (m.headers) sources.set(m.uid, tooLarge(m.headers, meta.find((x) => x.uid === m.uid)?.size ?? 0, max));
      }
    }
    const events: InboundEvent[] = [];
    for (const m of [...meta].sort((a, b) => a.uid - b.uid)) {
      const raw = sources.get(m.uid);
      if (!raw) continue; // expunged meanwhile
      try {
        events.push(...(await this.options.toEvents(raw, metaOf(m))));
      } catch (err) {
        // A mail we cannot read is reported and skipped, never fetched forever.
        this.options.onError(err, 'parse');
      }
    }
    return events;
  }

  /** Optional housekeeping; a failure is reported but does not re-import anything. */
  private async postProcess(client: ImapFlow, uids: number[]): Promise<void> {
    const { markSeen, moveTo } = this.options.settings;
    if (!markSeen && !moveTo) return;
    this.stage = 'postProcess';
    const range = uids.join(',');
    try {
      if (markSeen) await client.messageFlagsAdd(range, ['\\Seen'], { uid: true });
      if (moveTo) await client.messageMove(range, moveTo, { uid: true });
    } catch (err) {
      if (!client.usable) throw err;
      this.options.onError(imapError(err, 'postProcess'), 'postProcess');
    }
  }

  /** IDLE until the server announces mail, the poll interval passes, stop() is called, or the connection drops. */
  private waitForChange(client: ImapFlow): Promise<'news' | 'poll'> {
    this.stage = 'idle';
    return new Promise((resolve, reject) => {
      const finish = (result: 'news' | 'poll' | Error) => {
        clearTimeout(timer);
        client.off('close', onClose);
        this.wake = undefined;
        if (result instanceof Error) reject(result);
        else resolve(result);
      };
      const onClose = () => finish(new Error('IMAP connection closed'));
      const timer = setTimeout(() => finish('poll'), this.options.pollIntervalMs);
      this.wake = () => finish('news');
      client.on('close', onClose);
      if (!client.usable) return onClose();
      // Resolves only when the next command breaks IDLE, so it is not awaited here.
      client.idle().catch(() => undefined);
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = undefined;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }
}

function metaOf(m: FetchMessageObject): ImapMessageMeta {
  const internalDate = m.internalDate ? new Date(m.internalDate) : undefined;
  return { uid: m.uid, size: m.size, internalDate: internalDate && !Number.isNaN(internalDate.getTime()) ? internalDate : undefined };
}

/** The headers of an oversized mail with a short text body in place of its content. */
function tooLarge(headers: Buffer, size: number, max: number): Buffer {
  const mb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);
  const kept = headers
    .toString('latin1')
    .replace(/(\r?\n)+$/, '')
    .split(/\r?\n(?![ \t])/)
    .filter((line) => !/^(content-type|content-transfer-encoding|mime-version)\s*:/i.test(line))
    .join('\r\n');
  const note = `[This e-mail is ${mb(size)}, over the ${mb(max)} import limit. Open it in the mailbox to read it.]`;
  return Buffer.concat([Buffer.from(`${kept}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n`, 'latin1'), Buffer.from(note, 'utf8')]);
}

async function closeQuietly(client: ImapFlow): Promise<void> {
  if (!client.usable) {
    client.close();
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, 2000)));
  await Promise.race([client.logout().catch(() => undefined), timeout]);
  clearTimeout(timer);
  client.close();
}
