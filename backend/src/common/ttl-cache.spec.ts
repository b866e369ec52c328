import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  it('keeps a value for its time, then loads it again', async () => {
    let now = 0;
    let loads = 0;
    const cache = new TtlCache<number, string>(1000, { now: () => now });
    const load = async () => `v${++loads}`;
    expect(await cache.get(1, load)).toBe('v1');
    now = 999;
    expect(await cache.get(1, load)).toBe('v1');
    now = 1000;
    expect(await cache.get(1, load)).toBe('v2');
    cache.delete(1);
    expect(await cache.get(1, load)).toBe('v3');
  });

  it('keeps only what `remember` accepts, and starts over past maxEntries', async () => {
    let loads = 0;
    const hitsOnly = new TtlCache<number, string | null>(1000, { remember: (v) => v !== null });
    expect(await hitsOnly.get(1, async () => (loads++, null))).toBeNull();
    expect(await hitsOnly.get(1, async () => (loads++, 'found'))).toBe('found');
    expect(loads).toBe(2);

    const small = new TtlCache<number, number>(1000, { maxEntries: 2 });
    let reads = 0;
    for (const key of [1, 2, 3, 1]) await small.get(key, async () => ++reads);
    expect(reads).toBe(4);
  });
});
