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
    const inbox = await this.db.getRepository(Inbox).findOneBy({ id: inboxId, type: In([...META_CHANNELS]) });
    return inbox ? this.withSecrets(inbox) : null;
  }

  /** find() through a short-lived cache of hits, for the webhook (as TelegramInboxes.findCached). */
  findCached(inboxId: number): Promise<MetaInbox | null> {
    return this.cache.get(inboxId, () => this.find(inboxId));
  }

  all(type: MetaChannel): Promise<Inbox[]> {
    return this.db.getRepository(Inbox).findBy({ type });
  }

  withSecrets(inbox: Inbox): MetaInbox {
    const secrets = this.secrets.open(inbox.secretsEncrypted);
    return { inbox: inbox as MetaInbox['inbox'], context: { inboxId: inbox.id, settings: inbox.settings, secrets } };
  }

  webhookUrl(inboxId: number): string {
    return `${this.config.publicUrl}/webhooks/meta/${inboxId}`;
  }
}
