import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Inbox } from '../channels/inbox.entity';
import { InboxesService } from '../channels/inboxes.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** A newcomer's first minute: a widget inbox to chat with, on an empty database. */
@Injectable()
export class DemoService {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly db: DataSource,
    private readonly inboxes: InboxesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ensureDemoInbox(): Promise<void> {
    if (!this.config.demo) return;
    if ((await this.db.getRepository(Inbox).count()) > 0) return;
    await this.inboxes.create({
      type: 'webchat',
      name: 'Website chat (demo)',
      settings: { greeting: 'Hi! Ask us anything, an operator will answer here.', preChatForm: false },
    });
    this.logger.log(`Demo: a widget inbox was created; chat as a customer at ${this.config.publicUrl}/demo`);
  }

  /** The widget inbox the demo page shows: the oldest one. */
  demoInbox(): Promise<Inbox | null> {
    return this.db.getRepository(Inbox).findOne({ where: { type: 'webchat' }, order: { id: 'ASC' } });
  }
}
