import { Inject, Injectable } from '@nestjs/common';
import type { ConnectorContext } from '@inbox/connectors';
import { DataSource, In } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Inbox } from '../inbox.entity';
import { SecretBox } from '../secret-box';

/** The channels behind Meta's webhook (DESIGN §8: /webhooks/meta/:inboxId). */
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
  private readonly cache = new Map<number, { value: MetaInbox; until: number }>();

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
  async findCached(inboxId: number): Promise<MetaInbox | null> {
    const hit = this.cache.get(inboxId);
    if (hit && hit.until > Date.now()) return hit.value;
    const value = await this.find(inboxId);
    if (this.cache.size > 1000) this.cache.clear();
    if (value) this.cache.set(inboxId, { value, until: Date.now() + CACHE_MS });
    return value;
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
