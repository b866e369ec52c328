import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { isTelegramPollingMode, TelegramConnector } from '@inbox/connectors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Leases } from '../../leases/leases.service';
import { TelegramInbound } from './telegram-inbound.service';
import { TelegramInboxes } from './telegram-inboxes';

const FIRST_RETRY_MS = 5000;
const MAX_RETRY_MS = 5 * 60_000;

export const telegramPollingLease = (inboxId: number) => `telegram-polling:${inboxId}`;

/**
 * Long polling for Telegram inboxes in polling mode (no public address for a
 * webhook). Telegram allows one getUpdates per bot at a time, so one process
 * holds an inbox's loop (a lease: Redis when scaled out) and another takes
 * over when it stops or dies. Updates go through the same
 * TelegramInbound.handle as webhooks, and the connector moves its offset only
 * after they are stored, so a takeover neither loses nor repeats one.
 * Every process looks at the inbox table as often as leases are renewed, so a
 * polling inbox created through another process is followed here too.
 */
@Injectable()
export class TelegramPolling implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Telegram');
  private readonly watched = new Set<number>();
  private readonly retries = new Map<number, NodeJS.Timeout>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connector: TelegramConnector,
    private readonly inboxes: TelegramInboxes,
    private readonly inbound: TelegramInbound,
    private readonly leases: Leases,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => {
      this.refresh().catch((error: unknown) => this.logger.warn(`Telegram inboxes not refreshed: ${error instanceof Error ? error.message : String(error)}`));
    }, this.config.leaseTtlSeconds * 1000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([...this.watched].map((id) => this.unwatch(id)));
    await this.connector.stop();
  }

  /** Starts competing for the inbox's polling loop (for a new inbox, and at boot). */
  watch(inboxId: number): void {
    if (this.watched.has(inboxId)) return;
    this.watched.add(inboxId);
    this.leases.hold(telegramPollingLease(inboxId), {
      onAcquired: () => this.startOrRetry(inboxId, FIRST_RETRY_MS),
      onLost: () => this.stop(inboxId),
    });
  }

  /** Whether this process runs the inbox's loop right now. */
  isPolling(inboxId: number): boolean {
    return this.leases.isHeld(telegramPollingLease(inboxId)) && this.connector.isPolling(inboxId);
  }

  private async unwatch(inboxId: number): Promise<void> {
    this.watched.delete(inboxId);
    await this.leases.release(telegramPollingLease(inboxId));
  }

  private async refresh(): Promise<void> {
    const polling = (await this.inboxes.all()).filter((t) => isTelegramPollingMode(t.inbox.settings));
    const ids = new Set(polling.map((t) => t.inbox.id));
    for (const id of this.watched) if (!ids.has(id)) await this.unwatch(id);
    for (const id of ids) this.watch(id);
  }

  /** Deletes the webhook (Telegram refuses getUpdates while one is set) and starts the loop, retrying while Telegram says no. */
  private async startOrRetry(inboxId: number, delayMs: number): Promise<void> {
    this.clearRetry(inboxId);
    const telegram = await this.inboxes.find(inboxId);
    if (!telegram || !this.leases.isHeld(telegramPollingLease(inboxId))) return;
    this.logger.log(`Inbox ${inboxId}: this process polls the bot`);
    // Not awaited by the lease: an unreachable Telegram must not hold up the start; it is retried.
    this.connector.start(telegram.context, (events) => this.inbound.handle(telegram.inbox, events)).then(
      // The lease may have been lost while the webhook was being removed.
      () => (this.leases.isHeld(telegramPollingLease(inboxId)) ? undefined : this.connector.stop(inboxId)),
      (error: unknown) => {
        if (!this.leases.isHeld(telegramPollingLease(inboxId))) return;
        this.logger.warn(`Inbox ${inboxId}: polling did not start (${error instanceof Error ? error.message : String(error)}); trying again in ${delayMs / 1000} s`);
        const timer = setTimeout(() => void this.startOrRetry(inboxId, Math.min(delayMs * 2, MAX_RETRY_MS)), delayMs);
        timer.unref();
        this.retries.set(inboxId, timer);
      },
    );
  }

  private async stop(inboxId: number): Promise<void> {
    this.clearRetry(inboxId);
    await this.connector.stop(inboxId);
  }

  private clearRetry(inboxId: number): void {
    clearTimeout(this.retries.get(inboxId));
    this.retries.delete(inboxId);
  }
}
