/**
 * whatsapp-web.js `Message` objects (and acks) → normalized events. The
 * library hands us objects built from WhatsApp Web's own data
 * (https://docs.wwebjs.dev/Message.html); they are read field by field like
 * a webhook body, so a changed or odd shape is a MetaPayloadError and never
 * an event built from guesses.
 */
import { clipInboundText } from '../inbound-text';
import { toE164 } from '../phone';
import { asObject, compact, id, num, optBool, optObj, optStr, str, type Obj } from '../meta/payload-reader';
import { MetaPayloadError } from '../meta/meta-payload.error';
import type { InboundAttachment, InboundMessageEvent, InboundStatusEvent, MessageKind } from '../types';

/** Bytes downloaded with `message.downloadMedia()` (a MessageMedia: base64 data). */
export interface WebMediaFile {
  content: Buffer;
  mimeType: string;
  fileName?: string;
}

/** A message from a linked number: its files came with it, there is nothing to fetch later. */
export interface WhatsAppWebInboundMessageEvent extends InboundMessageEvent {
  files: WebMediaFile[];
}

const MAX_TEXT = 65_536;
const clip = (text: string) => clipInboundText(text, MAX_TEXT) as string;

const MEDIA: Record<string, { kind: MessageKind; attachment: InboundAttachment['kind']; payload?: Record<string, unknown> }> = {
  image: { kind: 'image', attachment: 'image' },
  video: { kind: 'video', attachment: 'video' },
  audio: { kind: 'audio', attachment: 'audio' },
  ptt: { kind: 'audio', attachment: 'audio', payload: { voice: true } },
  document: { kind: 'file', attachment: 'file' },
  sticker: { kind: 'sticker', attachment: 'sticker' },
};

/** WhatsApp's MessageAck (ACK_ERROR -1 … ACK_PLAYED 4) as a delivery status; pending (0) is no news. */
export function webAckStatus(ack: number): InboundStatusEvent['status'] | null {
  if (ack === -1) return 'failed';
  if (ack === 1) return 'sent';
  if (ack === 2) return 'delivered';
  if (ack === 3 || ack === 4) return 'read';
  return null;
}

/** `<digits>@c.us` (a person); groups (`@g.us`), broadcasts and channels are not conversations. */
export function isPersonalChat(chatId: string): boolean {
  return /^[^@\s]+@(c\.us|lid)$/.test(chatId);
}

/**
 * What WhatsApp Web calls a message when one quotes it: who sent it, the
 * chat, and the stanza id we store (`Message.id._serialized`).
 */
export function quotedMessageId(chatId: string, stanzaId: string, fromUs: boolean): string {
  return `${fromUs}_${chatId}_${stanzaId}`;
}

/** The message's own id (WhatsApp's stanza id): unique, and what acks and quotes name. */
function messageId(msg: Obj): string {
  const ref = obj(msg, 'id');
  return id(ref, 'id', 'id');
}

function obj(o: Obj, key: string): Obj {
  return asObject(o[key], key);
}

/**
 * A customer's message; null for ours, group and status traffic, and
 * types with nothing to show (notifications, revokes, polls...).
 */
export function parseWebMessage(message: unknown, files: WebMediaFile[] = []): WhatsAppWebInboundMessageEvent | null {
  const msg = asObject(message, 'message');
  const ref = obj(msg, 'id');
  const externalId = id(ref, 'id', 'id');
  const fromMe = optBool(ref, 'fromMe', 'id') ?? optBool(msg, 'fromMe', '') ?? false;
  const from = id(msg, 'from', '');
  const type = str(msg, 'type', '');
  const timestamp = num(msg, 'timestamp', '');
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new MetaPayloadError('timestamp', '"timestamp" must be a Unix time in seconds');
  const body = optStr(msg, 'body', '') ?? '';
  const data = optObj(msg, '_data', '');
  const name = data ? optStr(data, 'notifyName', '_data') : undefined;
  const quoted = data ? optStr(data, 'quotedStanzaID', '_data') : undefined;
  if (fromMe || optBool(msg, 'isStatus', '') || !isPersonalChat(from)) return null;

  const content = contentOf(type, msg, body, files);
  if (!content) return null;
  const phone = toE164(from);
  return compact({
    type: 'message' as const,
    externalId,
    sender: compact({ externalId: from, name: name?.trim() || undefined, phone: phone ?? undefined }),
    kind: content.kind,
    text: content.text,
    attachments: content.attachments ?? [],
    replyToExternalId: quoted,
    payload: content.payload,
    sentAt: new Date(timestamp * 1000),
    files: content.files ?? [],
  });
}

interface Content {
  kind: MessageKind;
  text?: string;
  attachments?: InboundAttachment[];
  payload?: Record<string, unknown>;
  files?: WebMediaFile[];
}

function contentOf(type: string, msg: Obj, body: string, files: WebMediaFile[]): Content | null {
  if (type === 'chat') return body ? { kind: 'text', text: clip(body) } : null;
  const media = MEDIA[type];
  if (media) {
    const file = files[0];
    const attachments: InboundAttachment[] = file
      ? [compact({ kind: media.attachment, providerRef: messageId(msg), mimeType: file.mimeType, fileName: file.fileName, size: file.content.length })]
      : [];
    // Without its bytes (expired on the phone, too large) the operator still sees what it was.
    const payload = { ...(media.payload ?? {}), ...(file ? {} : { mediaMissing: true }) };
    return compact({ kind: media.kind, text: body ? clip(body) : undefined, attachments, payload, files: file ? [file] : [] });
  }
  if (type === 'location') {
    const loc = obj(msg, 'location');
    return {
      kind: 'location',
      payload: compact({
        latitude: num(loc, 'latitude', 'location'),
        longitude: num(loc, 'longitude', 'location'),
        title: optStr(loc, 'name', 'location'),
        address: optStr(loc, 'address', 'location'),
      }),
    };
  }
  if (type === 'vcard' || type === 'multi_vcard') {
    const cards = msg.vCards;
    if (!Array.isArray(cards) || cards.length === 0 || cards.some((c) => typeof c !== 'string')) throw new MetaPayloadError('vCards', '"vCards" must be a non-empty array of strings');
    const first = readVCard(cards[0] as string);
    return { kind: 'contact', payload: compact({ ...first, vcard: (cards[0] as string).slice(0, 10_000), more: cards.length > 1 ? cards.length - 1 : undefined }) };
  }
  if (type === 'buttons_response' || type === 'list_response') {
    const selected = type === 'buttons_response' ? optStr(msg, 'selectedButtonId', '') : optStr(msg, 'selectedRowId', '');
    return compact({ kind: 'text' as const, text: clip(body), payload: selected ? { data: selected } : undefined });
  }
  return null;
}

/** The name and first phone of a vCard (FN:, TEL...:). */
function readVCard(vcard: string): { name?: string; phone?: string } {
  const name = /^FN[^:\n]*:(.*)$/im.exec(vcard)?.[1]?.trim();
  const tel = /^(?:item\d+\.)?TEL[^:\n]*:(.*)$/im.exec(vcard)?.[1]?.trim();
  return compact({ name: name || undefined, phone: tel ? (toE164(tel) ?? tel) : undefined });
}

/** `message_ack (message, ack)`: for our own messages only. */
export function parseWebAck(message: unknown, ack: unknown, now: Date = new Date()): InboundStatusEvent | null {
  const msg = asObject(message, 'message');
  const ref = obj(msg, 'id');
  const externalId = id(ref, 'id', 'id');
  const fromMe = optBool(ref, 'fromMe', 'id') ?? optBool(msg, 'fromMe', '') ?? false;
  if (typeof ack !== 'number' || !Number.isInteger(ack)) throw new MetaPayloadError('ack', '"ack" must be an integer');
  const status = webAckStatus(ack);
  return fromMe && status ? { type: 'status', externalId, status, at: now } : null;
}
