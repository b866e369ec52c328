/**
 * Where leases live: one owner per key at a time, for a limited time. A
 * lease that is not renewed runs out by itself, so a process that died
 * without releasing it (SIGKILL, a lost host) never blocks the others.
 */
export interface LeaseStore {
  /** Takes the lease when it is free, or extends it when `owner` holds it already; true when `owner` holds it for `ttlMs` from now. */
  acquire(key: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up, if `owner` still holds it. */
  release(key: string, owner: string): Promise<void>;
  close(): Promise<void>;
}

export const LEASE_STORE = Symbol('LEASE_STORE');

/** Without Redis there is one process: a map is exact. */
export class InMemoryLeaseStore implements LeaseStore {
  private readonly leases = new Map<string, { owner: string; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async acquire(key: string, owner: string, ttlMs: number): Promise<boolean> {
    const current = this.leases.get(key);
    const now = this.now();
    if (current && current.owner !== owner && current.until > now) return false;
    this.leases.set(key, { owner, until: now + ttlMs });
    return true;
  }

  async release(key: string, owner: string): Promise<void> {
    if (this.leases.get(key)?.owner === owner) this.leases.delete(key);
  }

  async close(): Promise<void> {
    this.leases.clear();
  }
}
