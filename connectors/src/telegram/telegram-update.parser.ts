/**
 * Pure mapping of a (guarded) Telegram update to the normalized inbound events.
 * Bot API types: https://core.telegram.org/bots/api#available-types
 */
import { TRUNCATION_MARKER } from '../inbound-text';
import type { InboundAttachment, InboundEvent, InboundMessageEvent, InboundSender, MessageKind } from '../types';
import type { TgCallbackQuery, TgChat, TgMessage, TgUpdate, TgUser } from './telegram-update.guard';

/** Longest text or caption we keep, in UTF-8 bytes. Telegram's own limit is far lower (4096 chars). */
export const MAX_INBOUND_TEXT_BYTES = 64 * 1024;

export interface ParseOptions {
  /** Clock for events that carry no date of their own (button presses). */
  now?: () => Date;
}

/** `${chat.id}:${message_id}`: message ids are only unique within a chat. */
export function messageExternalId(chatId: number | string, messageId: number | string): string {
  return `${chatId}:${messageId}`;
}

/** The external id a button press gets: callback query ids are globally unique. */
export function callbackExternalId(callbackQueryId: string): string {
  return `cb:${callbackQueryId}`;
}

/** Cuts `text` to at most `maxBytes` UTF-8 bytes (marker included) without splitting a character. */
export function truncateUtf8(text: string, maxBytes = MAX_INBOUND_TEXT_BYTES, marker = TRUNCATION_MARKER): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const bytes = Buffer.from(text, 'utf8');
  let end = Math.max(0, maxBytes - Buffer.byteLength(marker, 'utf8'));
  // Step back off UTF-8 continuation bytes (10xxxxxx) to a character boundary.
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString('utf8') + marker;
}

export function parseTelegramUpdate(update: TgUpdate, options: ParseOptions = {}): InboundEvent[] {
  if (update.message) return messageEvents(update.message, false);
  if (update.edited_message) return messageEvents(update.edited_message, true);
  if (update.callback_query) return callbackEvents(update.callback_query, options.now ?? (() => new Date()));
  // channel_post, my_chat_member, poll, inline_query...: nothing an operator answers.
  return [];
}

function senderOf(chat: TgChat, user: TgUser | undefined): InboundSender {
  const first = user?.first_name ?? chat.first_name;
  const last = user?.last_name ?? chat.last_name;
  const name = [first, last].filter((part) => part && part.trim()).join(' ');
  return clean({
    externalId: String(chat.id),
    name: name || undefined,
    username: user?.username ?? chat.username,
    language: user?.language_code,
  });
}

function messageEvents(msg: TgMessage, edited: boolean): InboundEvent[] {
  // Only one-to-one chats are conversations; groups and channels are not served.
  if (msg.chat.type !== 'private') return [];
  const content = contentOf(msg);
  if (!content) return [];
  const event: InboundMessageEvent = {
    type: 'message',
    externalId: messageExternalId(msg.chat.id, msg.message_id),
    sender: senderOf(msg.chat, msg.from),
    ...content,
    sentAt: new Date(msg.date * 1000),
  };
  if (msg.reply_to_message) event.replyToExternalId = messageExternalId(msg.chat.id, msg.reply_to_message.message_id);
  if (edited) event.edited = true;
  return [clean(event)];
}

function callbackEvents(query: TgCallbackQuery, now: () => Date): InboundEvent[] {
  const chat = query.message?.chat;
  if (chat && chat.type !== 'private') return [];
  // Game buttons carry no data; there is nothing to show an operator.
  if (query.data === undefined) return [];
  const event: InboundMessageEvent = {
    type: 'message',
    externalId: callbackExternalId(query.id),
    // In a private chat the chat id is the user's id, so this matches their messages.
    sender: senderOf(chat ?? { id: query.from.id, type: 'private' }, query.from),
    kind: 'text',
    text: truncateUtf8(query.data),
    attachments: [],
    payload: { callbackQueryId: query.id, data: query.data },
    sentAt: now(),
  };
  if (query.message) event.replyToExternalId = messageExternalId(query.message.chat.id, query.message.message_id);
  return [event];
}

interface Content {
  kind: MessageKind;
  text?: string;
  attachments: InboundAttachment[];
  payload?: Record<string, unknown>;
}

function attachment(
  kind: InboundAttachment['kind'],
  file: { file_id: string; file_size?: number; file_name?: string; mime_type?: string },
  defaultMime?: string,
): InboundAttachment {
  return clean({
    kind,
    providerRef: file.file_id,
    fileName: file.file_name,
    mimeType: file.mime_type ?? defaultMime,
    size: file.file_size,
  });
}

/** What the message carries, in the Bot API's own precedence; null for service messages and the unsupported. */
function contentOf(msg: TgMessage): Content | null {
  const caption = msg.caption === undefined ? undefined : truncateUtf8(msg.caption);
  const media = (kind: MessageKind, att: InboundAttachment, payload?: Record<string, unknown>): Content =>
    clean({ kind, text: caption, attachments: [att], payload });

  if (msg.text !== undefined) return { kind: 'text', text: truncateUtf8(msg.text), attachments: [] };
  if (msg.photo) {
    // Telegram sends several sizes of one photo; keep the largest.
    const largest = msg.photo.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
    return media('image', attachment('image', largest, 'image/jpeg'));
  }
  // An animation (GIF) message also carries `document`; the animation is the real content.
  if (msg.animation) return media('video', attachment('video', msg.animation, 'video/mp4'), { animation: true });
  if (msg.document) return media('file', attachment('file', msg.document));
  if (msg.voice) return media('audio', attachment('audio', msg.voice, 'audio/ogg'), { voice: true });
  if (msg.audio) return media('audio', attachment('audio', msg.audio));
  if (msg.video) return media('video', attachment('video', msg.video));
  if (msg.video_note) return media('video', attachment('video', msg.video_note, 'video/mp4'), { videoNote: true });
  if (msg.sticker) {
    const s = msg.sticker;
    const mime = s.is_animated ? 'application/x-tgsticker' : s.is_video ? 'video/webm' : 'image/webp';
    return media('sticker', attachment('sticker', s, mime), clean({ emoji: s.emoji, setName: s.set_name }));
  }
  if (msg.venue) {
    const { location, title, address } = msg.venue;
    return { kind: 'location', attachments: [], payload: { ...location, title, address } };
  }
  if (msg.location) {
    const { latitude, longitude } = msg.location;
    return { kind: 'location', attachments: [], payload: { latitude, longitude } };
  }
  if (msg.contact) {
    const c = msg.contact;
    const payload = clean({
      phone: c.phone_number,
      name: [c.first_name, c.last_name].filter(Boolean).join(' '),
      userId: c.user_id,
      vcard: c.vcard,
    });
    return { kind: 'contact', attachments: [], payload };
  }
  return null;
}

/** Drops undefined-valued keys (and empty payload objects) so events stay tidy. */
function clean<T extends object>(value: T): T {
  // Copied key by key rather than spread and `delete`d: an object that lost keys is a slow dictionary to V8.
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || (key === 'payload' && typeof v === 'object' && v !== null && Object.keys(v).length === 0)) continue;
    out[key] = v;
  }
  return out as T;
}
