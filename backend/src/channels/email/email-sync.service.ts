import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { EmailConnector, type EmailStartOptions } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Leases } from '../../leases/leases.service';
import { EmailInbound } from './email-inbound.service';
import { EmailInboxes } from './email-inboxes';
import { EmailSyncState } from './email-sync-state.entity';
import { syncFingerprint, syncNeedsRestart } from './email-sync.policy';

export const emailSyncLease = (inboxId: number) => `email-imap:${inboxId}`;

/**
 * The IMAP sync of every receiving e-mail inbox. One process at a time holds
 * an inbox's connection (a lease: Redis when scaled out); every process asks,
 * and when the holder stops or dies another one takes over from the UID
 * position stored in the database. Every process also looks at the inbox
 * table as often as leases are renewed, so an inbox created, changed or
 * removed through another process is followed here too, and a sync whose
 * login was refused is tried again after a while (syncNeedsRestart).
 */
@Injectable()
export class EmailSync implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Email');
  private readonly watched = new Set<number>();
  /** Inboxes this process syncs: the fingerprint of the settings it started with, and when. */
  private readonly running = new Map<number, { fingerprint: string; startedAt: number }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly connector: EmailConnector,
    private readonly inboxes: EmailInboxes,
    private readonly inbound: EmailInbound,
    private readonly leases: Leases,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => {
      this.refresh().catch((error: unknown) => this.logger.warn(`E-mail inboxes not refreshed: ${error instanceof Error ? error.message : String(error)}`));
    }, this.config.leaseTtlSeconds * 1000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([...this.watched].map((id) => this.unwatch(id)));
    await this.connector.stop();
  }

  /** Starts competing for the inbox's IMAP connection (for a new inbox, and at boot). */
  watch(inboxId: number): void {
    if (this.watched.has(inboxId)) return;
    this.watched.add(inboxId);
    this.leases.hold(emailSyncLease(inboxId), {
      onAcquired: () => this.start(inboxId),
      onLost: () => this.stop(inboxId),
    });
  }

  async unwatch(inboxId: number): Promise<void> {
    this.watched.delete(inboxId);
    await this.leases.release(emailSyncLease(inboxId));
  }

  /** The inbox's settings changed: a sync running here restarts with them (elsewhere, refresh() notices). */
  async reload(inboxId: number): Promise<void> {
    if (!this.running.has(inboxId)) return;
    await this.stop(inboxId);
    if (this.leases.isHeld(emailSyncLease(inboxId))) await this.start(inboxId);
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
    return this.leases.isHeld(emailSyncLease(inboxId)) && this.connector.isSyncing(inboxId);
  }

  private async refresh(): Promise<void> {
    const current = await this.inboxes.all();
    const ids = new Set(current.map((e) => e.inbox.id));
    for (const id of this.watched) if (!ids.has(id)) await this.unwatch(id);
    for (const { inbox } of current) {
      this.watch(inbox.id);
      const started = this.running.get(inbox.id);
      if (started && syncNeedsRestart(started, inbox, this.connector.isSyncing(inbox.id), Date.now())) await this.reload(inbox.id);
    }
  }

  private async start(inboxId: number): Promise<void> {
    const email = await this.inboxes.find(inboxId);
    if (!email) return;
    this.running.set(inboxId, { fingerprint: syncFingerprint(email.inbox), startedAt: Date.now() });
    if (!email.inbox.settings.imapHost) return;
    this.logger.log(`Inbox ${inboxId}: this process reads the mailbox`);
    const folder = typeof email.inbox.settings.folder === 'string' ? email.inbox.settings.folder : 'INBOX';
    await this.connector.start(email.context, (events) => this.inbound.handle(email.inbox, events), {
      ...this.position(inboxId, folder),
      initialImport: email.inbox.settings.importExisting === true ? 'all' : 'new',
    });
  }

  private async stop(inboxId: number): Promise<void> {
    this.running.delete(inboxId);
    await this.connector.stop(inboxId);
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
