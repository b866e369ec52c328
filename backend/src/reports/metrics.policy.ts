import type { ConversationFact } from './conversation-facts.policy';
import { operatorsNeeded } from './erlang-c.policy';

/** "X % within Y seconds" for one inbox. */
export interface ServiceLevelTarget {
  thresholdSeconds: number;
  /** 0..1 */
  target: number;
}

const HOUR = 3600;
const DAY_MS = 86_400_000;

/** Chat and voice: 80 % within 20 s; e-mail: 80 % within an hour. */
export function defaultServiceLevel(channel: string): ServiceLevelTarget {
  return channel === 'email' ? { thresholdSeconds: HOUR, target: 0.8 } : { thresholdSeconds: 20, target: 0.8 };
}

/** Nearest-rank percentile (0–100): the smallest value with at least p % of the values at or below it. */
export function percentile(values: ArrayLike<number>, p: number): number | null {
  return sortedPercentile(Float64Array.from(values).sort(), p);
}

/** The same over values already sorted ascending (sorted once for several percentiles). */
function sortedPercentile(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

const mean = (values: number[]): number | null => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
const share = (part: number, whole: number): number | null => (whole ? part / whole : null);
const seconds = (ms: number) => ms / 1000;

/** The customer's wait for a human starts when they were queued, or at once when they never were. */
const waitStart = (f: ConversationFact) => f.waitStartAt ?? f.createdAt;
const answered = (f: ConversationFact) => f.firstReplyAt !== null;

export interface MetricSet {
  conversations: number;
  answered: number;
  abandoned: number;
  /** abandoned / (answered + abandoned) */
  abandonmentRate: number | null;
  firstResponseMedianSeconds: number | null;
  firstResponseP90Seconds: number | null;
  averageSpeedOfAnswerSeconds: number | null;
  /** answered within the inbox's threshold / (answered + abandoned) */
  serviceLevel: number | null;
  averageHandlingSeconds: number | null;
  transfers: number;
  /** Conversations transferred at least once / conversations. */
  transferRate: number | null;
  csatResponses: number;
  csatAverage: number | null;
  /** Share of scores 4 and 5 among the answers. */
  csatSatisfied: number | null;
}

/** Every metric of docs/metrics.md over a set of conversations. */
export function computeMetrics(facts: ConversationFact[], targetOf: (inboxId: number, channel: string) => ServiceLevelTarget): MetricSet {
  const firstResponses: number[] = [];
  const speeds: number[] = [];
  const handling: number[] = [];
  const scores: number[] = [];
  let answeredCount = 0;
  let abandoned = 0;
  let withinTarget = 0;
  let transfers = 0;
  let transferred = 0;
  for (const f of facts) {
    if (answered(f)) {
      answeredCount++;
      const reply = f.firstReplyAt as number;
      firstResponses.push(seconds(reply - f.createdAt));
      const speed = seconds(reply - waitStart(f));
      speeds.push(speed);
      if (speed <= targetOf(f.inboxId, f.channel).thresholdSeconds) withinTarget++;
      if (f.closedAt !== null && f.firstAssignedAt !== null) handling.push(seconds(f.closedAt - f.firstAssignedAt));
    } else if (f.abandoned) {
      abandoned++;
    }
    transfers += f.transfers;
    if (f.transfers > 0) transferred++;
    if (f.csatScore !== null) scores.push(f.csatScore);
  }
  // A typed array sorts numerically and several times faster than a plain one (100,000 values in a summary).
  const sortedFirstResponses = Float64Array.from(firstResponses).sort();
  return {
    conversations: facts.length,
    answered: answeredCount,
    abandoned,
    abandonmentRate: share(abandoned, answeredCount + abandoned),
    firstResponseMedianSeconds: sortedPercentile(sortedFirstResponses, 50),
    firstResponseP90Seconds: sortedPercentile(sortedFirstResponses, 90),
    averageSpeedOfAnswerSeconds: mean(speeds),
    serviceLevel: share(withinTarget, answeredCount + abandoned),
    averageHandlingSeconds: mean(handling),
    transfers,
    transferRate: share(transferred, facts.length),
    csatResponses: scores.length,
    csatAverage: mean(scores),
    csatSatisfied: share(scores.filter((s) => s >= 4).length, scores.length),
  };
}

const HOUR_MS = 3_600_000;
const modulo = (n: number, m: number) => ((n % m) + m) % m;

/** Local weekday (0 = Monday) and hour of a moment, `utcOffsetMinutes` east of UTC. */
export function weekdayHour(at: number, utcOffsetMinutes: number): { weekday: number; hour: number } {
  const local = at + utcOffsetMinutes * 60_000;
  // Day 0 of the epoch, 1 January 1970, was a Thursday (3 when Monday is 0).
  return { weekday: modulo(Math.floor(local / DAY_MS) + 3, 7), hour: Math.floor(modulo(local, DAY_MS) / HOUR_MS) };
}

/** Incoming conversations per weekday (rows, Monday first) and hour (columns). */
export function loadHeatmap(facts: ConversationFact[], utcOffsetMinutes: number): number[][] {
  const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const f of facts) {
    const { weekday, hour } = weekdayHour(f.createdAt, utcOffsetMinutes);
    grid[weekday][hour]++;
  }
  return grid;
}

/** How many times each weekday occurs in [from, to) in local time: the heatmap's counts become averages per day. */
export function weekdayOccurrences(from: number, to: number, utcOffsetMinutes: number): number[] {
  const counts = new Array<number>(7).fill(0);
  const shift = utcOffsetMinutes * 60_000;
  const firstDay = Math.floor((from + shift) / DAY_MS);
  const lastDay = Math.ceil((to + shift) / DAY_MS);
  for (let day = firstDay; day < lastDay; day++) counts[modulo(day + 3, 7)]++;
  return counts;
}

export interface StaffingOptions {
  handlingSeconds: number;
  serviceLevel: ServiceLevelTarget;
  concurrency: number;
}

/** Operators needed in each weekday × hour for its average load (Erlang C); null when the handling time is unknown. */
export function staffingHint(heatmap: number[][], occurrences: number[], options: StaffingOptions): number[][] {
  return heatmap.map((hours, weekday) =>
    hours.map((count) =>
      operatorsNeeded({
        perHour: occurrences[weekday] ? count / occurrences[weekday] : 0,
        handlingSeconds: options.handlingSeconds,
        thresholdSeconds: options.serviceLevel.thresholdSeconds,
        target: options.serviceLevel.target,
        concurrency: options.concurrency,
      }),
    ),
  );
}

/** Conversations created per local day (`utcOffsetMinutes` east of UTC), for the volume chart. */
export function dailyVolume(facts: ConversationFact[], utcOffsetMinutes: number): Array<{ day: string; conversations: number }> {
  const shift = utcOffsetMinutes * 60_000;
  const byDay = new Map<number, number>();
  for (const f of facts) {
    const day = Math.floor((f.createdAt + shift) / DAY_MS);
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
  }
  return [...byDay.entries()].sort(([a], [b]) => a - b).map(([day, conversations]) => ({ day: new Date(day * DAY_MS).toISOString().slice(0, 10), conversations }));
}

/** Groups facts by a key (operator, inbox) for the per-row tables. */
export function groupBy<K>(facts: ConversationFact[], key: (f: ConversationFact) => K | null): Map<K, ConversationFact[]> {
  const groups = new Map<K, ConversationFact[]>();
  for (const f of facts) {
    const k = key(f);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(f);
    else groups.set(k, [f]);
  }
  return groups;
}

/**
 * The facts of each label's conversations: a conversation with several
 * labels counts under each of them, and one without any under none, so
 * the groups need not add up to the whole.
 */
export function groupByLabel(facts: ConversationFact[], labelsOf: ReadonlyMap<number, readonly number[]>): Map<number, ConversationFact[]> {
  const groups = new Map<number, ConversationFact[]>();
  for (const f of facts) {
    for (const labelId of new Set(labelsOf.get(f.conversationId) ?? [])) {
      const group = groups.get(labelId);
      if (group) group.push(f);
      else groups.set(labelId, [f]);
    }
  }
  return groups;
}
