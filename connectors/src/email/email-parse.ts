/**
 * Raw RFC 822 bytes → ParsedEmail (mailparser's simpleParser: MIME, charsets, RFC 2047/2231
 * headers), and the pure ParsedEmail → InboundMessageEvent mapping.
 * https://nodemailer.com/extras/mailparser/
 */
import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject, type Attachment } from 'mailparser';
import type { InboundAttachment, InboundEvent, InboundMessageEvent, InboundStatusEvent, MessageKind } from '../types';
import { bouncedMessage, explainClassification, type EmailClassification } from './email-classify';
import { EmailPayloadError } from './email.errors';
import { sanitizeEmailHtml } from './email-html';
import { splitQuotedText } from './email-quotes';
import { DEFAULT_SUBJECT_TAG_FORMAT, isForwardSubject, normalizeMessageId, parseMessageIdList, parseSubjectTag, threadKeys } from './email-threading';

export interface EmailAddress {
  /** Lowercased. */
  address: string;
  name?: string;
}

export interface EmailAttachment {
  fileName?: string;
  mimeType: string;
  size: number;
  content: Buffer;
  /** Content-ID without angle brackets: what `cid:` URLs in the HTML point at. */
  contentId?: string;
  /** An embedded image the HTML body shows (by cid:), not a file the customer attached. */
  inline: boolean;
  /** sha256 of the content, hex. */
  checksum?: string;
  /** MIME part number ("1.2"). */
  partId?: string;
}

export interface ParsedEmail {
  /** The Message-ID, or a stable hash of Date, From and Subject when the mail has none. */
  externalId: string;
  /** Message-ID without angle brackets, if the mail had one. */
  messageId?: string;
  inReplyTo?: string;
  /** References, oldest first. */
  references: string[];
  from?: EmailAddress;
  replyTo?: EmailAddress;
  to: EmailAddress[];
  cc: EmailAddress[];
  subject: string;
  /** From the Date header; undefined when missing or unreadable. */
  date?: Date;
  /** Plain text body (converted from HTML when the mail has no text part); '' when none. */
  text: string;
  /** HTML body, already sanitized (sanitizeEmailHtml); cid: links are kept. */
  html?: string;
  attachments: EmailAttachment[];
  /** Raw header values by lowercase name, unfolded, not decoded. */
  headers: Record<string, string[]>;
  /** Top-level content type, lowercase ("multipart/report"), and its parameters. */
  contentType: string;
  contentTypeParams: Record<string, string>;
  /** Size of the raw message in bytes. */
  size: number;
}

export interface ParseRawEmailOptions {
  /** HTML parts longer than this are not converted to text (mailparser's converter is slow on huge input). */
  maxHtmlLengthToParse?: number;
}

export async function parseRawEmail(raw: Buffer | string, options: ParseRawEmailOptions = {}): Promise<ParsedEmail> {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  const mail = await simpleParser(bytes, {
    keepCidLinks: true,
    checksumAlgo: 'sha256',
    skipTextToHtml: true,
    skipTextLinks: true,
    maxHtmlLengthToParse: options.maxHtmlLengthToParse ?? 2_000_000,
  });
  const headers = rawHeaders(mail.headerLines);
  const contentType = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  const html = typeof mail.html === 'string' && mail.html.trim() ? sanitizeEmailHtml(mail.html) : undefined;
  const subject = mail.subject?.trim() ?? '';
  // A mail without From (some scripts) still names its Sender.
  const from = addresses(mail.from)[0] ?? addresses(mail.headers.get('sender') as AddressObject | undefined)[0];
  const messageId = normalizeMessageId(mail.messageId);
  const text = cleanText(mail.text ?? '');
  return {
    externalId: messageId ?? syntheticId(headers, text),
    messageId,
    inReplyTo: normalizeMessageId(mail.inReplyTo),
    references: parseMessageIdList(mail.references),
    from,
    replyTo: addresses(mail.replyTo)[0],
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    subject,
    date: headerDate(headers, mail.date),
    text,
    html,
    attachments: mail.attachments.map((a) => attachmentOf(a, html)),
    headers,
    contentType: (contentType?.value ?? 'text/plain').toLowerCase(),
    contentTypeParams: contentType?.params ?? {},
    size: bytes.length,
  };
}

// ---- ParsedEmail → event ----------------------------------------------------------------------

/** An attachment whose bytes came with the mail: store `content`, there is nothing to download. */
export interface EmailInboundAttachment extends InboundAttachment {
  content: Buffer;
  contentId?: string;
  inline: boolean;
  checksum?: string;
}

export interface EmailEventPayload extends Record<string, unknown> {
  subject: string;
  /** The mail's own Message-ID (absent when it had none; externalId is then a hash). */
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  /** Message-IDs to look the conversation up by, most specific first (see threadKeys). */
  threadKeys: string[];
  /** The conversation id from the subject tag, the fallback when no thread key is known. */
  conversationTag?: string;
  /** Sanitized HTML body; `cid:` links point at attachments with that contentId. */
  html?: string;
  /** What the UI may fold under the visible text (event.text). */
  quote?: { quoted: string; signature: string; position?: 'above' | 'below' };
  /** The whole text body, quotes and signature included, when `quote` folded part of it away. */
  fullText?: string;
  classification: EmailClassification;
  classificationReason?: string;
  replyTo?: EmailAddress;
  to: EmailAddress[];
  cc: EmailAddress[];
  /** The mail came from one of the inbox's own addresses (a copy of our own mail, a loop). */
  fromOwnAddress?: true;
}

export interface EmailInboundMessageEvent extends InboundMessageEvent {
  attachments: EmailInboundAttachment[];
  payload: EmailEventPayload;
}

export interface ToInboundEventOptions {
  subjectTagFormat?: string;
  /** When the mail has no readable Date header: the IMAP arrival time, else now. */
  receivedAt?: Date;
  /** The inbox's own addresses (fromAddress, IMAP login). */
  ownAddresses?: readonly string[];
}

/**
 * The event the backend stores. `text` is the visible part of the reply (quotes and signature
 * are in payload.quote for folding); a mail with an empty body shows its subject instead.
 * Every mail yields an event: the backend drops those with payload.classification !== 'normal'.
 */
export function toInboundEvent(parsed: ParsedEmail, options: ToInboundEventOptions = {}): EmailInboundMessageEvent {
  const sender = parsed.from ?? parsed.replyTo;
  if (!sender) throw new EmailPayloadError('the mail has no From address');
  const folded = splitQuotedText(parsed.text, { forwarded: isForwardSubject(parsed.subject) });
  const attachments = parsed.attachments.map((a, i) => inboundAttachment(parsed.externalId, a, i));
  const visible = folded.visible || parsed.text.trim();
  const isFolded = !!folded.visible && !!(folded.quoted || folded.signature);
  const text = visible || (attachments.length ? '' : parsed.subject);
  const { classification, reason } = explainClassification(parsed);
  const own = new Set((options.ownAddresses ?? []).map((a) => a.toLowerCase()));

  const payload: EmailEventPayload = {
    subject: parsed.subject,
    messageId: parsed.messageId,
    inReplyTo: parsed.inReplyTo,
    references: parsed.references,
    threadKeys: threadKeys(parsed),
    conversationTag: parseSubjectTag(parsed.subject, options.subjectTagFormat ?? DEFAULT_SUBJECT_TAG_FORMAT),
    html: parsed.html,
    quote: isFolded ? { quoted: folded.quoted, signature: folded.signature, position: folded.quotePosition } : undefined,
    fullText: isFolded ? parsed.text : undefined,
    classification,
    classificationReason: reason,
    replyTo: parsed.replyTo,
    to: parsed.to,
    cc: parsed.cc,
    fromOwnAddress: own.has(sender.address) ? true : undefined,
  };
  const event: EmailInboundMessageEvent = {
    type: 'message',
    externalId: parsed.externalId,
    sender: dropUndefined({ externalId: sender.address, name: sender.name, email: sender.address }),
    kind: text ? 'text' : kindOf(attachments[0]?.mimeType),
    text,
    attachments,
    replyToExternalId: parsed.inReplyTo,
    payload: dropUndefined(payload),
    sentAt: parsed.date ?? options.receivedAt ?? new Date(),
  };
  return dropUndefined(event);
}

/**
 * The message event, and for a bounce also a `failed` status for the message of ours it
 * returns, so the operator sees that the reply did not arrive.
 */
export function toInboundEvents(parsed: ParsedEmail, options: ToInboundEventOptions = {}): InboundEvent[] {
  const message = toInboundEvent(parsed, options);
  if (message.payload.classification !== 'bounce') return [message];
  const bounced = bouncedMessage(parsed);
  if (!bounced) return [message];
  const status: InboundStatusEvent = { type: 'status', externalId: bounced.messageId, status: 'failed', at: message.sentAt };
  if (bounced.reason) status.error = bounced.reason;
  return [message, status];
}

// ---- helpers --------------------------------------------------------------------------------------

function rawHeaders(lines: ReadonlyArray<{ key: string; line: string }>): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const { key, line } of lines) {
    const value = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
    (headers[key.toLowerCase()] ??= []).push(value);
  }
  return headers;
}

function addresses(value: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  const entries = (Array.isArray(value) ? value : value ? [value] : []).flatMap((object) => object.value);
  const flat = entries.flatMap((entry) => (entry.group ? entry.group : [entry]));
  return flat
    .filter((entry) => entry.address)
    .map((entry) => dropUndefined({ address: (entry.address as string).toLowerCase(), name: entry.name?.trim() || undefined }));
}

/** mailparser gives "now" for an unreadable Date header; an unreadable date is better left out. */
function headerDate(headers: Record<string, string[]>, parsed: Date | undefined): Date | undefined {
  const raw = headers.date?.[0];
  if (!raw || !parsed || Number.isNaN(parsed.getTime())) return undefined;
  const readable = !Number.isNaN(Date.parse(raw.replace(/\([^)]*\)/g, '').trim()));
  return readable || Math.abs(parsed.getTime() - Date.now()) > 60_000 ? parsed : undefined;
}

/** For a mail without Message-ID: the same bytes always give the same id, so re-imports deduplicate. */
function syntheticId(headers: Record<string, string[]>, text: string): string {
  const date = headers.date?.[0] ?? '';
  const parts = [date, headers.from?.[0] ?? '', headers.subject?.[0] ?? ''];
  // Without a date, mails from one sender with one subject would collide: the body tells them apart.
  if (!date) parts.push(text);
  const hash = createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);
  return `${hash}@no-message-id.invalid`;
}

function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\uFEFF/g, '');
}

function attachmentOf(a: Attachment, html: string | undefined): EmailAttachment {
  const contentId = a.cid ? a.cid.trim() : undefined;
  // Inline only when the HTML shows it; otherwise the customer should see it in the file list.
  const inline = !!contentId && !!html && html.includes(`cid:${contentId}`);
  return dropUndefined({
    fileName: a.filename || undefined,
    mimeType: (a.contentType || 'application/octet-stream').toLowerCase(),
    size: a.size ?? a.content.length,
    content: a.content,
    contentId,
    inline,
    checksum: a.checksum || undefined,
    partId: a.partId ?? undefined,
  });
}

function inboundAttachment(externalId: string, a: EmailAttachment, index: number): EmailInboundAttachment {
  return dropUndefined({
    kind: kindOf(a.mimeType) as EmailInboundAttachment['kind'],
    providerRef: `email:${externalId}#${a.partId ?? index + 1}`,
    fileName: a.fileName,
    mimeType: a.mimeType,
    size: a.size,
    content: a.content,
    contentId: a.contentId,
    inline: a.inline,
    checksum: a.checksum,
  });
}

function kindOf(mimeType: string | undefined): Exclude<MessageKind, 'text'> & InboundAttachment['kind'] {
  if (mimeType?.startsWith('image/')) return 'image';
  if (mimeType?.startsWith('audio/')) return 'audio';
  if (mimeType?.startsWith('video/')) return 'video';
  return 'file';
}

function dropUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}
