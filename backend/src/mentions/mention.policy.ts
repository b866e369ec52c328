/**
 * Mentions in private notes: who `@anna` names, and how long a mention lets
 * an operator into a conversation they would not see otherwise. Pure.
 */

/** A mention opens the conversation to the operator while unread, and for this long after it was made. */
export const MENTION_ACCESS_MS = 7 * 86_400_000;

export interface MentionableOperator {
  id: number;
  name: string;
  email: string;
}

/** What `@…` is compared as: lowercase, without spaces, dots, dashes and underscores (`@anna.koval` is Anna Koval). */
const squash = (text: string) => text.toLowerCase().replace(/[\s._-]+/g, '');

/** `@` at the start or after anything but a letter, digit or `@` (so `anna@example.com` is no mention), then the handle. */
const HANDLE = /(?:^|[^\p{L}\p{N}_@])@([\p{L}\p{N}_.-]+)/gu;

/**
 * The operators a note mentions, each once, in the order first named. A
 * handle names an operator by the part of their e-mail address before the
 * `@` (what the composer inserts), by their whole name written without
 * spaces (`@AnnaKoval`), or by their first name when only one operator has
 * it. Handles that name nobody, or more than one operator, are plain text.
 */
export function mentionedOperators(text: string, operators: readonly MentionableOperator[]): number[] {
  const byFirstName = new Map<string, number[]>();
  for (const o of operators) {
    const first = squash(o.name.trim().split(/\s+/)[0] ?? '');
    if (first) byFirstName.set(first, [...(byFirstName.get(first) ?? []), o.id]);
  }
  const found: number[] = [];
  for (const [, raw] of text.matchAll(HANDLE)) {
    const handle = raw.replace(/[.\-_]+$/, '').toLowerCase();
    const key = squash(handle);
    if (!key) continue;
    const exact = operators.filter((o) => o.email.toLowerCase().split('@')[0] === handle || squash(o.name) === key);
    const firstName = byFirstName.get(key) ?? [];
    const ids = exact.length === 1 ? [exact[0].id] : exact.length === 0 && firstName.length === 1 ? firstName : [];
    for (const id of ids) if (!found.includes(id)) found.push(id);
  }
  return found;
}

/** Whether a mention still lets its operator read the conversation and add notes to it. */
export function mentionGrantsAccess(mention: { createdAt: Date; readAt: Date | null }, now: Date): boolean {
  return mention.readAt === null || now.getTime() - new Date(mention.createdAt).getTime() < MENTION_ACCESS_MS;
}
