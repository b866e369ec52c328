import { Inject, Injectable } from '@nestjs/common';
import type { ConnectorContext } from '@inbox/connectors';
import { DataSource, In } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Inbox } from '../inbox.entity';
import { TtlCache } from '../../common/ttl-cache';
import { SecretBox } from '../secret-box';

/** The channels behind Meta's webhook (/webhooks/meta/:inboxId, docs/api.md). */
export const META_CHANNELS = ['whatsapp-cloud', 'instagram'] as const;
export type MetaChannel = (typeof META_CHANNELS)[number];

export interface MetaInbox {
  inbox: Inbox & { type: MetaChannel };
  context: ConnectorContext;
}

const CACHE_MS = 10_000;

/** WhatsApp Cloud API and Instagram inboxes with their decrypted secrets, for the webhook, the jobs and delivery. */
@Injectable()
export class MetaInboxes {
  private readonly secrets: SecretBox;
  private readonly cache = new TtlCache<number, MetaInbox | null>(CACHE_MS, { remember: (hit) => hit !== null });

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.secrets = new SecretBox(config.appSecret);
  }

  async find(inboxId: number): Promise<MetaInbox | null> {
    const inbox = await this.db.getRepository(Inbox).findOneBy({ id: inboxId, type: In([...META_CHANNELS]), active: true });
    return inbox ? this.withSecrets(inbox) : null;
  }

  /** find() through a short-lived cache of hits, for the webhook (as TelegramInboxes.findCached). */
  findCached(inboxId: number): Promise<MetaInbox | null> {
    return this.cache.get(inboxId, () => this.find(inboxId));
  }

  /** The inbox changed (archived): its webhook must not be served from the cache. */
  forget(inboxId: number): void {
    this.cache.delete(inboxId);
  }

  /** Active inboxes; `withArchived` adds the archived ones (a bot, mailbox or account stays theirs until reactivated or removed). */
  all(type: MetaChannel, options: { withArchived?: boolean } = {}): Promise<Inbox[]> {
    return this.db.getRepository(Inbox).findBy({ type, ...(options.withArchived ? {} : { active: true }) });
  }

  withSecrets(inbox: Inbox): MetaInbox {
    const secrets = this.secrets.open(inbox.secretsEncrypted);
    return { inbox: inbox as MetaInbox['inbox'], context: { inboxId: inbox.id, settings: inbox.settings, secrets } };
  }

  webhookUrl(inboxId: number): string {
    return `${this.config.publicUrl}/webhooks/meta/${inboxId}`;
  }
}
