import type { ConversationDto } from '../api/types';

/**
 * What a search hit shows of itself: the text that matched, its matches
 * marked. Words are split as the server splits them
 * (backend/src/search/search.policy.ts): letters and digits in any script,
 * each word of the query matching the start of a word of the text.
 */

/** A run of a hit's text; `mark` when it is what matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Shorter queries are refused by the server (they would match nearly everything). */
export const QUERY_MIN_CHARS = 2;
/** Longer messages show a window of this much from just before the first match. */
const SNIPPET_CHARS = 120;
/** Text kept before the first match, so it reads in its sentence; little, so the match is within the row's two lines. */
const LEAD_CHARS = 25;
/** The server looks for no fewer digits in phones. */
const PHONE_MIN_DIGITS = 3;
const WORD = /[\p{L}\p{N}]+/gu;

interface Range {
  start: number;
  end: number;
}

function queryWords(query: string): string[] {
  return [...new Set(query.toLowerCase().match(WORD) ?? [])];
}

/** A message's text around its first match, on one line, with the start of every word a query word begins marked. */
export function messageSnippet(text: string, query: string): Segment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const words = queryWords(query);
  const marks: Range[] = [];
  for (const word of flat.matchAll(WORD)) {
    // The longest query word that starts it: "par parcel" marks all of "parcel".
    const length = words.reduce((best, w) => (w.length > best && word[0].slice(0, w.length).toLowerCase() === w ? w.length : best), 0);
    if (length > 0) marks.push({ start: word.index, end: word.index + length });
  }
  if (flat.length <= SNIPPET_CHARS) return segments(flat, marks);

  const first = marks[0]?.start ?? 0;
  let start = Math.max(0, first - LEAD_CHARS);
  // Begin and end at word boundaries where that keeps the first match in.
  if (start > 0 && flat[start - 1] !== ' ') {
    const space = flat.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  let end = Math.min(flat.length, start + SNIPPET_CHARS);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  const cut = { text: '…', mark: false };
  return [...(start > 0 ? [cut] : []), ...segments(flat, marks, start, end), ...(end < flat.length ? [cut] : [])];
}

/**
 * The contact field a contact hit matched: the name containing the query,
 * else the e-mail starting with it, else the phone. Should none match here
 * (the server's rules may be looser), the first field it has shows, unmarked.
 */
export function contactSnippet(contact: ConversationDto['contact'], query: string): Segment[] {
  const q = query.trim().toLowerCase();
  const name = contact?.name ?? '';
  const email = contact?.email ?? '';
  const phone = contact?.phone ?? '';
  const inName = name.toLowerCase().indexOf(q);
  if (inName >= 0) return segments(name, [{ start: inName, end: inName + q.length }]);
  if (email.toLowerCase().startsWith(q)) return segments(email, [{ start: 0, end: q.length }]);
  const inPhone = phoneMatch(phone, q);
  if (inPhone) return segments(phone, [inPhone]);
  const shown = name || email || phone;
  return shown ? [{ text: shown, mark: false }] : [];
}

/**
 * The query in a phone number: as typed at its start, or its digits
 * anywhere whatever is written between them ("050 123" in
 * "+380 50 123 45 67"), as the server looks for phones.
 */
function phoneMatch(phone: string, q: string): Range | null {
  if (phone.startsWith(q)) return { start: 0, end: q.length };
  const digits = q.replace(/\D/g, '');
  if (digits.length < PHONE_MIN_DIGITS) return null;
  const at = [...phone.matchAll(/\d/g)].map((m) => m.index);
  const found = at.map((i) => phone[i]).join('').indexOf(digits);
  return found < 0 ? null : { start: at[found], end: at[found + digits.length - 1] + 1 };
}

/** `text` from `start` to `end` cut into plain and marked runs (`marks` in order, not overlapping). */
function segments(text: string, marks: Range[], start = 0, end = text.length): Segment[] {
  const out: Segment[] = [];
  let at = start;
  for (const m of marks) {
    const from = Math.max(m.start, at);
    const to = Math.min(m.end, end);
    if (from >= to) continue;
    if (from > at) out.push({ text: text.slice(at, from), mark: false });
    out.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < end) out.push({ text: text.slice(at, end), mark: false });
  return out;
}
