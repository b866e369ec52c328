/**
 * The one contract every channel adapter implements (docs/architecture.md).
 *
 * Adapters know their provider and nothing of Nest or the database: they turn
 * a raw provider payload into normalized events, and send normalized
 * outbound messages. The backend persists, routes and pushes to sockets.
 */

export type ChannelType =
  | 'webchat'
  | 'telegram'
  | 'whatsapp'
  | 'whatsapp-cloud'
  | 'email'
  | 'instagram'
  | 'twilio-voice';

export type MessageKind =
  | 'text'
  | 'image'
  | 'file'
  | 'audio'
  | 'video'
  | 'location'
  | 'contact'
  | 'sticker'
  | 'call'
  | 'event';

export type DeliveryStatus = 'pending' | 'sent' | 'delivered' | 'read' | 'failed';

/** A file that arrived with a message and is still at the provider. */
export interface InboundAttachment {
  kind: 'image' | 'file' | 'audio' | 'video' | 'sticker';
  /** Provider's handle to fetch it (Telegram file_id, Graph media id, URL...). */
  providerRef: string;
  fileName?: string;
  mimeType?: string;
  size?: number;
}

/** The sender as the provider knows them. */
export interface InboundSender {
  /** Stable id of the person within this inbox (chat id, phone, e-mail address). */
  externalId: string;
  name?: string;
  username?: string;
  phone?: string;
  email?: string;
  language?: string;
}

export interface InboundMessageEvent {
  type: 'message';
  /** Unique within the inbox: a resent webhook carries the same id. */
  externalId: string;
  sender: InboundSender;
  kind: MessageKind;
  text?: string;
  attachments: InboundAttachment[];
  /** Provider id of the message this one replies to. */
  replyToExternalId?: string;
  /** Location, contact card, button payload and other kind-specific data. */
  payload?: Record<string, unknown>;
  /** True when the provider says the message was edited: update, don't add. */
  edited?: boolean;
  sentAt: Date;
}

export interface InboundStatusEvent {
  type: 'status';
  /** External id of an outbound message this inbox sent earlier. */
  externalId: string;
  status: Exclude<DeliveryStatus, 'pending'>;
  error?: string;
  at: Date;
}

export type InboundEvent = InboundMessageEvent | InboundStatusEvent;

/** A provider request as the HTTP layer received it. */
export interface RawInbound {
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, unknown>;
  /** Parsed JSON or form body. */
  body: unknown;
  /** The exact bytes, for signature checks over the raw body. */
  rawBody?: Buffer;
  /** The full public URL the provider called (signatures that cover the URL). */
  url?: string;
}

export interface OutboundAttachment {
  fileName: string;
  mimeType: string;
  /** Reads the stored bytes; adapters upload them to the provider. */
  read(): Promise<Buffer>;
  /** Where the provider can fetch the file itself (channels that take media by link: Instagram). */
  url?: string;
}

/** An approved message template (WhatsApp Business): the only thing that may open a conversation outside the 24-hour window. */
export interface OutboundTemplate {
  name: string;
  /** The template's language code as approved, e.g. `en_US`. */
  language: string;
  /** Values for the body's {{1}}, {{2}}... in order. */
  parameters?: string[];
}

export interface OutboundButton {
  /** What the customer sees. */
  title: string;
  /** What comes back when pressed. */
  payload: string;
}

export interface OutboundMessage {
  /** Our message id: adapters may pass it as an idempotency key. */
  id: number;
  /** The customer's external id in this inbox (the sender.externalId we stored). */
  recipientExternalId: string;
  text?: string;
  attachments: OutboundAttachment[];
  buttons?: OutboundButton[];
  /** Provider id of the message this one answers (e-mail threading, replies). */
  replyToExternalId?: string;
  /** The answered message is one we sent (WhatsApp Web names a quoted message by who sent it). */
  replyToFromUs?: boolean;
  /** Display name of the operator who wrote it. */
  senderName?: string;
  /**
   * Written by a person and sent after the 24-hour window, within the days
   * Meta's Human Agent feature allows (Instagram: tagged `HUMAN_AGENT`).
   */
  humanAgent?: boolean;
  /** Send this template instead of free text (WhatsApp Cloud API). */
  template?: OutboundTemplate;
}

export interface SendResult {
  /** The provider's id for the sent message, stored so statuses can find it. */
  externalId: string;
}

/** Per-inbox settings and secrets the backend hands to an adapter. */
export interface ConnectorContext {
  inboxId: number;
  settings: Record<string, unknown>;
  secrets: Record<string, string>;
}

/**
 * A provider failure. `code` tells the delivery pipeline what to do:
 * retry with backoff, wait `retryAfterMs`, mark the inbox broken, or give up.
 */
export class ProviderError extends Error {
  constructor(
    readonly code: 'temporary' | 'rate-limited' | 'auth' | 'permanent',
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

export interface ChannelConnector {
  readonly type: ChannelType;
  /** Raw provider payload → normalized events. Pure: no I/O. Throws on a payload it cannot read. */
  parseInbound(req: RawInbound): InboundEvent[];
  /** Checks the provider's signature or secret. */
  verifyInbound?(req: RawInbound, ctx: ConnectorContext): boolean;
  send(msg: OutboundMessage, ctx: ConnectorContext): Promise<SendResult>;
  /** Long-lived clients (polling, IMAP IDLE, WhatsApp web). */
  start?(ctx: ConnectorContext, onEvents: (events: InboundEvent[]) => Promise<void>): Promise<void>;
  stop?(): Promise<void>;
}
