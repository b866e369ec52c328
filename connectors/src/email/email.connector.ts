import { createHash } from 'node:crypto';
import { ImapFlow } from 'imapflow';
import { createTransport, type Transporter } from 'nodemailer';
import { ProviderError, type ChannelConnector, type ConnectorContext, type InboundEvent, type RawInbound, type SendResult } from '../types';
import { composeEmail, type EmailOutboundMessage } from './email-compose';
import { EmailPayloadError, imapError, smtpError } from './email.errors';
import { parseRawEmail, toInboundEvents, type ParsedEmail, type ToInboundEventOptions } from './email-parse';
import { readImapSettings, readSmtpSettings, type ImapSettings, type SmtpSettings } from './email.settings';
import { DEFAULT_SUBJECT_TAG_FORMAT } from './email-threading';
import { ImapSync, type EmailSyncState, type ImapSyncOptions, type ImapSyncStage } from './imap-sync';

export interface EmailConnectorOptions {
  /** Conversation tag in subjects, `{id}` standing for the conversation id; an inbox's settings.subjectTagFormat wins. */
  subjectTagFormat?: string;
  /** IMAP sync tuning; see ImapSyncOptions. */
  sync?: Partial<Pick<ImapSyncOptions, 'batchSize' | 'pollIntervalMs' | 'initialImport' | 'maxMessageBytes' | 'connectionTimeoutMs'>> & {
    backoff?: { initialMs?: number; maxMs?: number };
  };
  /** Told about every sync failure; by default they go to console.warn. */
  onSyncError?: (inboxId: number, error: unknown, stage: ImapSyncStage) => void;
  /** SMTP pool size per inbox, and the timeout for connecting and for each command. */
  smtp?: { maxConnections?: number; timeoutMs?: number };
}

/** The e-mail specific argument of start(): where the sync position is kept between runs. */
export interface EmailStartOptions {
  loadState(): Promise<EmailSyncState | null>;
  /** Called after onEvents resolved for the messages up to state.lastUid. */
  saveState(state: EmailSyncState): Promise<void>;
  /** Without a saved state: import what the folder already holds, or only mail from now on; overrides the connector's sync.initialImport. */
  initialImport?: 'all' | 'new';
}

export type EmailCheck = { ok: true } | { ok: false; error: string; code: ProviderError['code'] };

export interface EmailConnectionTest {
  imap: EmailCheck;
  smtp: EmailCheck;
}

export class EmailConnector implements ChannelConnector {
  readonly type = 'email' as const;
  private readonly syncs = new Map<number, ImapSync>();
  private readonly transports = new Map<number, { key: string; transport: Transporter }>();
  /** Sync positions of inboxes started without EmailStartOptions (lost on restart). */
  private readonly memoryState = new Map<number, EmailSyncState>();

  constructor(private readonly options: EmailConnectorOptions = {}) {}

  // ---- inbound -------------------------------------------------------------

  /**
   * MIME parsing is asynchronous, so this takes a mail parseRawEmail already read
   * (`req.body`); raw bytes go through parseRaw(). Mail normally arrives through start().
   * One message event per mail, plus a `failed` status event when it is a bounce.
   */
  parseInbound(req: RawInbound, options: ToInboundEventOptions = {}): InboundEvent[] {
    const body = req.body as Partial<ParsedEmail> | undefined;
    if (!body || typeof body !== 'object' || typeof body.externalId !== 'string' || !Array.isArray(body.attachments)) {
      throw new EmailPayloadError('parseInbound takes the result of parseRawEmail; use parseRaw() for RFC 822 bytes');
    }
    return toInboundEvents(body as ParsedEmail, { subjectTagFormat: this.options.subjectTagFormat, ...options });
  }

  /** Raw RFC 822 bytes (an MTA pipe, an uploaded .eml) → the events (see toInboundEvents). */
  async parseRaw(raw: Buffer | string, options: ToInboundEventOptions = {}): Promise<InboundEvent[]> {
    return toInboundEvents(await parseRawEmail(raw), { subjectTagFormat: this.options.subjectTagFormat, ...options });
  }

  // ---- outbound ------------------------------------------------------------

  /**
   * Sends over the inbox's SMTP server; the Message-ID is generated before sending (or taken
   * from msg.email.messageId) and returned as externalId. Threading: msg.replyToExternalId and
   * msg.email.references, see EmailOutboundOptions.
   */
  async send(msg: EmailOutboundMessage, ctx: ConnectorContext): Promise<SendResult> {
    const smtp = readSmtpSettings(ctx.settings, ctx.secrets);
    const files = await Promise.all(msg.attachments.map(async (a) => ({ fileName: a.fileName, mimeType: a.mimeType, content: await a.read() })));
    const { mail, messageId } = composeEmail(msg, smtp, files, { subjectTagFormat: this.tagFormat(ctx) });
    try {
      const info = await this.transport(ctx.inboxId, smtp).sendMail(mail);
      if (info.rejected?.length && !info.accepted?.length) throw new ProviderError('permanent', `SMTP server refused ${String(info.rejected[0])}`);
    } catch (err) {
      throw smtpError(err);
    }
    return { externalId: messageId };
  }

  // ---- IMAP ---------------------------------------------------------------------

  /**
   * Starts the IMAP sync of an inbox (a no-op without settings.imapHost) and returns while it
   * runs in the background. One sync per inbox: a second start() replaces the first.
   * Without `state` the position is kept in memory only, and a restarted process imports the
   * folder again (deduplicated by the backend).
   */
  async start(ctx: ConnectorContext, onEvents: (events: InboundEvent[]) => Promise<void>, state?: EmailStartOptions): Promise<void> {
    if (!ctx.settings.imapHost) return;
    const imap = readImapSettings(ctx.settings, ctx.secrets);
    const smtpFrom = typeof ctx.settings.fromAddress === 'string' ? ctx.settings.fromAddress : undefined;
    // A concurrent start() for the same inbox may register its runner while we wait: stop until none is left.
    while (this.syncs.has(ctx.inboxId)) await this.stopSync(ctx.inboxId);
    const sync = this.options.sync ?? {};
    const report = this.options.onSyncError ?? defaultSyncError;
    const eventOptions: ToInboundEventOptions = {
      subjectTagFormat: this.tagFormat(ctx),
      ownAddresses: [imap.user, ...(smtpFrom ? [smtpFrom] : [])],
    };
    const store = state ?? {
      loadState: async () => this.memoryState.get(ctx.inboxId) ?? null,
      saveState: async (s: EmailSyncState) => void this.memoryState.set(ctx.inboxId, s),
    };
    const runner = new ImapSync({
      settings: imap,
      toEvents: async (raw, meta) => toInboundEvents(await parseRawEmail(raw), { ...eventOptions, receivedAt: meta.internalDate }),
      onEvents,
      loadState: () => store.loadState(),
      saveState: (s) => store.saveState(s),
      onError: (error, stage) => report(ctx.inboxId, error, stage),
      backoff: { initialMs: sync.backoff?.initialMs ?? 1000, maxMs: sync.backoff?.maxMs ?? 5 * 60_000 },
      batchSize: sync.batchSize ?? 20,
      pollIntervalMs: sync.pollIntervalMs ?? 4 * 60_000,
      initialImport: state?.initialImport ?? sync.initialImport ?? 'all',
      maxMessageBytes: sync.maxMessageBytes ?? 40 * 1024 * 1024,
      connectionTimeoutMs: sync.connectionTimeoutMs ?? 30_000,
    });
    this.syncs.set(ctx.inboxId, runner);
    runner.start();
  }

  /** Stops the IMAP sync and closes the SMTP pool of one inbox, or of all when none is named. */
  async stop(inboxId?: number): Promise<void> {
    const ids = inboxId === undefined ? [...new Set([...this.syncs.keys(), ...this.transports.keys()])] : [inboxId];
    await Promise.all(
      ids.map(async (id) => {
        await this.stopSync(id);
        this.transports.get(id)?.transport.close();
        this.transports.delete(id);
      }),
    );
  }

  /** Whether an inbox's sync loop is alive (it ends by itself when the login is refused). */
  isSyncing(inboxId: number): boolean {
    return this.syncs.get(inboxId)?.running ?? false;
  }

  // ---- admin ------------------------------------------------------------------------

  /** The "test connection" button: IMAP login and folder check, SMTP login (EHLO/AUTH), in parallel. */
  async testConnection(settings: Record<string, unknown>, secrets: Record<string, string>, timeoutMs = 15_000): Promise<EmailConnectionTest> {
    const [imap, smtp] = await Promise.all([
      check(async () => {
        if (!settings.imapHost) throw new ProviderError('permanent', 'IMAP is not configured (imapHost is empty)');
        await checkImap(readImapSettings(settings, secrets), timeoutMs);
      }, imapError),
      check(async () => checkSmtp(readSmtpSettings(settings, secrets), timeoutMs), smtpError),
    ]);
    return { imap, smtp };
  }

  // ---- plumbing -----------------------------------------------------------------------

  private tagFormat(ctx: ConnectorContext): string {
    const own = ctx.settings.subjectTagFormat;
    return typeof own === 'string' && own.includes('{id}') ? own : (this.options.subjectTagFormat ?? DEFAULT_SUBJECT_TAG_FORMAT);
  }

  /** One pooled transport per inbox, replaced when its server or credentials change. */
  private transport(inboxId: number, smtp: SmtpSettings): Transporter {
    const key = createHash('sha256')
      .update(JSON.stringify([smtp.host, smtp.port, smtp.secure, smtp.rejectUnauthorized, smtp.user, smtp.password]))
      .digest('hex');
    const pooled = this.transports.get(inboxId);
    if (pooled?.key === key) return pooled.transport;
    pooled?.transport.close();
    const timeout = this.options.smtp?.timeoutMs ?? 30_000;
    const transport = createTransport({
      ...smtpConnection(smtp, timeout),
      pool: true,
      maxConnections: this.options.smtp?.maxConnections ?? 2,
    });
    this.transports.set(inboxId, { key, transport });
    return transport;
  }

  private async stopSync(inboxId: number): Promise<void> {
    const runner = this.syncs.get(inboxId);
    this.syncs.delete(inboxId);
    await runner?.stop();
  }
}

function smtpConnection(smtp: SmtpSettings, timeoutMs: number) {
  return {
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password } : undefined,
    tls: { rejectUnauthorized: smtp.rejectUnauthorized },
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs * 2,
  };
}

async function checkImap(imap: ImapSettings, timeoutMs: number): Promise<void> {
  const client = new ImapFlow({
    host: imap.host,
    port: imap.port,
    secure: imap.secure,
    auth: { user: imap.user, pass: imap.password },
    tls: { rejectUnauthorized: imap.rejectUnauthorized },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.mailboxOpen(imap.folder, { readOnly: true });
    if (imap.moveTo && !(await client.status(imap.moveTo, { messages: true }))) {
      throw new ProviderError('permanent', `IMAP folder ${imap.moveTo} (moveTo) does not exist`);
    }
    await client.logout();
  } finally {
    client.close();
  }
}

async function checkSmtp(smtp: SmtpSettings, timeoutMs: number): Promise<void> {
  const transport = createTransport(smtpConnection(smtp, timeoutMs));
  try {
    await transport.verify();
  } finally {
    transport.close();
  }
}

async function check(run: () => Promise<void>, map: (err: unknown, operation: string) => ProviderError): Promise<EmailCheck> {
  try {
    await run();
    return { ok: true };
  } catch (err) {
    const error = map(err, 'check');
    return { ok: false, error: error.message, code: error.code };
  }
}

function defaultSyncError(inboxId: number, error: unknown, stage: ImapSyncStage): void {
  const message = error instanceof Error ? error.message : String(error);
  console.warn(`[email] inbox ${inboxId}: IMAP ${stage} failed: ${message}`);
}
