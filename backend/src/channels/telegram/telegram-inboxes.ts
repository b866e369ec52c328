import { Inject, Injectable } from '@nestjs/common';
import type { ConnectorContext, TelegramInboxSettings } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Inbox } from '../inbox.entity';
import { TtlCache } from '../../common/ttl-cache';
import { SecretBox } from '../secret-box';

/** What the backend keeps in a Telegram inbox's settings (visible to admins; no secrets). */
export interface TelegramSettings extends TelegramInboxSettings {
  mode: 'webhook' | 'polling';
  botId: number;
  botUsername: string;
  /** Where Telegram posts updates, in webhook mode. */
  webhookUrl?: string;
}

const CACHE_MS = 10_000;

export interface TelegramInbox {
  inbox: Inbox;
  context: ConnectorContext;
  token: string;
}

/**
 * Telegram inboxes with their decrypted secrets, for the webhook, the jobs
 * and the poller. Its own SecretBox (same key as InboxesService) keeps
 * InboxesService, which creates Telegram inboxes, free of a dependency cycle.
 */
@Injectable()
export class TelegramInboxes {
  private readonly secrets: SecretBox;
  // Only hits: an inbox created a moment after a miss must not 404 for CACHE_MS.
  private readonly cache = new TtlCache<number, TelegramInbox | null>(CACHE_MS, { remember: (hit) => hit !== null });

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.secrets = new SecretBox(config.appSecret);
  }

  async find(inboxId: number): Promise<TelegramInbox | null> {
    const inbox = await this.db.getRepository(Inbox).findOneBy({ id: inboxId, active: true });
    return inbox?.type === 'telegram' ? this.withSecrets(inbox) : null;
  }

  /**
   * find() through a short-lived cache, for the webhook: under load every
   * update would otherwise read and decrypt the same row. A token is never
   * changed in place (a new bot is a new inbox), and an inbox deleted less
   * than CACHE_MS ago answering a few more webhooks is harmless.
   */
  findCached(inboxId: number): Promise<TelegramInbox | null> {
    return this.cache.get(inboxId, () => this.find(inboxId));
  }

  /** The inbox changed (archived): its webhook must not be served from the cache. */
  forget(inboxId: number): void {
    this.cache.delete(inboxId);
  }

  /** Active inboxes; `withArchived` adds the archived ones (a bot, mailbox or account stays theirs until reactivated or removed). */
  async all(options: { withArchived?: boolean } = {}): Promise<TelegramInbox[]> {
    const rows = await this.db.getRepository(Inbox).findBy({ type: 'telegram', ...(options.withArchived ? {} : { active: true }) });
    return rows.map((inbox) => this.withSecrets(inbox));
  }

  withSecrets(inbox: Inbox): TelegramInbox {
    const secrets = this.secrets.open(inbox.secretsEncrypted);
    return { inbox, token: secrets.botToken ?? '', context: { inboxId: inbox.id, settings: inbox.settings, secrets } };
  }

  webhookUrl(inboxId: number): string {
    return `${this.config.publicUrl}/webhooks/telegram/${inboxId}`;
  }
}
