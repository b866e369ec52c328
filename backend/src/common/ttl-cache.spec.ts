import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache';

/** A promise with its resolve and reject, for loads the test finishes by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('TtlCache', () => {
  it('keeps a value for its time, then loads it again', async () => {
    let now = 5000;
    let loads = 0;
    const cache = new TtlCache<number, string>(1000, { now: () => now });
    const load = async () => `v${++loads}`;
    expect(await cache.get(1, load)).toBe('v1');
    now = 6000;
    expect(await cache.get(1, load)).toBe('v1');
    now = 6001;
    expect(await cache.get(1, load)).toBe('v2');
    cache.delete(1);
    expect(await cache.get(1, load)).toBe('v3');
  });

  it('keeps only what `remember` accepts', async () => {
    let loads = 0;
    const hitsOnly = new TtlCache<number, string | null>(1000, { remember: (v) => v !== null });
    expect(await hitsOnly.get(1, async () => (loads++, null))).toBeNull();
    expect(await hitsOnly.get(1, async () => (loads++, 'found'))).toBe('found');
    expect(await hitsOnly.get(1, async () => (loads++, 'again'))).toBe('found');
    expect(loads).toBe(2);
  });

  it('past maxEntries drops the least recently used entry and keeps the recent ones', async () => {
    const cache = new TtlCache<number, string>(60_000, { maxEntries: 3 });
    const loaded: number[] = [];
    const load = (key: number) => async () => (loaded.push(key), `v${key}`);
    for (const key of [1, 2, 3]) await cache.get(key, load(key));
    await cache.get(1, load(1)); // 1 is now the most recent, 2 the least
    await cache.get(4, load(4));
    loaded.length = 0;
    for (const key of [1, 3, 4]) expect(await cache.get(key, load(key))).toBe(`v${key}`);
    expect(loaded).toEqual([]);
    await cache.get(2, load(2));
    expect(loaded).toEqual([2]);
  });

  it('loads once for concurrent misses of one key, and every caller gets that value', async () => {
    const cache = new TtlCache<number, string>(1000);
    const pending = deferred<string>();
    let loads = 0;
    const load = () => (loads++, pending.promise);
    const callers = Promise.all([cache.get(7, load), cache.get(7, load), cache.get(7, load)]);
    pending.resolve('row');
    expect(await callers).toEqual(['row', 'row', 'row']);
    expect(loads).toBe(1);
    expect(await cache.get(7, async () => 'other')).toBe('row');
  });

  it('does not keep a failed load: its callers get the error, the next get loads again', async () => {
    const cache = new TtlCache<number, string>(1000);
    const pending = deferred<string>();
    const first = cache.get(1, () => pending.promise);
    const second = cache.get(1, async () => 'never called');
    pending.reject(new Error('database gone'));
    await expect(first).rejects.toThrow('database gone');
    await expect(second).rejects.toThrow('database gone');
    expect(await cache.get(1, async () => 'back')).toBe('back');
  });

  it('a delete during a load lets that load finish for its callers without keeping its stale result', async () => {
    const cache = new TtlCache<number, string>(1000);
    const pending = deferred<string>();
    const inFlight = cache.get(1, () => pending.promise);
    cache.delete(1);
    pending.resolve('before the change');
    expect(await inFlight).toBe('before the change');
    expect(await cache.get(1, async () => 'after the change')).toBe('after the change');
  });
});
