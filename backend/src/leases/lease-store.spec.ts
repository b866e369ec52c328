import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { InMemoryLeaseStore, type LeaseStore } from './lease-store';
import { RedisLeaseStore } from './redis-lease-store';

/** The contract both stores keep; `expire` lets the lease run out (a clock step, or a real wait for Redis). */
function leaseStoreContract(make: () => { store: LeaseStore; expire(ms: number): Promise<void> }) {
  it('gives a free key to one owner and refuses it to another until released', async () => {
    const { store } = make();
    expect(await store.acquire('inbox:1', 'a', 10_000)).toBe(true);
    expect(await store.acquire('inbox:1', 'b', 10_000)).toBe(false);
    expect(await store.acquire('inbox:2', 'b', 10_000)).toBe(true);
    await store.release('inbox:1', 'b');
    expect(await store.acquire('inbox:1', 'b', 10_000)).toBe(false);
    await store.release('inbox:1', 'a');
    expect(await store.acquire('inbox:1', 'b', 10_000)).toBe(true);
  });

  it('extends the holder’s lease on renewal, and lets another owner in once it ran out', async () => {
    const { store, expire } = make();
    expect(await store.acquire('k', 'a', 300)).toBe(true);
    expect(await store.acquire('k', 'a', 300)).toBe(true);
    expect(await store.acquire('k', 'b', 300)).toBe(false);
    await expire(400);
    expect(await store.acquire('k', 'b', 300)).toBe(true);
    expect(await store.acquire('k', 'a', 300)).toBe(false);
  });
}

describe(InMemoryLeaseStore.name, () => {
  leaseStoreContract(() => {
    let now = 0;
    return {
      store: new InMemoryLeaseStore(() => now),
      expire: async (ms) => {
        now += ms;
      },
    };
  });
});

// Needs a Redis server; CI runs this file again with REDIS_URL set.
if (!process.env.REDIS_URL) console.log('RedisLeaseStore specs skipped: REDIS_URL is not set (e.g. REDIS_URL=redis://127.0.0.1:6379)');
describe.skipIf(!process.env.REDIS_URL)(`${RedisLeaseStore.name} (needs REDIS_URL)`, () => {
  const stores: RedisLeaseStore[] = [];
  afterAll(() => Promise.all(stores.map((s) => s.close())));
  leaseStoreContract(() => {
    const store = new RedisLeaseStore(process.env.REDIS_URL ?? '', `inbox-test-lease-${randomBytes(4).toString('hex')}`);
    stores.push(store);
    return { store, expire: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };
  });
});
