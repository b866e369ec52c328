import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InboxAutomation } from '../automation/inbox-automation';
import { Inbox } from '../channels/inbox.entity';
import { InboxesService } from '../channels/inboxes.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { QuickReply } from '../quick-replies/quick-reply.entity';

/** A few shared quick replies, so `/` in the composer shows something on the first day. */
const DEMO_QUICK_REPLIES = [
  { shortcut: 'hello', title: 'Greeting', content: 'Hello {{contact.name}}! My name is {{agent.name}}, how can I help you?' },
  { shortcut: 'wait', title: 'One moment', content: 'Thank you for waiting, {{contact.name}}. I am checking this for you, it will take a couple of minutes.' },
  { shortcut: 'email', title: 'Confirm e-mail', content: 'Is {{contact.email}} the best e-mail address to reach you?' },
  { shortcut: 'thanks', title: 'Thanks and goodbye', content: 'Thank you for contacting us, {{contact.name}}! Have a great day. {{agent.name}}' },
];

/**
 * The automatic messages of a conversation's whole life, so the demo shows
 * greeting → answer → close → rating without a trip to the settings first.
 */
const DEMO_AUTOMATION: InboxAutomation = {
  greeting: { enabled: true, text: { en: 'Thank you for your message! An operator will be with you in a moment.' } },
  goodbye: { enabled: true, text: { en: 'Thank you for contacting us! If anything else comes up, write here again.' } },
  csat: { enabled: true },
};

/** A newcomer's first minute: a widget inbox to chat with and a few quick replies, on an empty database. */
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
      settings: { greeting: 'Hi! Ask us anything, an operator will answer here.', preChatFields: {} },
      automation: DEMO_AUTOMATION,
    });
    const quickReplies = this.db.getRepository(QuickReply);
    await quickReplies.save(DEMO_QUICK_REPLIES.map((r) => quickReplies.create({ ...r, scope: 'global', ownerKey: 'global', teamId: null, agentId: null, language: 'en' })));
    this.logger.log(`Demo: a widget inbox was created; chat as a customer at ${this.config.publicUrl}/demo`);
  }

  /** The widget inbox the demo page shows: the oldest one. */
  demoInbox(): Promise<Inbox | null> {
    return this.db.getRepository(Inbox).findOne({ where: { type: 'webchat' }, order: { id: 'ASC' } });
  }
}
