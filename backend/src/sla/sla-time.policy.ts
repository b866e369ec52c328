import { nextClosing, nextOpening, type BusinessHours } from '../automation/business-hours.policy';

/**
 * Time an SLA target counts: every millisecond around the clock (`hours`
 * null), or only while the inbox is open. Pure; the zone's rules (DST
 * included) come from business-hours.policy.ts.
 */

/** How far a walk through open periods goes: a schedule open a few minutes a year still ends. */
const MAX_PERIODS = 5000;

/** The instant `ms` of counted time after `from`; null when the schedule never opens again. */
export function addCountedTime(from: Date, ms: number, hours: BusinessHours | null): Date | null {
  if (!hours) return new Date(from.getTime() + ms);
  let at = from;
  let left = ms;
  for (let period = 0; period < MAX_PERIODS; period++) {
    const opens = nextOpening(hours, at);
    if (!opens) return null;
    const closes = nextClosing(hours, opens) as Date;
    const span = closes.getTime() - opens.getTime();
    if (left <= span) return new Date(opens.getTime() + left);
    left -= span;
    at = closes;
  }
  return null;
}

/** Counted time between two instants (0 when `to` is not later). */
export function countedTimeBetween(from: Date, to: Date, hours: BusinessHours | null): number {
  if (to.getTime() <= from.getTime()) return 0;
  if (!hours) return to.getTime() - from.getTime();
  let at = from;
  let counted = 0;
  for (let period = 0; period < MAX_PERIODS; period++) {
    const opens = nextOpening(hours, at);
    if (!opens || opens.getTime() >= to.getTime()) break;
    const closes = nextClosing(hours, opens) as Date;
    counted += Math.min(closes.getTime(), to.getTime()) - opens.getTime();
    at = closes;
  }
  return counted;
}

/** What a policy says about one target. */
export interface TargetRule {
  /** The target, in counted milliseconds. */
  targetMs: number;
  /** The share of the target after which the badge turns amber (0 < share < 1). */
  amberShare: number;
  /** Warn this long (counted) before the breach; null: warn when the badge turns amber. */
  warnBeforeMs: number | null;
}

/** The instants of one running target: amber badge, the warning, the breach. Null fields: the schedule never opens again. */
export interface ClockInstants {
  amberAt: Date | null;
  warnAt: Date | null;
  dueAt: Date | null;
}

export function clockInstants(startedAt: Date, rule: TargetRule, hours: BusinessHours | null): ClockInstants {
  const amberAt = addCountedTime(startedAt, Math.round(rule.targetMs * rule.amberShare), hours);
  return {
    amberAt,
    warnAt: rule.warnBeforeMs === null ? amberAt : addCountedTime(startedAt, Math.max(0, rule.targetMs - rule.warnBeforeMs), hours),
    dueAt: addCountedTime(startedAt, rule.targetMs, hours),
  };
}

/**
 * Where an instant of a clock paused at `pausedAt` moves when it runs again
 * at `resumedAt`: as much counted time after `resumedAt` as was left before
 * it at the pause. An instant already passed at the pause stays.
 */
export function resumedInstant(instant: Date, pausedAt: Date, resumedAt: Date, hours: BusinessHours | null): Date | null {
  if (instant.getTime() <= pausedAt.getTime()) return instant;
  return addCountedTime(resumedAt, countedTimeBetween(pausedAt, instant, hours), hours);
}

export type SlaState = 'ok' | 'warning' | 'breached';

/** The badge's colour at `now`: green until amber, amber until due, red after. */
export function slaState(amberAt: Date, dueAt: Date, now: Date): SlaState {
  if (now.getTime() >= dueAt.getTime()) return 'breached';
  return now.getTime() >= amberAt.getTime() ? 'warning' : 'ok';
}
