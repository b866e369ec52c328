/**
 * Snooze rules as pure functions (docs/routing.md, Snooze): when a snoozed
 * conversation wakes by itself, and where it goes when it wakes.
 */
import { isValidTimeZone, localTime, nextOpening, zonedInstant, type BusinessHours } from '../automation/business-hours.policy';
import { ineligibility, type AgentSnapshot, type ConversationNeeds, type Ineligibility } from '../routing/routing.policy';

export const SNOOZE_MODES = ['until-customer-writes', 'for', 'until', 'tomorrow'] as const;
export type SnoozeMode = (typeof SNOOZE_MODES)[number];

/** The longest snooze: a conversation forgotten for longer belongs closed. */
export const MAX_SNOOZE_DAYS = 90;
export const MAX_SNOOZE_MINUTES = MAX_SNOOZE_DAYS * 24 * 60;
/** "Tomorrow" for an inbox without business hours. */
const MORNING_MINUTES = 9 * 60;

export interface SnoozeRequest {
  mode: SnoozeMode;
  /** `for`: how long. */
  minutes?: number;
  /** `until`: the instant picked. */
  until?: Date;
  /** `tomorrow` for an inbox without business hours: the operator's zone. */
  timeZone?: string;
}

/** When the conversation wakes by itself (null: only when the customer writes), or what is wrong with the request, naming the field. */
export function wakeTime(request: SnoozeRequest, now: Date, hours: BusinessHours | null): { until: Date | null } | { problem: string } {
  const latest = now.getTime() + MAX_SNOOZE_MINUTES * 60_000;
  if (request.timeZone !== undefined && !isValidTimeZone(request.timeZone)) return { problem: 'timeZone must be an IANA time zone such as Europe/Berlin' };
  switch (request.mode) {
    case 'until-customer-writes':
      return { until: null };
    case 'for':
      if (request.minutes === undefined) return { problem: "minutes: mode 'for' needs how many minutes" };
      return { until: new Date(now.getTime() + request.minutes * 60_000) };
    case 'until':
      if (!request.until) return { problem: "until: mode 'until' needs the time to wake" };
      if (request.until.getTime() <= now.getTime()) return { problem: 'until must be in the future' };
      if (request.until.getTime() > latest) return { problem: `until must be within ${MAX_SNOOZE_DAYS} days` };
      return { until: request.until };
    case 'tomorrow':
      return { until: tomorrowMorning(now, hours, request.timeZone ?? 'UTC') };
  }
}

/**
 * "Tomorrow morning": when the inbox first opens on a later day than today
 * (its business hours, in its zone), so a Friday evening's snooze wakes on
 * Monday's opening; 09:00 tomorrow in `fallbackZone` for an inbox without
 * business hours, or whose schedule never opens.
 */
export function tomorrowMorning(now: Date, hours: BusinessHours | null, fallbackZone: string): Date {
  const zone = hours?.timeZone ?? fallbackZone;
  const today = localTime(now, zone);
  const opening = hours ? nextOpening(hours, zonedInstant(today.year, today.month, today.day + 1, 0, zone)) : null;
  return opening ?? zonedInstant(today.year, today.month, today.day + 1, MORNING_MINUTES, zone);
}

export type WakeOutcome =
  /** Back to the operator who snoozed it. */
  | { kind: 'return'; agentId: number }
  /** To the queue, waiting from the moment it woke: why the operator could not have it. */
  | { kind: 'queue'; why: Ineligibility | 'no-operator' };

/**
 * Where a waking conversation goes: back to its operator when the router
 * would give it to them now (online, connected, below their limit, every
 * rule of the conversation), else to the queue.
 */
export function wakeOutcome(operator: AgentSnapshot | null, needs: ConversationNeeds): WakeOutcome {
  if (!operator) return { kind: 'queue', why: 'no-operator' };
  const why = ineligibility(operator, needs);
  return why === null ? { kind: 'return', agentId: operator.id } : { kind: 'queue', why };
}
