/**
 * When an operator counts as gone, as pure functions: presence.service.ts
 * and the router's grace job feed them rows and a clock.
 */

export interface PresenceRow {
  status: 'online' | 'away' | 'offline';
  statusChangedAt: Date | string | null;
  disconnectedAt: Date | string | null;
}

export type GoneReason = 'offline' | 'disconnected';

/**
 * When the operator's conversations go back to the queue, and why: the
 * grace runs from the last change to offline (by hand or by logging out),
 * or from the moment their last connection closed. Null: nothing to wait
 * for (they are here). A manual offline wins over a disconnect: it is what
 * the operator said.
 */
export function graceDeadline(row: PresenceRow, graceMs: number): { at: number; reason: GoneReason } | null {
  if (row.status === 'offline') return { at: time(row.statusChangedAt) + graceMs, reason: 'offline' };
  if (row.disconnectedAt !== null) return { at: time(row.disconnectedAt) + graceMs, reason: 'disconnected' };
  return null;
}

/** Job timers may fire a little early by another process's clock; this much early still counts as due. */
export const GRACE_TOLERANCE_MS = 250;

/** Raw SQLite rows carry UTC times as text without a zone; Date would read them as local time. */
function time(value: Date | string | null): number {
  if (value === null) return 0;
  if (value instanceof Date) return value.getTime();
  return new Date(/(Z|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value.replace(' ', 'T')}Z`).getTime();
}
