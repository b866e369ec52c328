import type { ConversationDto, MessageDto, MessageKind, MessageQuote } from '../api/types';

/** When the customer started waiting for an answer, or null when nobody waits on us. */
export function waitingSince(c: ConversationDto): number | null {
  // Put aside on purpose: nobody is late with it until it wakes.
  if (c.status === 'closed' || c.status === 'snoozed') return null;
  if (c.status === 'queued') return Date.parse(c.createdAt);
  if (c.lastMessage && c.lastMessage.direction === 'in') return Date.parse(c.lastMessage.createdAt);
  return null;
}

export interface DurationParts {
  unit: 's' | 'm' | 'h' | 'd';
  n: number;
  rest: number;
}

/** A compact duration: seconds under a minute, minutes (and seconds) under an hour, then hours and minutes, then days. */
export function durationParts(ms: number): DurationParts {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return { unit: 's', n: s, rest: 0 };
  const m = Math.floor(s / 60);
  if (m < 60) return { unit: 'm', n: m, rest: s % 60 };
  const h = Math.floor(m / 60);
  if (h < 24) return { unit: 'h', n: h, rest: m % 60 };
  return { unit: 'd', n: Math.floor(h / 24), rest: h % 24 };
}

/**
 * A duration in the operator's language ("45 s", "3 min", "1 h 5 min",
 * "2 d"): the floor, the list and the reports all say times with it.
 * `seconds` keeps the seconds under an hour ("3 min 20 s"), for measured
 * figures; a running clock leaves them out.
 */
export function formatDuration(ms: number, t: (key: string, values: Record<string, number>) => string, seconds = false): string {
  const p = durationParts(ms);
  if (p.unit === 'm' && seconds && p.rest) return t('duration.ms', { m: p.n, s: p.rest });
  if (p.unit === 'h' && p.rest) return t('duration.hm', { h: p.n, m: p.rest });
  return t(`duration.${p.unit}`, { n: p.n });
}

/** `1.5 MB`, `320 KB`, `12 B`: the operator app and the widget (which imports it from here) say sizes alike. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/** What the app knows of a customer to name them. */
export interface CustomerRef {
  id: number;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/**
 * How every screen names a customer: their name, else their e-mail or phone,
 * else "Visitor #N" — N the contact's id, or the conversation's when the
 * contact is not known. The avatar's initial comes from the same name.
 */
export function customerName(contact: CustomerRef | null | undefined, conversationId: number, t: (key: string, values: Record<string, unknown>) => string): string {
  return contact?.name || contact?.email || contact?.phone || t('conversation.visitor', { id: contact?.id ?? conversationId });
}

export function initials(name: string | null | undefined): string {
  // Words that start with a letter: "Visitor #12" gives "V", not "V#".
  const parts = (name ?? '').trim().split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (parts.length === 0) return '?';
  return (parts[0][0] + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
}

/** A stable pastel hue per contact, so the same person always has the same avatar colour. */
export function hueOf(seed: number | string): number {
  const s = String(seed);
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) % 360;
  return h;
}

export const isImage = (mime: string) => /^image\/(png|jpe?g|gif|webp)$/i.test(mime);

export type AttachmentView = 'image' | 'audio' | 'video' | 'file';

/** How the thread shows a file: inline image, a player (Telegram voice notes are audio/ogg), or a download. */
export function attachmentView(mime: string): AttachmentView {
  if (isImage(mime)) return 'image';
  if (/^audio\//i.test(mime)) return 'audio';
  if (/^video\//i.test(mime)) return 'video';
  return 'file';
}

/** Who wrote a message, as the thread names them: without a stored name, what they are. */
export function senderLabel(m: Pick<MessageDto, 'senderType' | 'senderName'>, t: (key: string) => string): string {
  if (m.senderType === 'bot') return m.senderName || t('message.bot');
  if (m.senderType === 'agent') return m.senderName || t('message.agent');
  return m.senderName || t('message.customer');
}

/** Written by no person (a greeting, a goodbye, a survey, a bot's words): never shown as an operator's reply. */
export function isAutomatic(m: Pick<MessageDto, 'senderType'>): boolean {
  return m.senderType === 'system' || m.senderType === 'bot';
}

/** What stands for a message without text (a conversation's preview, a quote): the kind of thing it sent. */
export function kindLabel(kind: MessageKind, t: (key: string) => string): string {
  return t(`message.${['image', 'audio', 'video', 'location'].includes(kind) ? kind : 'file'}`);
}

/** A conversation's last message as a list shows it: "You: …" for our reply, "Automatic: …" for a greeting or a bot. */
export function lastMessagePreview(c: Pick<ConversationDto, 'lastMessage'>, t: (key: string, values?: Record<string, unknown>) => string): string {
  const last = c.lastMessage;
  if (!last) return t('conversation.noMessages');
  const body = last.text?.trim() || (last.kind === 'text' ? '' : kindLabel(last.kind, t));
  if (isAutomatic(last)) return t('conversation.automaticPrefix', { text: body });
  return last.direction === 'out' ? t('conversation.youPrefix', { text: body }) : body;
}

/** The server cuts a quote's text to this much: a reply shown before the server answered quotes the same. */
const QUOTE_CHARS = 200;

/** A message as a reply to it quotes it. */
export function quoteOf(m: MessageDto): MessageQuote {
  return { id: m.id, senderType: m.senderType, senderName: m.senderName, kind: m.kind, text: m.text === null ? null : m.text.slice(0, QUOTE_CHARS) };
}
