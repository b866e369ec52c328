import type { SlaTarget } from './sla.entities';

/**
 * Which targets run on a conversation, derived from its state alone so that
 * any event (or a rebuild) can recompute them and arrive at the same answer:
 *
 * - first response, from the opening until an operator's first public reply;
 * - next response, from the first customer message after an operator's
 *   reply until the next reply. While the last word is the operator's the
 *   conversation waits on the customer and no next-response clock runs;
 * - resolution, from the opening until it is closed.
 *
 * A conversation its bot holds runs none: targets measure people.
 */

export interface ClockFacts {
  status: string;
  openedAt: Date;
  /** The operators' last public reply, null before the first. */
  lastAgentReplyAt: Date | null;
  /** The customer's first message after the operators' last reply (or since the opening), null when none waits. */
  awaitingSince: Date | null;
  closedAt: Date | null;
}

/** A policy's targets in milliseconds; null: not measured. */
export type TargetDurations = Record<SlaTarget, number | null>;

export interface WantedClock {
  target: SlaTarget;
  startedAt: Date;
}

export function wantedClocks(durations: TargetDurations, facts: ClockFacts): WantedClock[] {
  if (facts.status === 'closed' || facts.status === 'bot') return [];
  const wanted: WantedClock[] = [];
  if (durations.first_response !== null && facts.lastAgentReplyAt === null) wanted.push({ target: 'first_response', startedAt: facts.openedAt });
  if (durations.next_response !== null && facts.lastAgentReplyAt !== null && facts.awaitingSince !== null) wanted.push({ target: 'next_response', startedAt: facts.awaitingSince });
  if (durations.resolution !== null) wanted.push({ target: 'resolution', startedAt: facts.openedAt });
  return wanted;
}

export interface RunningClock {
  id: number;
  target: SlaTarget;
  policyId: number;
  startedAt: Date;
  dueAt: Date | null;
  breachedAt: Date | null;
}

/** What to do with a running clock that is no longer wanted: its verdict (null: none, it simply stops) and when it was reached. */
export interface Stop {
  id: number;
  met: boolean | null;
  at: Date;
}

export interface ClockPlan {
  start: WantedClock[];
  stop: Stop[];
  /** Running under another policy than the one that applies now: its instants are computed again from its start. */
  retarget: number[];
}

/**
 * Compares the running clocks with the wanted ones. A stopped clock was met
 * when what it waited for came by its due time: an operator's reply after
 * its start (response targets), the closing (resolution). A breached clock
 * keeps its verdict; one stopped for any other reason (the policy no longer
 * applies, closed unanswered, a bot took it back) has none.
 */
export function planClocks(running: readonly RunningClock[], wanted: readonly WantedClock[], policyId: number | null, facts: ClockFacts, now: Date): ClockPlan {
  const plan: ClockPlan = { start: [], stop: [], retarget: [] };
  const same = (c: RunningClock, w: WantedClock) => c.target === w.target && c.startedAt.getTime() === w.startedAt.getTime();
  for (const clock of running) {
    if (wanted.some((w) => same(clock, w))) {
      if (clock.policyId !== policyId) plan.retarget.push(clock.id);
      continue;
    }
    const reachedAt = fulfilledAt(clock, facts);
    const met = clock.breachedAt !== null || reachedAt === null ? null : clock.dueAt === null || reachedAt.getTime() <= clock.dueAt.getTime();
    plan.stop.push({ id: clock.id, met, at: reachedAt ?? now });
  }
  for (const w of wanted) if (!running.some((c) => same(c, w))) plan.start.push(w);
  return plan;
}

function fulfilledAt(clock: RunningClock, facts: ClockFacts): Date | null {
  if (clock.target === 'resolution') return facts.status === 'closed' ? (facts.closedAt ?? null) : null;
  return facts.lastAgentReplyAt !== null && facts.lastAgentReplyAt.getTime() >= clock.startedAt.getTime() ? facts.lastAgentReplyAt : null;
}

export interface ShownClock {
  target: SlaTarget;
  amberAt: Date | null;
  dueAt: Date | null;
  pausedAt: Date | null;
}

/** What the conversation's row shows: the running, unpaused target due soonest. */
export function soonestDue(clocks: readonly ShownClock[]): { slaTarget: SlaTarget | null; slaAmberAt: Date | null; slaDueAt: Date | null } {
  let soonest: ShownClock | null = null;
  for (const c of clocks) {
    if (c.pausedAt !== null || c.dueAt === null) continue;
    if (!soonest || c.dueAt.getTime() < (soonest.dueAt as Date).getTime()) soonest = c;
  }
  return soonest ? { slaTarget: soonest.target, slaAmberAt: soonest.amberAt, slaDueAt: soonest.dueAt } : { slaTarget: null, slaAmberAt: null, slaDueAt: null };
}
