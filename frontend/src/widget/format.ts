import { locale, t } from './strings';
import type { QueuePlace } from './types';

/** The time of day for a bubble; the date too when it is not today. */
export function formatTime(iso: string, now: Date = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const time = d.toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit' });
  return d.toDateString() === now.toDateString() ? time : `${d.toLocaleDateString(locale(), { day: 'numeric', month: 'short' })} ${time}`;
}

/** The away notice: when the team is back, in the visitor's language ("Monday, 09:00"); without a time, that they will answer later. */
export function awayLine(backAt: string | null, now: Date = new Date()): string {
  const back = backAt ? new Date(backAt) : null;
  if (!back || Number.isNaN(back.getTime())) return t('awayNoTime');
  const time = back.toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit' });
  const sameDay = back.toDateString() === now.toDateString();
  return t('awayUntil', { when: sameDay ? time : `${back.toLocaleDateString(locale(), { weekday: 'long', day: 'numeric', month: 'short' })}, ${time}` });
}

export type TextPart = { text: string } | { text: string; href: string };

// Conservative: scheme or www., then no spaces or angle brackets; trailing punctuation is left out below.
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;

/**
 * Splits message text into plain runs and links. Only http(s) links become
 * anchors, so `javascript:` and friends stay inert text; the view puts every
 * part in the DOM through textContent, never as HTML.
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    let raw = match[0];
    // "see https://x.com/a." → the dot ends the sentence, not the link; same for a closing bracket without its pair.
    while (/[.,;:!?')\]}]$/.test(raw) && !(raw.endsWith(')') && raw.split('(').length >= raw.split(')').length)) {
      raw = raw.slice(0, -1);
    }
    const start = match.index ?? 0;
    const href = safeHref(raw.toLowerCase().startsWith('www.') ? `https://${raw}` : raw);
    if (!href) continue;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: raw, href });
    last = start + raw.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** An absolute http(s) URL, or null for anything else (javascript:, data:, garbage). */
export function safeHref(raw: string, base?: string): string | null {
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * An attachment's address: relative to the widget's HOST (the page the
 * widget sits on is another site). Local previews are `blob:` URLs.
 */
export function attachmentHref(url: string, host: string): string | null {
  if (url.startsWith('blob:')) return url;
  return safeHref(url, host);
}

/** Raster images the server shows inline (it sniffs the bytes). */
export function isInlineImage(mimeType: string): boolean {
  return /^image\/(png|jpeg|gif|webp)$/i.test(mimeType);
}

/** "about 4 min", "about 2 h": a wait as rough as an estimate is. */
export function formatWait(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  return minutes < 60 ? t('waitMinutes', { n: minutes }) : t('waitHours', { n: Math.round(minutes / 60) });
}

/** "You are number 2 in line · about 4 min"; without the wait when the server cannot say. */
export function queueLine(place: QueuePlace): string {
  const line = t('queuePlace', { n: place.position });
  return place.expectedWaitMs === null ? line : `${line} · ${formatWait(place.expectedWaitMs)}`;
}
