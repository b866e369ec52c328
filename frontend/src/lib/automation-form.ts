/** The automation settings form's conversions: a day's hours as one line, texts per language as rows. */

export interface OpeningInterval {
  open: string;
  close: string;
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** `09:00-13:00, 14:00-18:00`; empty for a closed day. */
export function formatDay(intervals: OpeningInterval[] | undefined): string {
  return (intervals ?? []).map((i) => `${i.open}-${i.close}`).join(', ');
}

/** The line an admin typed, as intervals; an `error` names the first part that is not `HH:MM-HH:MM` with the end after the start. */
export function parseDay(line: string): { intervals: OpeningInterval[] } | { error: string } {
  const intervals: OpeningInterval[] = [];
  for (const part of line.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/.exec(part);
    const [open, close] = match ? [match[1].padStart(5, '0'), match[2].padStart(5, '0')] : ['', ''];
    if (!match || !TIME.test(open) || open === '24:00' || !TIME.test(close) || minutes(close) <= minutes(open)) return { error: part };
    intervals.push({ open, close });
  }
  return { intervals };
}

export interface LocalizedRow {
  language: string;
  text: string;
}

export function toRows(text: Record<string, string> | undefined, fallbackLanguage: string): LocalizedRow[] {
  const rows = Object.entries(text ?? {}).map(([language, value]) => ({ language, text: value }));
  return rows.length ? rows : [{ language: fallbackLanguage, text: '' }];
}

/** Rows back to `{language: text}`, leaving out the ones without a language or a text. */
export function fromRows(rows: LocalizedRow[]): Record<string, string> {
  return Object.fromEntries(rows.filter((r) => r.language.trim() && r.text.trim()).map((r) => [r.language.trim(), r.text]));
}
