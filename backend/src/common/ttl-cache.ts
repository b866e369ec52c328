/**
 * Values read from the database (or a provider) kept for a short while, for
 * hot paths that would otherwise read the same row on every request (a
 * webhook's inbox, the routing inbox, a bot gate). Bounded: past
 * `maxEntries` it starts over. `remember` decides which values are kept:
 * a cache of hits only must not keep a "not found" for an inbox created a
 * moment later.
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { value: V; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly options: { remember?: (value: V) => boolean; maxEntries?: number; now?: () => number } = {},
  ) {}

  async get(key: K, load: () => Promise<V>): Promise<V> {
    const now = this.options.now ?? Date.now;
    const hit = this.entries.get(key);
    if (hit && hit.until > now()) return hit.value;
    const value = await load();
    if (this.options.remember && !this.options.remember(value)) return value;
    if (this.entries.size >= (this.options.maxEntries ?? 1000)) this.entries.clear();
    this.entries.set(key, { value, until: now() + this.ttlMs });
    return value;
  }

  /** Forgets a key whose value just changed. */
  delete(key: K): void {
    this.entries.delete(key);
  }
}
