/**
 * Telling waiting customers their place (docs/routing.md, "Places in the
 * queue"): which places are news, and when each may be told, as pure
 * functions. QueueUpdates feeds them one read of an inbox's queue and what
 * it told before.
 */

/** A customer hears about their place at most once per interval; the last change always follows when it is over. */
export const QUEUE_UPDATE_INTERVAL_MS = 3000;

/** A queue that moves every moment is read at most twice a second, not once per move. */
const MIN_LOOK_GAP_MS = 500;

/** Closed conversations an inbox needs before the widget shows an expected wait: fewer say too little. */
export const MIN_HANDLED_FOR_ESTIMATE = 5;

export interface QueuePlace {
  conversationId: number;
  /** 1-based. */
  position: number;
  /** Null when the inbox has too little history, or nobody who could serve it is online. */
  expectedWaitMs: number | null;
}

export interface ToldPlace {
  position: number;
  expectedWaitMs: number | null;
  /** When it was told (ms). */
  at: number;
}

/** Whole minutes, as a customer reads a wait ("about 4 min"): a few seconds more or less are no news. */
function waitMinutes(ms: number | null): number | null {
  return ms === null ? null : Math.max(1, Math.round(ms / 60_000));
}

/** Whether the place differs from what the customer was told last (never told: it is news). */
export function isNews(told: ToldPlace | undefined, place: QueuePlace): boolean {
  return !told || told.position !== place.position || waitMinutes(told.expectedWaitMs) !== waitMinutes(place.expectedWaitMs);
}

export interface QueueUpdatePlan {
  /** Told now. */
  tell: QueuePlace[];
  /** When the first of the places held back may be told (a trailing update), or null when none is. */
  nextAt: number | null;
}

/**
 * Who of the queue hears their place now, and when to look again for the
 * rest: a place that is news is told at once when the customer heard
 * nothing within the interval, else held back until the interval is over
 * (and then told as it is at that moment, so a burst of moves makes one
 * update with the last value). `atOnce`: customers told now whatever the
 * interval (a widget that just connected knows nothing yet).
 */
export function planQueueUpdates(
  places: readonly QueuePlace[],
  told: ReadonlyMap<number, ToldPlace>,
  now: number,
  intervalMs: number,
  atOnce: ReadonlySet<number> = new Set(),
): QueueUpdatePlan {
  const plan: QueueUpdatePlan = { tell: [], nextAt: null };
  for (const place of places) {
    const last = told.get(place.conversationId);
    if (atOnce.has(place.conversationId)) {
      plan.tell.push(place);
      continue;
    }
    if (!isNews(last, place)) continue;
    const dueAt = last ? last.at + intervalMs : now;
    if (dueAt <= now) plan.tell.push(place);
    else plan.nextAt = plan.nextAt === null ? dueAt : Math.min(plan.nextAt, dueAt);
  }
  return plan;
}

/**
 * How long after reading an inbox's queue the next read may come: a read
 * and what it tells cost in proportion to the queue, so a long queue is
 * read less often — a millisecond per waiting conversation, between half a
 * second and the update interval (nobody could hear more often anyway).
 */
export function lookGapMs(queueLength: number): number {
  return Math.min(QUEUE_UPDATE_INTERVAL_MS, Math.max(MIN_LOOK_GAP_MS, queueLength));
}

/** When to read an inbox's queue that someone wants read at `wantedAt`: not sooner than `gapMs` after the last read. */
export function nextLookAt(wantedAt: number, lastLookAt: number | null, gapMs: number): number {
  return lastLookAt === null ? wantedAt : Math.max(wantedAt, lastLookAt + gapMs);
}

/**
 * The inbox's average handling time (first assignment to close) for the
 * widget's expected wait, or null while there are too few closed
 * conversations to say.
 */
export function averageHandleMs(durationsMs: readonly number[], minimum = MIN_HANDLED_FOR_ESTIMATE): number | null {
  if (durationsMs.length === 0 || durationsMs.length < minimum) return null;
  return durationsMs.reduce((a, b) => a + b, 0) / durationsMs.length;
}
