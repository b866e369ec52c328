import { LRUCache } from 'lru-cache';

/** lru-cache keeps no null or undefined, and "not found" is a value here. */
type Box<V> = { value: V };
type Loader<V> = () => Promise<V>;

/**
 * Values read from the database (or a provider) kept for a short while, for
 * hot paths that would otherwise read the same row on every request (a
 * webhook's inbox, the routing inbox, a bot gate). Bounded: past
 * `maxEntries` the least recently used entry goes. Concurrent misses for one
 * key share one load; a load that fails is not kept. `remember` decides
 * which values are kept: a cache of hits only must not keep a "not found"
 * for an inbox created a moment later.
 */
export class TtlCache<K extends NonNullable<unknown>, V> {
  private readonly entries: LRUCache<K, Box<V>, Loader<V>>;
  private readonly remember?: (value: V) => boolean;

  constructor(ttlMs: number, options: { remember?: (value: V) => boolean; maxEntries?: number; now?: () => number } = {}) {
    this.remember = options.remember;
    this.entries = new LRUCache<K, Box<V>, Loader<V>>({
      max: options.maxEntries ?? 1000,
      ttl: ttlMs,
      // Expiry to the millisecond, not a clock read reused for 1 ms.
      ttlResolution: 0,
      // A delete() while a load is in flight (the value just changed) lets that load finish for
      // its callers without keeping its result, instead of failing them.
      ignoreFetchAbort: true,
      ...(options.now ? { perf: { now: options.now } } : {}),
      fetchMethod: async (_key, _stale, { context: load }) => ({ value: await load() }),
    });
  }

  async get(key: K, load: Loader<V>): Promise<V> {
    const box = (await this.entries.fetch(key, { context: load })) as Box<V>;
    if (this.remember && !this.remember(box.value) && this.entries.peek(key) === box) this.entries.delete(key);
    return box.value;
  }

  /** Forgets a key whose value just changed. */
  delete(key: K): void {
    this.entries.delete(key);
  }
}
