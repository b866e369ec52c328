import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { LEASE_STORE, type LeaseStore } from './lease-store';

/** What a process does with a lease it keeps trying to hold. */
export interface LeaseHolder {
  /** The lease is ours now: start the work only one process may do. */
  onAcquired(): Promise<void> | void;
  /** It is not ours any more (released, taken over, or not renewed in time): stop that work. */
  onLost(): Promise<void> | void;
}

interface Holding {
  holder: LeaseHolder;
  held: boolean;
  /** Until when the last successful renewal keeps the lease ours, whatever the store says meanwhile. */
  validUntil: number;
  timer: NodeJS.Timeout;
  /** The tick in progress; ticks never overlap, so onAcquired and onLost alternate. */
  running: Promise<void> | null;
  released: boolean;
}

/**
 * Exactly one process at a time for long-lived work (an inbox's IMAP
 * connection, a WhatsApp client): every process asks to hold the work's key;
 * the one that gets it renews it every third of the TTL, the others ask again
 * as often and take over once the holder released it or stopped renewing
 * (it died). A holder that cannot renew (Redis unreachable) gives the work up
 * before its lease could run out, so two never overlap.
 */
@Injectable()
export class Leases implements OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger('Leases');
  /** This process (and app instance): two apps in one test process are two owners. */
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private readonly ttlMs: number;
  private readonly holdings = new Map<string, Holding>();

  constructor(
    @Inject(LEASE_STORE) private readonly store: LeaseStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.ttlMs = config.leaseTtlSeconds * 1000;
  }

  /** Keeps trying to hold `key` until release(); the holder hears when it gets and loses it. */
  hold(key: string, holder: LeaseHolder): void {
    if (this.holdings.has(key)) throw new Error(`Lease ${key} is already being held`);
    const timer = setInterval(() => void this.tick(key), this.renewEveryMs());
    timer.unref();
    this.holdings.set(key, { holder, held: false, validUntil: 0, timer, running: null, released: false });
    void this.tick(key);
  }

  isHeld(key: string): boolean {
    return this.holdings.get(key)?.held ?? false;
  }

  /** Stops asking for `key`; if it was ours, the work stops and the lease is given back for another process to take at once. */
  async release(key: string): Promise<void> {
    const holding = this.holdings.get(key);
    if (!holding) return;
    holding.released = true;
    clearInterval(holding.timer);
    this.holdings.delete(key);
    await holding.running;
    if (!holding.held) return;
    holding.held = false;
    await this.notify(key, holding, 'onLost');
    await this.store.release(key, this.owner).catch((error: unknown) => this.logger.warn(`Lease ${key} not released: ${describe(error)}`));
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.holdings.keys()].map((key) => this.release(key)));
  }

  onApplicationShutdown(): Promise<void> {
    return this.store.close();
  }

  private tick(key: string): Promise<void> {
    const holding = this.holdings.get(key);
    if (!holding || holding.running) return holding?.running ?? Promise.resolve();
    holding.running = this.renew(key, holding).finally(() => {
      holding.running = null;
    });
    return holding.running;
  }

  private async renew(key: string, holding: Holding): Promise<void> {
    const askedAt = Date.now();
    let granted: boolean | null;
    let timer: NodeJS.Timeout | undefined;
    try {
      // A store that does not answer (Redis hung) must not hold the loop: the renewal counts as failed.
      const hung = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the lease store did not answer in time')), this.renewEveryMs());
      });
      granted = await Promise.race([this.store.acquire(key, this.owner, this.ttlMs), hung]);
    } catch (error) {
      granted = null;
      if (holding.held) this.logger.warn(`Lease ${key} not renewed: ${describe(error)}`);
    } finally {
      clearTimeout(timer);
    }
    if (holding.released) return;
    if (granted) {
      holding.validUntil = askedAt + this.ttlMs;
      if (!holding.held) {
        holding.held = true;
        await this.notify(key, holding, 'onAcquired');
      }
      return;
    }
    // Refused: another process has it. Unknown (store down): ours until the last renewal runs out,
    // minus one renewal interval, so the work has stopped before anyone else can take the key.
    const expiring = granted === false || Date.now() >= holding.validUntil - this.renewEveryMs();
    if (holding.held && expiring) {
      holding.held = false;
      await this.notify(key, holding, 'onLost');
    }
  }

  /** Renewals (and the others' attempts) come every third of the TTL: two may fail before the lease runs out. */
  private renewEveryMs(): number {
    return Math.max(50, Math.floor(this.ttlMs / 3));
  }

  private async notify(key: string, holding: Holding, what: keyof LeaseHolder): Promise<void> {
    try {
      await holding.holder[what]();
    } catch (error) {
      this.logger.error(`Lease ${key}: ${what} failed: ${describe(error)}`);
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
