import { ProviderError, type ChannelConnector, type ConnectorContext, type InboundEvent, type OutboundMessage, type RawInbound, type SendResult } from '../types';
import type { MessageMedia } from 'whatsapp-web.js';
import { toWhatsAppWebMedia, type WhatsAppWebClient, type WhatsAppWebMessage } from './whatsapp-web.client';
import { parseWebAck, parseWebMessage, quotedMessageId, type WebMediaFile } from './whatsapp-web.parser';

export type WhatsAppWebStatus = 'starting' | 'qr' | 'authenticated' | 'connected' | 'disconnected';

/** What an admin sees of a linked number. */
export interface WhatsAppWebState {
  status: WhatsAppWebStatus;
  /** The code to scan (WhatsApp > Linked devices), while status is `qr`. */
  qr?: string;
  /** The linked number, once connected (E.164 digits without +). */
  phone?: string;
  /** Why it is disconnected. */
  reason?: string;
  /** Reconnect attempts since the last time it was connected. */
  attempts: number;
}

export interface WhatsAppWebConnectorOptions {
  /** Makes the client of one inbox: the real one (createWhatsAppWebClient) or a stand-in. */
  createClient(inboxId: number): WhatsAppWebClient;
  /** Every change of an inbox's connection (a new QR code, connected, lost). */
  onState?(inboxId: number, state: WhatsAppWebState): void;
  /** A message that could not be read or stored, a failed reconnect. */
  onError?(inboxId: number, error: unknown): void;
  /** Pause before reconnecting after `disconnected`, doubled per failed try up to maxMs. */
  reconnect?: { initialMs?: number; maxMs?: number };
  /** Files over this size are not downloaded (the message says so). */
  maxMediaBytes?: number;
  /** Builds the library's MessageMedia for outbound files; tests keep the default. */
  toMedia?(mimeType: string, bytes: Buffer, fileName: string): MessageMedia;
}

interface Session {
  client: WhatsAppWebClient;
  state: WhatsAppWebState;
  onEvents: (events: InboundEvent[]) => Promise<void>;
  /** Events are handled one after another, so messages are stored in the order WhatsApp gave them. */
  queue: Promise<void>;
  timer?: NodeJS.Timeout;
  stopped: boolean;
}

/** WhatsApp captions stay readable up to about 1024 characters; a longer text goes on its own first. */
const MAX_CAPTION_CHARS = 1024;

/**
 * A linked WhatsApp number through whatsapp-web.js: one client (one
 * Chromium page) per inbox, logged in by scanning a QR code, reconnected
 * after `disconnected`. The backend makes sure only one process runs a
 * number's client at a time.
 */
export class WhatsAppWebConnector implements ChannelConnector {
  readonly type = 'whatsapp' as const;
  private readonly sessions = new Map<number, Session>();

  constructor(private readonly options: WhatsAppWebConnectorOptions) {}

  /** Inbound comes from the client's events, not from a webhook. */
  parseInbound(req: RawInbound): InboundEvent[] {
    const event = parseWebMessage(req.body);
    return event ? [event] : [];
  }

  state(inboxId: number): WhatsAppWebState | null {
    const session = this.sessions.get(inboxId);
    return session ? { ...session.state } : null;
  }

  isRunning(inboxId: number): boolean {
    return this.sessions.has(inboxId);
  }

  /** Starts the inbox's client; returns at once while it loads (a QR code or `connected` follows). */
  async start(ctx: ConnectorContext, onEvents: (events: InboundEvent[]) => Promise<void>): Promise<void> {
    await this.stop(ctx.inboxId);
    const session: Session = { client: this.options.createClient(ctx.inboxId), state: { status: 'starting', attempts: 0 }, onEvents, queue: Promise.resolve(), stopped: false };
    this.sessions.set(ctx.inboxId, session);
    this.launch(ctx.inboxId, session);
  }

  /** Stops one inbox's client, or all; the saved session stays, so the next start needs no QR. */
  async stop(inboxId?: number): Promise<void> {
    const ids = inboxId === undefined ? [...this.sessions.keys()] : [inboxId];
    await Promise.all(
      ids.map(async (id) => {
        const session = this.sessions.get(id);
        if (!session) return;
        this.sessions.delete(id);
        session.stopped = true;
        clearTimeout(session.timer);
        await session.client.destroy().catch((error: unknown) => this.options.onError?.(id, error));
      }),
    );
  }

  async send(msg: OutboundMessage, ctx: ConnectorContext): Promise<SendResult> {
    const session = this.sessions.get(ctx.inboxId);
    if (!session || session.state.status !== 'connected') {
      throw new ProviderError('temporary', `WhatsApp number of inbox ${ctx.inboxId} is not connected (${session?.state.status ?? 'not running here'})`);
    }
    const chatId = msg.recipientExternalId;
    if (!/^[^@\s]+@(c\.us|lid)$/.test(chatId)) throw new ProviderError('permanent', `"${chatId}" is not a WhatsApp chat id`);
    // Buttons are gone from WhatsApp Web: the choices are listed, and the customer types one back.
    const choices = msg.buttons?.length ? msg.buttons.map((b) => b.title).join('\n') : '';
    const text = [msg.text?.trim() ? msg.text : '', choices].filter(Boolean).join('\n\n');
    if (!text && msg.attachments.length === 0) throw new ProviderError('permanent', 'Nothing to send: no text and no attachments');
    const captionFits = text.length > 0 && text.length <= MAX_CAPTION_CHARS && msg.attachments.length > 0;
    const toMedia = this.options.toMedia ?? toWhatsAppWebMedia;
    let first: string | undefined;
    // The first part answers the quoted message, as a swipe-to-reply in the app would.
    const quote = msg.replyToExternalId ? { quotedMessageId: quotedMessageId(chatId, msg.replyToExternalId, msg.replyToFromUs ?? false) } : {};
    const sent = async (content: string | MessageMedia, options?: { caption?: string }) => {
      const result = await session.client.sendMessage(chatId, content, { ...options, ...(first === undefined ? quote : {}) }).catch((error: unknown) => {
        throw sendError(error);
      });
      first ??= result.id.id;
    };
    if (text && !captionFits) await sent(text);
    for (const [i, attachment] of msg.attachments.entries()) {
      const media = toMedia(attachment.mimeType, await attachment.read(), attachment.fileName);
      await sent(media, i === 0 && captionFits ? { caption: text } : undefined);
    }
    return { externalId: first as string };
  }

  private launch(inboxId: number, session: Session): void {
    const { client } = session;
    const setState = (state: Partial<WhatsAppWebState> & { status: WhatsAppWebStatus }) => {
      if (session.stopped) return;
      session.state = { attempts: session.state.attempts, phone: session.state.phone, ...state };
      this.options.onState?.(inboxId, { ...session.state });
    };
    const enqueue = (work: () => Promise<void>) => {
      session.queue = session.queue.then(work).catch((error: unknown) => this.options.onError?.(inboxId, error));
    };
    client.on('qr', (qr) => setState({ status: 'qr', qr }));
    client.on('authenticated', () => setState({ status: 'authenticated' }));
    client.on('ready', () => setState({ status: 'connected', attempts: 0, phone: client.info?.wid.user ?? session.state.phone }));
    client.on('auth_failure', (reason) => this.reconnect(inboxId, session, `authentication failed: ${reason}`));
    client.on('disconnected', (reason) => this.reconnect(inboxId, session, String(reason)));
    client.on('message', (message) =>
      enqueue(async () => {
        const event = parseWebMessage(message, await this.filesOf(message));
        if (event && !session.stopped) await session.onEvents([event]);
      }),
    );
    client.on('message_ack', (message, ack) =>
      enqueue(async () => {
        const event = parseWebAck(message, ack);
        if (event && !session.stopped) await session.onEvents([event]);
      }),
    );
    client.initialize().catch((error: unknown) => this.reconnect(inboxId, session, error instanceof Error ? error.message : String(error)));
  }

  /** Drops the dead client and makes a new one after a pause; the saved session usually logs it straight in. */
  private reconnect(inboxId: number, session: Session, reason: string): void {
    if (session.stopped || session.timer) return;
    session.state = { status: 'disconnected', reason, attempts: session.state.attempts + 1, phone: session.state.phone };
    this.options.onState?.(inboxId, { ...session.state });
    const initialMs = this.options.reconnect?.initialMs ?? 2000;
    const delay = Math.min(initialMs * 2 ** (session.state.attempts - 1), this.options.reconnect?.maxMs ?? 60_000);
    const old = session.client;
    session.timer = setTimeout(() => {
      void (async () => {
        await old.destroy().catch(() => undefined);
        session.timer = undefined;
        if (session.stopped) return;
        try {
          session.client = this.options.createClient(inboxId);
        } catch (error) {
          this.options.onError?.(inboxId, error);
          return this.reconnect(inboxId, session, error instanceof Error ? error.message : String(error));
        }
        this.launch(inboxId, session);
      })();
    }, delay);
    session.timer.unref?.();
  }

  /** The message's file, if it has one we may keep; a failed download leaves the message without it. */
  private async filesOf(message: WhatsAppWebMessage): Promise<WebMediaFile[]> {
    if (!message.hasMedia || typeof message.downloadMedia !== 'function') return [];
    const media = await message.downloadMedia().catch(() => undefined);
    if (!media || typeof media.data !== 'string' || typeof media.mimetype !== 'string') return [];
    const content = Buffer.from(media.data, 'base64');
    if (content.length === 0 || content.length > (this.options.maxMediaBytes ?? 16 * 1024 * 1024)) return [];
    return [{ content, mimeType: media.mimetype.split(';')[0].trim(), ...(media.filename ? { fileName: media.filename } : {}) }];
  }
}

/** A number that is not on WhatsApp cannot be helped by retrying; anything else (page reloading) can. */
function sendError(error: unknown): ProviderError {
  const reason = error instanceof Error ? error.message : String(error);
  if (/invalid wid|no lid|not.*registered|wid error/i.test(reason)) return new ProviderError('permanent', `WhatsApp refused the recipient: ${reason}`);
  return new ProviderError('temporary', `WhatsApp Web send failed: ${reason}`);
}

