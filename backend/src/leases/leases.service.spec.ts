import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '../config/app-config';
import { InMemoryLeaseStore, type LeaseStore } from './lease-store';
import { Leases } from './leases.service';

const config = { leaseTtlSeconds: 3 } as AppConfig;

function recorder() {
  const log: string[] = [];
  return { log, holder: { onAcquired: () => void log.push('acquired'), onLost: () => void log.push('lost') } };
}

/** An in-memory store whose acquire() answers with `broken` (a refusal, a hang) while fail(true). */
function breakableStore(broken: () => Promise<boolean>) {
  const real = new InMemoryLeaseStore();
  let failing = false;
  const store: LeaseStore = {
    acquire: (...args) => (failing ? broken() : real.acquire(...args)),
    release: (...args) => real.release(...args),
    close: () => real.close(),
  };
  return { store, real, fail: (on: boolean) => void (failing = on) };
}

describe(Leases.name, () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lets one of two processes hold a key and hands it over when the holder releases it', async () => {
    const store = new InMemoryLeaseStore();
    const first = new Leases(store, config);
    const second = new Leases(store, config);
    const a = recorder();
    const b = recorder();
    first.hold('imap:1', a.holder);
    await vi.advanceTimersByTimeAsync(0);
    second.hold('imap:1', b.holder);
    await vi.advanceTimersByTimeAsync(5000);
    expect([first.isHeld('imap:1'), second.isHeld('imap:1')]).toEqual([true, false]);
    expect(b.log).toEqual([]);

    await first.release('imap:1');
    expect(a.log).toEqual(['acquired', 'lost']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(second.isHeld('imap:1')).toBe(true);
    expect(b.log).toEqual(['acquired']);
  });

  it('takes over from a holder that stopped renewing, once its lease ran out', async () => {
    const store = new InMemoryLeaseStore();
    const dead = new Leases(store, config);
    dead.hold('imap:2', recorder().holder);
    await vi.advanceTimersByTimeAsync(0);
    // The holder's process "dies": its timers never fire again, nothing is released.
    vi.clearAllTimers();
    const heir = recorder();
    const other = new Leases(store, config);
    other.hold('imap:2', heir.holder);
    await vi.advanceTimersByTimeAsync(2000);
    expect(heir.log).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(heir.log).toEqual(['acquired']);
  });

  it('gives the work up before its lease runs out when the store cannot be reached', async () => {
    const { store: flaky, real, fail } = breakableStore(() => Promise.reject(new Error('ECONNREFUSED')));
    const leases = new Leases(flaky, config);
    const r = recorder();
    leases.hold('imap:3', r.holder);
    await vi.advanceTimersByTimeAsync(0);
    fail(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(r.log).toEqual(['acquired']);
    // The lease was last renewed at t=0 for 3 s: the work stops at 2 s, before anyone else could take it.
    await vi.advanceTimersByTimeAsync(1000);
    expect(r.log).toEqual(['acquired', 'lost']);
    await expect(real.acquire('imap:3', 'someone else', 1000)).resolves.toBe(false);
    fail(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(r.log).toEqual(['acquired', 'lost', 'acquired']);
    await leases.onModuleDestroy();
  });

  it('gives the work up in time when the store hangs instead of answering', async () => {
    const { store, fail } = breakableStore(() => new Promise<boolean>(() => undefined));
    const leases = new Leases(store, config);
    const r = recorder();
    leases.hold('imap:4', r.holder);
    await vi.advanceTimersByTimeAsync(0);
    fail(true);
    await vi.advanceTimersByTimeAsync(2500);
    expect(r.log).toEqual(['acquired', 'lost']);
    expect(leases.isHeld('imap:4')).toBe(false);
  });
});
