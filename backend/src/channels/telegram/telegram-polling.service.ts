import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { isTelegramPollingMode, TelegramConnector } from '@inbox/connectors';
import { TelegramInbound } from './telegram-inbound.service';
import { TelegramInboxes, type TelegramInbox } from './telegram-inboxes';

const FIRST_RETRY_MS = 5000;
const MAX_RETRY_MS = 5 * 60_000;

/**
 * Long polling for Telegram inboxes in polling mode (no public address for a
 * webhook): started at boot and when such an inbox is created, stopped at
 * shutdown. Updates go through the same TelegramInbound.handle as webhooks,
 * and the connector moves its offset only after they are stored.
 *
 * Every process polls every polling inbox for now. Telegram allows one
 * getUpdates per bot at a time (the other gets 409 and backs off), so
 * several processes work but waste requests; one owner per inbox through a
 * Redis lock is issue 11.
 */
@Injectable()
export class TelegramPolling implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Telegram');
  private readonly retries = new Map<number, NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly connector: TelegramConnector,
    private readonly inboxes: TelegramInboxes,
    private readonly inbound: TelegramInbound,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.stopped = false;
    for (const telegram of await this.inboxes.all()) {
      // Not awaited: an unreachable Telegram must not hold up the start; it is retried.
      if (isTelegramPollingMode(telegram.inbox.settings)) this.startOrRetry(telegram, FIRST_RETRY_MS);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    for (const timer of this.retries.values()) clearTimeout(timer);
    this.retries.clear();
    await this.connector.stop();
  }

  /** Deletes the webhook (Telegram refuses getUpdates while one is set) and starts the loop; throws if Telegram says no. */
  start(telegram: TelegramInbox): Promise<void> {
    return this.connector.start(telegram.context, (events) => this.inbound.handle(telegram.inbox, events));
  }

  private startOrRetry(telegram: TelegramInbox, delayMs: number): void {
    this.start(telegram).catch((error: unknown) => {
      if (this.stopped) return;
      this.logger.warn(`Inbox ${telegram.inbox.id}: polling did not start (${error instanceof Error ? error.message : String(error)}); trying again in ${delayMs / 1000} s`);
      const timer = setTimeout(() => {
        this.retries.delete(telegram.inbox.id);
        this.startOrRetry(telegram, Math.min(delayMs * 2, MAX_RETRY_MS));
      }, delayMs);
      timer.unref();
      this.retries.set(telegram.inbox.id, timer);
    });
  }
}
