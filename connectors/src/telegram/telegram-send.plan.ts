/**
 * Pure planning of an outbound message into Bot API calls: which sends, in
 * what order, with which caption, keyboard and reply. No I/O, so every rule
 * here is tested without a server.
 */
import { ProviderError, type OutboundAttachment, type OutboundMessage } from '../types';

/** https://core.telegram.org/bots/api#sendmessage: text is 1-4096 characters. */
export const MAX_TEXT_CHARS = 4096;
/** https://core.telegram.org/bots/api#sendphoto: caption is 0-1024 characters. */
export const MAX_CAPTION_CHARS = 1024;
/** https://core.telegram.org/bots/api#inlinekeyboardbutton: callback_data is 1-64 bytes. */
export const MAX_CALLBACK_DATA_BYTES = 64;
/** Photos over 10 MB are refused by sendPhoto; they go as documents instead. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** Types sendPhoto accepts and re-encodes; anything else (GIF, SVG, HEIC) keeps its bytes as a document. */
const PHOTO_TYPES = new Set(['image/jpeg', 'image/jpg', 'image/png', 'image/webp']);

export type SendStep =
  | { kind: 'text'; text: string }
  | { kind: 'attachment'; attachment: OutboundAttachment; caption?: string };

export interface InlineKeyboard {
  inline_keyboard: { text: string; callback_data: string }[][];
}

export interface SendPlan {
  chatId: string;
  steps: SendStep[];
  /** Goes on the first send only. */
  replyToMessageId?: number;
  /** Goes on the last send, so the buttons sit under the end of the message. */
  keyboard?: InlineKeyboard;
}

/**
 * Text only → the text (split into 4096-character parts if longer).
 * Attachments → one send each; a text that fits a caption rides on the first
 * attachment, a longer one is sent on its own before them.
 * Throws ProviderError('permanent') for what no retry can fix.
 */
export function planTelegramSend(msg: OutboundMessage): SendPlan {
  const chatId = msg.recipientExternalId;
  // We only ever store String(chat.id); anything else is a routing bug, not a Telegram failure to retry.
  if (!/^-?\d+$/.test(chatId)) throw new ProviderError('permanent', `"${chatId}" is not a Telegram chat id`);
  const text = msg.text?.trim() ? msg.text : undefined;
  const steps: SendStep[] = [];
  if (msg.attachments.length === 0) {
    if (!text) throw new ProviderError('permanent', 'Nothing to send: no text and no attachments');
    for (const part of splitText(text, MAX_TEXT_CHARS)) steps.push({ kind: 'text', text: part });
  } else {
    const captionFits = text !== undefined && text.length <= MAX_CAPTION_CHARS;
    if (text && !captionFits) for (const part of splitText(text, MAX_TEXT_CHARS)) steps.push({ kind: 'text', text: part });
    msg.attachments.forEach((attachment, i) =>
      steps.push(i === 0 && captionFits ? { kind: 'attachment', attachment, caption: text } : { kind: 'attachment', attachment }),
    );
  }
  const plan: SendPlan = { chatId, steps };
  const replyTo = replyMessageId(msg.replyToExternalId);
  if (replyTo !== undefined) plan.replyToMessageId = replyTo;
  if (msg.buttons?.length) plan.keyboard = inlineKeyboard(msg.buttons);
  return plan;
}

/** One button per row: titles stay readable on a phone. */
export function inlineKeyboard(buttons: { title: string; payload: string }[]): InlineKeyboard {
  return {
    inline_keyboard: buttons.map(({ title, payload }) => {
      const bytes = Buffer.byteLength(payload, 'utf8');
      if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
        throw new ProviderError(
          'permanent',
          `Button "${title}" payload is ${bytes} bytes; Telegram callback_data must be 1-${MAX_CALLBACK_DATA_BYTES} bytes`,
        );
      }
      if (!title.trim()) throw new ProviderError('permanent', 'A Telegram button needs a title');
      return [{ text: title, callback_data: payload }];
    }),
  };
}

/** The message id part of `${chat_id}:${message_id}`; undefined when there is none to use. */
export function replyMessageId(externalId: string | undefined): number | undefined {
  const match = externalId?.match(/^-?\d+:(\d+)$/);
  return match ? Number(match[1]) : undefined;
}

/** sendPhoto for photos Telegram can show, sendDocument for the rest. */
export function uploadMethod(mimeType: string, size: number): 'sendPhoto' | 'sendDocument' {
  return PHOTO_TYPES.has(mimeType.toLowerCase()) && size <= MAX_PHOTO_BYTES ? 'sendPhoto' : 'sendDocument';
}

/**
 * Splits text into parts of at most `max` UTF-16 units (how Telegram counts),
 * preferring a line break, then a space, and never splitting a surrogate pair.
 */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) {
      cut = max;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--; // high surrogate: keep the pair together
    }
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^[\n ]/, '');
  }
  if (rest) parts.push(rest);
  return parts;
}
