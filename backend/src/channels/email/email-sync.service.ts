import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { EmailConnector, type EmailStartOptions } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Leases } from '../../leases/leases.service';
import { OwnedConnections } from '../../leases/owned-connections';
import { EmailInbound } from './email-inbound.service';
import { EmailInboxes, type EmailInbox } from './email-inboxes';
import { EmailSyncState } from './email-sync-state.entity';
import { syncFingerprint, syncNeedsRestart } from './email-sync.policy';

export const emailSyncLease = (inboxId: number) => `email-imap:${inboxId}`;

/** What a running sync was started with (email-sync.policy). */
type SyncStart = Parameters<typeof syncNeedsRestart>[0];

/**
 * The IMAP sync of every receiving e-mail inbox. One process at a time holds
 * an inbox's connection (a lease: Redis when scaled out, see
 * OwnedConnections); every process asks, and when the holder stops or dies
 * another one takes over from the UID position stored in the database. Every
 * process also looks at the inbox table every LEASE_TTL_SECONDS, so an inbox
 * created, changed or removed through another process is followed here too,
 * and a sync whose login was refused is tried again after a while
 * (syncNeedsRestart).
 */
@Injectable()
export class EmailSync implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Email');
  private readonly connections: OwnedConnections<EmailInbox, SyncStart | null>;

  constructor(
    private readonly db: DataSource,
    private readonly connector: EmailConnector,
    private readonly inboxes: EmailInboxes,
    private readonly inbound: EmailInbound,
    leases: Leases,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.connections = new OwnedConnections(
      leases,
      config.leaseTtlSeconds * 1000,
      {
        lease: emailSyncLease,
        list: () => this.inboxes.all(),
        start: (inboxId) => this.start(inboxId),
        stop: (inboxId) => this.connector.stop(inboxId),
        needsRestart: (email, started) => started !== null && syncNeedsRestart(started, email.inbox, this.connector.isSyncing(email.inbox.id), Date.now()),
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

  /** Starts competing for the inbox's IMAP connection (for a new inbox, and at boot). */
  watch(inboxId: number): void {
    this.connections.watch(inboxId);
  }

  unwatch(inboxId: number): Promise<void> {
    return this.connections.unwatch(inboxId);
  }

  /** The inbox's settings changed: a sync running here restarts with them (elsewhere, the refresh notices). */
  reload(inboxId: number): Promise<void> {
    return this.connections.restart(inboxId);
  }

  /**
   * Waits (a little) until the new inbox's first connection recorded where its
   * mail starts, so that what arrives after the admin saw "created" is read.
   */
  async firstPosition(inboxId: number, timeoutMs = 10_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    const states = this.db.getRepository(EmailSyncState);
    while (Date.now() < deadline) {
      if (await states.existsBy({ inboxId })) return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    this.logger.warn(`Inbox ${inboxId}: the mailbox was not read within ${timeoutMs / 1000} s of connecting it`);
    return false;
  }

  /** Whether this process runs the inbox's sync right now. */
  isSyncing(inboxId: number): boolean {
    return this.connections.owns(inboxId) && this.connector.isSyncing(inboxId);
  }

  /** Also for an inbox that only sends: the fingerprint notices when IMAP is configured later. */
  private async start(inboxId: number): Promise<SyncStart | null> {
    const email = await this.inboxes.find(inboxId);
    if (!email) return null;
    const started = { fingerprint: syncFingerprint(email.inbox), startedAt: Date.now() };
    if (!email.inbox.settings.imapHost) return started;
    this.logger.log(`Inbox ${inboxId}: this process reads the mailbox`);
    const folder = typeof email.inbox.settings.folder === 'string' ? email.inbox.settings.folder : 'INBOX';
    await this.connector.start(email.context, (events) => this.inbound.handle(email.inbox, events), {
      ...this.position(inboxId, folder),
      initialImport: email.inbox.settings.importExisting === true ? 'all' : 'new',
    });
    return started;
  }

  /** The UID position in the database: written only after a batch is committed, so nothing is imported twice. */
  private position(inboxId: number, folder: string): Pick<EmailStartOptions, 'loadState' | 'saveState'> {
    const states = this.db.getRepository(EmailSyncState);
    return {
      loadState: async () => {
        const row = await states.findOneBy({ inboxId });
        return row && row.folder === folder ? { uidValidity: row.uidValidity, lastUid: row.lastUid } : null;
      },
      saveState: async (state) => {
        await states.save({ inboxId, folder, uidValidity: state.uidValidity, lastUid: state.lastUid });
      },
    };
  }
}
