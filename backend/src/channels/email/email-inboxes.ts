import { Inject, Injectable } from '@nestjs/common';
import type { ConnectorContext } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Inbox } from '../inbox.entity';
import { SecretBox } from '../secret-box';

export interface EmailInbox {
  inbox: Inbox;
  context: ConnectorContext;
}

/** E-mail inboxes with their decrypted credentials, for the sync, the inbound path and the connection test. */
@Injectable()
export class EmailInboxes {
  private readonly secrets: SecretBox;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secrets = new SecretBox(config.appSecret);
  }

  async find(inboxId: number): Promise<EmailInbox | null> {
    const inbox = await this.db.getRepository(Inbox).findOneBy({ id: inboxId, active: true });
    return inbox?.type === 'email' ? this.withSecrets(inbox) : null;
  }

  /** Active inboxes; `withArchived` adds the archived ones (a bot, mailbox or account stays theirs until reactivated or removed). */
  async all(options: { withArchived?: boolean } = {}): Promise<EmailInbox[]> {
    const rows = await this.db.getRepository(Inbox).findBy({ type: 'email', ...(options.withArchived ? {} : { active: true }) });
    return rows.map((inbox) => this.withSecrets(inbox));
  }

  withSecrets(inbox: Inbox): EmailInbox {
    return { inbox, context: { inboxId: inbox.id, settings: inbox.settings, secrets: this.secrets.open(inbox.secretsEncrypted) } };
  }
}
