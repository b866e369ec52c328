/**
 * Provider rate limits as token buckets (GCRA: one "theoretical arrival
 * time" per bucket). A send never fails for our own limit: it reserves the
 * earliest slot every bucket allows and is told how long to wait. Reserving
 * (not "try again later") keeps sends to one chat in the order they asked.
 */
export interface RateLimit {
  /** Bucket name, e.g. `tg:bot:<inboxId>` or `tg:chat:<inboxId>:<chatId>`. */
  key: string;
  /** Sustained rate. */
  perSecond: number;
  /** Sends allowed at once after the bucket was idle. */
  burst: number;
  /**
   * A bucket many recipients share (a whole bot). It is charged when a slot
   * is handed out, not at the (later) moment of the send: charged at the
   * send, one chat's queue of sends seconds ahead would hold up every other
   * chat of the bot, since one arrival time cannot say "free now, busy
   * later". The price: delayed sends may bunch by up to the burst.
   */
  pooled?: boolean;
}

export interface RateLimiter {
  /**
   * Takes `cost` tokens from every bucket at the earliest moment all of them
   * allow, and returns how many milliseconds from now that is (0 = now).
   * The tokens are spent at once: the caller must send after the wait.
   */
  reserve(limits: RateLimit[], cost?: number): Promise<number>;
  /** True at most once per `intervalMs` per key (a throttle; nothing waits). */
  tryAcquire(key: string, intervalMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export const RATE_LIMITER = Symbol('RATE_LIMITER');

/** Milliseconds between tokens and the burst tolerance of one bucket. */
export function bucketTiming(limit: RateLimit): { intervalMs: number; toleranceMs: number } {
  const intervalMs = 1000 / Math.max(limit.perSecond, 1e-6);
  return { intervalMs, toleranceMs: Math.max(1, limit.burst) * intervalMs };
}

/**
 * The GCRA step over several buckets, pure. `tats` are the buckets'
 * theoretical arrival times (ms, absent = idle). Returns when the send may
 * happen and the new arrival times to store.
 */
export function reserveSlot(
  limits: RateLimit[],
  tats: Array<number | undefined>,
  now: number,
  cost = 1,
): { startAt: number; tats: number[] } {
  const timings = limits.map(bucketTiming);
  let startAt = now;
  limits.forEach((_, i) => {
    const tat = Math.max(tats[i] ?? now, now);
    // A message of several sends waits until the bucket holds all of them, or as many as it ever can (its burst).
    const need = Math.min(cost * timings[i].intervalMs, timings[i].toleranceMs);
    const allowedAt = tat + need - timings[i].toleranceMs;
    startAt = Math.max(startAt, allowedAt);
  });
  const next = limits.map((limit, i) => Math.max(tats[i] ?? now, limit.pooled ? now : startAt) + cost * timings[i].intervalMs);
  return { startAt, tats: next };
}

/** One process's buckets: right when there is no Redis (one process serves everything). */
export class InMemoryRateLimiter implements RateLimiter {
  private readonly tats = new Map<string, number>();
  private readonly throttles = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async reserve(limits: RateLimit[], cost = 1): Promise<number> {
    const now = this.now();
    const { startAt, tats } = reserveSlot(
      limits,
      limits.map((l) => this.tats.get(l.key)),
      now,
      cost,
    );
    limits.forEach((l, i) => this.tats.set(l.key, tats[i]));
    this.forgetIdle(now);
    return Math.ceil(startAt - now);
  }

  async tryAcquire(key: string, intervalMs: number): Promise<boolean> {
    const now = this.now();
    if ((this.throttles.get(key) ?? 0) > now) return false;
    this.throttles.set(key, now + intervalMs);
    return true;
  }

  async close(): Promise<void> {
    this.tats.clear();
    this.throttles.clear();
  }

  /** A bucket whose arrival time has passed is as good as new: drop it so the map stays small. */
  private forgetIdle(now: number): void {
    if (this.tats.size + this.throttles.size < 10_000) return;
    for (const [key, tat] of this.tats) if (tat < now) this.tats.delete(key);
    for (const [key, until] of this.throttles) if (until < now) this.throttles.delete(key);
  }
}
