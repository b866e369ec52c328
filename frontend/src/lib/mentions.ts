/** Mentions in the composer's notes: the `@query` being typed, and the operators it suggests. */

export interface Mentionable {
  id: number;
  name: string;
  email: string;
  active: boolean;
}

/** What the composer inserts for an operator: the part of their e-mail before the `@`, which names one operator only. */
export const handleOf = (operator: Pick<Mentionable, 'email'>): string => operator.email.split('@')[0];

/**
 * The `@query` right before the caret, if any: an `@` at the start or after
 * whitespace or an opening bracket, then no whitespace (so an e-mail address
 * being typed is no mention).
 */
export function atQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|[\s(])@([^\s@]*)$/.exec(before);
  if (!match) return null;
  return { start: before.length - match[2].length - 1, query: match[2] };
}

/** Active operators other than me whose name (any word) or handle starts with the query; at most `limit`, by name. */
export function suggestOperators(operators: readonly Mentionable[], query: string, meId: number | null, limit = 6): Mentionable[] {
  const q = query.trim().toLowerCase();
  const starts = (o: Mentionable) => !q || handleOf(o).toLowerCase().startsWith(q) || o.name.toLowerCase().split(/\s+/).some((w) => w.startsWith(q));
  return operators
    .filter((o) => o.active && o.id !== meId && starts(o))
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, limit);
}
