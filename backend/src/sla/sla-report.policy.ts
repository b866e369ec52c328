/**
 * The SLA report's breakdowns from one pass over the decided targets: the
 * database counts them per (policy, inbox, team, operator), and each
 * breakdown adds those counts up by its own key. Pure.
 */

export interface DecidedGroup {
  policyId: number;
  inboxId: number;
  teamId: number | null;
  agentId: number | null;
  decided: number;
  met: number;
}

export interface ShareRow {
  id: number | null;
  decided: number;
  met: number;
  /** met / decided, null when nothing was decided. */
  share: number | null;
}

/** Counts added up by the id `keyOf` gives each group, most decided first (then by id, for a stable order). */
export function rollUp<G extends { decided: number; met: number }>(groups: readonly G[], keyOf: (group: G) => number | null): ShareRow[] {
  const totals = new Map<number | null, { decided: number; met: number }>();
  for (const g of groups) {
    const total = totals.get(keyOf(g)) ?? { decided: 0, met: 0 };
    total.decided += g.decided;
    total.met += g.met;
    totals.set(keyOf(g), total);
  }
  return [...totals]
    .map(([id, { decided, met }]) => ({ id, decided, met, share: decided ? met / decided : null }))
    .sort((a, b) => b.decided - a.decided || (a.id ?? 0) - (b.id ?? 0));
}
