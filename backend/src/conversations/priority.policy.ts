/**
 * A conversation's priority: one of four names on the API, stored as a
 * small integer rank so the queue's index (status, priority, queuedAt)
 * orders it with `ORDER BY priority DESC`. `normal` is 0, the column's
 * default, so conversations nobody prioritised need no value.
 */
export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

const RANK: Record<Priority, number> = { urgent: 2, high: 1, normal: 0, low: -1 };

export function priorityRank(priority: Priority): number {
  return RANK[priority];
}

/** The name of a stored rank; anything outside the four (never written since the migration) reads as its nearest. */
export function priorityOf(rank: number): Priority {
  if (rank >= RANK.urgent) return 'urgent';
  if (rank >= RANK.high) return 'high';
  if (rank <= RANK.low) return 'low';
  return 'normal';
}

/**
 * The numbers bots used before priorities had names (0–100, higher first):
 * 0 is normal, 1–49 high, 50 and more urgent. Bot flows saved then, and
 * external bots that still send a number, mean the same as before. The
 * migration maps stored conversations the same way (LabelsAndPriority).
 */
export function priorityFromNumber(value: number): Priority {
  if (value >= 50) return 'urgent';
  if (value >= 1) return 'high';
  if (value < 0) return 'low';
  return 'normal';
}
