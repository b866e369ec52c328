/**
 * The getUpdates long-polling loop for an inbox in polling mode.
 * https://core.telegram.org/bots/api#getupdates
 *
 * Delivery is at-least-once: the offset only moves past a batch after
 * `onEvents` resolved, and Telegram forgets an update only when a later
 * getUpdates call carries a higher offset. After a crash or a stop the last
 * batch may come again; the backend deduplicates by externalId.
 */
import type { InboundEvent } from '../types';
import { toProviderError } from './telegram.errors';

export type PollingStage = 'getUpdates' | 'parse' | 'onEvents';

export interface PollerOptions {
  /** Fetches updates from `offset` on; must honour `signal` so stop() is prompt. */
  getUpdates(offset: number | undefined, signal: AbortSignal): Promise<unknown[]>;
  /** Raw update → events; throws on an update it cannot read. */
  parse(update: unknown): InboundEvent[];
  onEvents(events: InboundEvent[]): Promise<void>;
  onError(error: unknown, stage: PollingStage): void;
  backoff: { initialMs: number; maxMs: number };
}

export class TelegramPoller {
  private offset: number | undefined;
  private readonly abort = new AbortController();
  private loop: Promise<void> | undefined;

  constructor(private readonly options: PollerOptions) {}

  get running(): boolean {
    return this.loop !== undefined && !this.abort.signal.aborted;
  }

  /** The next offset to ask for: one past the last update handed to onEvents. */
  get nextOffset(): number | undefined {
    return this.offset;
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** Ends the loop: aborts a pending long poll, waits for an onEvents in progress. */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { backoff } = this.options;
    let delay = backoff.initialMs;
    while (!this.abort.signal.aborted) {
      let updates: unknown[];
      try {
        updates = await this.options.getUpdates(this.offset, this.abort.signal);
      } catch (err) {
        if (this.abort.signal.aborted) break;
        const error = toProviderError(err, 'getUpdates');
        this.options.onError(error, 'getUpdates');
        // A revoked token never heals by waiting: stop and let the backend mark the inbox.
        if (error.code === 'auth') break;
        await this.sleep(error.code === 'rate-limited' && error.retryAfterMs ? error.retryAfterMs : delay);
        delay = Math.min(delay * 2, backoff.maxMs);
        continue;
      }
      const { events, next } = this.parseBatch(updates);
      if (events.length) {
        try {
          await this.options.onEvents(events);
        } catch (err) {
          // Keep the offset: the same batch is fetched again after the pause.
          this.options.onError(err, 'onEvents');
          await this.sleep(delay);
          delay = Math.min(delay * 2, backoff.maxMs);
          continue;
        }
      }
      this.offset = next;
      delay = backoff.initialMs;
    }
    this.abort.abort();
  }

  private parseBatch(updates: unknown[]): { events: InboundEvent[]; next: number | undefined } {
    const events: InboundEvent[] = [];
    let next = this.offset;
    for (const update of updates) {
      const id = (update as { update_id?: unknown } | null)?.update_id;
      // An update we cannot read is reported and skipped, never fetched forever.
      if (Number.isSafeInteger(id)) next = Math.max(next ?? 0, (id as number) + 1);
      try {
        events.push(...this.options.parse(update));
      } catch (err) {
        this.options.onError(err, 'parse');
      }
    }
    return { events, next };
  }

  private sleep(ms: number): Promise<void> {
    const signal = this.abort.signal;
    return new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done);
    });
  }
}
