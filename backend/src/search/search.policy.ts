/** Queries shorter than this match too much to be worth running; longer ones are not a search. */
export const QUERY_CHARS = { min: 2, max: 200 } as const;

/** Words match by prefix; more than this many words say nothing more. */
const MAX_TERMS = 8;

/**
 * The words of a query as both full-text engines take them: letters and
 * digits in any script, lowercased, everything else a separator. Operators
 * of either engine's query language (quotes, *, +, -, NEAR) cannot be
 * typed in, because they never survive this.
 */
export function searchTerms(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** MariaDB/MySQL boolean mode: every word required, each as a prefix. */
export function mysqlMatch(terms: string[]): string {
  return terms.map((t) => `+${t}*`).join(' ');
}

/** SQLite FTS5: every word required (an implicit AND), each a quoted prefix. */
export function sqliteMatch(terms: string[]): string {
  return terms.map((t) => `"${t}"*`).join(' ');
}
