import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { isTelegramPollingMode, TelegramConnector } from '@inbox/connectors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Leases } from '../../leases/leases.service';
import { OwnedConnections } from '../../leases/owned-connections';
import { TelegramInbound } from './telegram-inbound.service';
import { TelegramInboxes, type TelegramInbox } from './telegram-inboxes';

export const telegramPollingLease = (inboxId: number) => `telegram-polling:${inboxId}`;

/**
 * Long polling for Telegram inboxes in polling mode (no public address for a
 * webhook). Telegram allows one getUpdates per bot at a time, so one process
 * holds an inbox's loop (a lease: Redis when scaled out, see
 * OwnedConnections) and another takes over when it stops or dies. Updates go
 * through the same TelegramInbound.handle as webhooks, and the connector
 * moves its offset only after they are stored, so a takeover neither loses
 * nor repeats one. A loop that did not start (Telegram out of reach) is
 * tried again with backoff; a polling inbox created through another process
 * is followed here at the next look at the inbox table.
 */
@Injectable()
export class TelegramPolling implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Telegram');
  private readonly connections: OwnedConnections<TelegramInbox, void>;

  constructor(
    private readonly connector: TelegramConnector,
    private readonly inboxes: TelegramInboxes,
    private readonly inbound: TelegramInbound,
    leases: Leases,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.connections = new OwnedConnections(
      leases,
      config.leaseTtlSeconds * 1000,
      {
        lease: telegramPollingLease,
        list: async () => (await this.inboxes.all()).filter((t) => isTelegramPollingMode(t.inbox.settings)),
        start: (inboxId) => this.start(inboxId),
        stop: (inboxId) => this.connector.stop(inboxId),
      },
      this.logger,
    );
  }

  onApplicationBootstrap(): Promise<void> {
    return this.connections.begin();
  }

  async onModuleDestroy(): Promise<void> {
    await this.connections.end();
    await this.connector.stop();
  }

  /** Starts competing for the inbox's polling loop (for a new inbox, and at boot). */
  watch(inboxId: number): void {
    this.connections.watch(inboxId);
  }

  /** Stops the loop here and gives the lease back (the inbox was archived; other processes follow at their next refresh). */
  unwatch(inboxId: number): Promise<void> {
    return this.connections.unwatch(inboxId);
  }

  /** Whether this process runs the inbox's loop right now. */
  isPolling(inboxId: number): boolean {
    return this.connections.owns(inboxId) && this.connector.isPolling(inboxId);
  }

  /** Deletes the webhook (Telegram refuses getUpdates while one is set) and starts the loop. */
  private async start(inboxId: number): Promise<void> {
    const telegram = await this.inboxes.find(inboxId);
    if (!telegram) return;
    this.logger.log(`Inbox ${inboxId}: this process polls the bot`);
    await this.connector.start(telegram.context, (events) => this.inbound.handle(telegram.inbox, events));
  }
}
