import type { ConversationSla } from '../api/types';

/** The countdown badge's colour (docs/sla.md): green until amber, amber until due, red after; grey while paused. */
export type SlaTone = 'ok' | 'warning' | 'breached' | 'paused';

export function slaTone(sla: ConversationSla, now: number): SlaTone {
  if (sla.dueAt === null) return 'paused';
  if (now >= Date.parse(sla.dueAt)) return 'breached';
  return sla.amberAt !== null && now >= Date.parse(sla.amberAt) ? 'warning' : 'ok';
}

/** Milliseconds left before the due time; negative once breached; null while paused. */
export function slaLeftMs(sla: ConversationSla, now: number): number | null {
  return sla.dueAt === null ? null : Date.parse(sla.dueAt) - now;
}
