import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '../config/app-config';
import { InMemoryLeaseStore, type LeaseStore } from './lease-store';
import { Leases } from './leases.service';
import { FIRST_RETRY_MS, OwnedConnections, type OwnedConnectionKind } from './owned-connections';

const TTL_SECONDS = 3;
const config = { leaseTtlSeconds: TTL_SECONDS } as AppConfig;
const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

interface Listed {
  inbox: { id: number; version: number };
}

/** One backend process's connections of one kind: what it started and stopped, over a list of inboxes shared by all processes. */
function backendProcess(store: LeaseStore, inboxes: Listed[], overrides: Partial<OwnedConnectionKind<Listed, number>> = {}) {
  const log: string[] = [];
  const running = new Set<number>();
  const leases = new Leases(store, config);
  const kind: OwnedConnectionKind<Listed, number> = {
    lease: (id) => `test:${id}`,
    list: async () => inboxes.map((l) => ({ inbox: { ...l.inbox } })),
    start: async (id) => {
      log.push(`start ${id}`);
      running.add(id);
      return inboxes.find((l) => l.inbox.id === id)?.inbox.version ?? 0;
    },
    stop: async (id) => {
      log.push(`stop ${id}`);
      running.delete(id);
    },
    needsRestart: (listed, startedWith) => listed.inbox.version !== startedWith,
    ...overrides,
  };
  const connections = new OwnedConnections(leases, TTL_SECONDS * 1000, kind, quiet);
  return { connections, leases, log, running };
}

describe(OwnedConnections.name, () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens each listed inbox’s connection in one of two processes, and in the other once the first shuts down', async () => {
    const store = new InMemoryLeaseStore();
    const inboxes = [{ inbox: { id: 1, version: 1 } }, { inbox: { id: 2, version: 1 } }];
    const a = backendProcess(store, inboxes);
    const b = backendProcess(store, inboxes);
    await a.connections.begin();
    await vi.advanceTimersByTimeAsync(0);
    await b.connections.begin();
    await vi.advanceTimersByTimeAsync(10_000);
    expect([...a.running]).toEqual([1, 2]);
    expect([...b.running]).toEqual([]);
    expect([a.connections.owns(1), b.connections.owns(1)]).toEqual([true, false]);

    await a.connections.end();
    expect(a.log).toEqual(['start 1', 'start 2', 'stop 1', 'stop 2']);
    expect(a.connections.owns(1)).toBe(false);
    // The leases were given back: the other process takes over at its next ask, a third of the TTL.
    await vi.advanceTimersByTimeAsync(1000);
    expect([...b.running].sort()).toEqual([1, 2]);
    await b.connections.end();
  });

  it('follows the list: a new inbox is opened, one left out is closed and its lease given back', async () => {
    const store = new InMemoryLeaseStore();
    const inboxes = [{ inbox: { id: 1, version: 1 } }];
    const a = backendProcess(store, inboxes);
    await a.connections.begin();
    await vi.advanceTimersByTimeAsync(0);
    expect([...a.running]).toEqual([1]);

    inboxes.splice(0, 1, { inbox: { id: 2, version: 1 } });
    await vi.advanceTimersByTimeAsync(TTL_SECONDS * 1000);
    expect([...a.running]).toEqual([2]);
    expect(a.log).toEqual(['start 1', 'stop 1', 'start 2']);
    expect(a.leases.isHeld('test:1')).toBe(false);
    await expect(store.acquire('test:1', 'another process', 1000)).resolves.toBe(true);
    await a.connections.end();
  });

  it('opens a connection again when its inbox changed, on the refresh or when told', async () => {
    const store = new InMemoryLeaseStore();
    const inboxes = [{ inbox: { id: 1, version: 1 } }];
    const a = backendProcess(store, inboxes);
    await a.connections.begin();
    await vi.advanceTimersByTimeAsync(TTL_SECONDS * 1000);
    expect(a.log).toEqual(['start 1']);

    inboxes[0].inbox.version = 2;
    await vi.advanceTimersByTimeAsync(TTL_SECONDS * 1000);
    expect(a.log).toEqual(['start 1', 'stop 1', 'start 1']);

    await a.connections.restart(1);
    expect(a.log).toEqual(['start 1', 'stop 1', 'start 1', 'stop 1', 'start 1']);
    // Not open here: nothing to restart.
    await a.connections.restart(7);
    expect(a.log).toHaveLength(5);
    await a.connections.end();
  });

  it('tries a failed start again with a doubling pause while the lease is ours, and not after', async () => {
    const store = new InMemoryLeaseStore();
    const inboxes = [{ inbox: { id: 1, version: 1 } }];
    const attempts: number[] = [];
    const a = backendProcess(store, inboxes, {
      start: async () => {
        attempts.push(Date.now());
        throw new Error('server out of reach');
      },
    });
    const t0 = Date.now();
    await a.connections.begin();
    await vi.advanceTimersByTimeAsync(FIRST_RETRY_MS * 7 + 10);
    expect(attempts.map((t) => t - t0)).toEqual([0, FIRST_RETRY_MS, FIRST_RETRY_MS * 3, FIRST_RETRY_MS * 7]);
    expect(a.connections.owns(1)).toBe(true);

    // Left out of the list: the lease is given back, and the pending retry never comes.
    inboxes.length = 0;
    await vi.advanceTimersByTimeAsync(FIRST_RETRY_MS * 20);
    expect(attempts).toHaveLength(4);
    expect(a.connections.owns(1)).toBe(false);
    await a.connections.end();
  });

  it('closes a connection lost while it was starting at once, and again once the start is done, so it does not outlive the lease', async () => {
    const store = new InMemoryLeaseStore();
    const inboxes = [{ inbox: { id: 1, version: 1 } }];
    let finishStart: () => void = () => undefined;
    const a = backendProcess(store, inboxes, {
      start: async () => {
        a.log.push('starting 1');
        await new Promise<void>((resolve) => (finishStart = resolve));
        a.running.add(1);
        a.log.push('started 1');
        return 1;
      },
    });
    await a.connections.begin();
    await vi.advanceTimersByTimeAsync(0);
    expect(a.log).toEqual(['starting 1']);

    // Shutting down does not wait for a start that hangs.
    await a.connections.end();
    expect(a.log).toEqual(['starting 1', 'stop 1']);
    finishStart();
    await vi.advanceTimersByTimeAsync(0);
    expect(a.log).toEqual(['starting 1', 'stop 1', 'started 1', 'stop 1']);
    expect(a.running.size).toBe(0);
  });

  it('gives a connection up when the lease store stops answering, and opens it again when it is back', async () => {
    const real = new InMemoryLeaseStore();
    let failing = false;
    const store: LeaseStore = {
      acquire: (...args) => (failing ? Promise.reject(new Error('ECONNREFUSED')) : real.acquire(...args)),
      release: (...args) => real.release(...args),
      close: () => real.close(),
    };
    const a = backendProcess(store, [{ inbox: { id: 1, version: 1 } }]);
    await a.connections.begin();
    await vi.advanceTimersByTimeAsync(0);
    failing = true;
    await vi.advanceTimersByTimeAsync(2000);
    expect(a.log).toEqual(['start 1', 'stop 1']);
    failing = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(a.log).toEqual(['start 1', 'stop 1', 'start 1']);
    await a.connections.end();
  });
});
