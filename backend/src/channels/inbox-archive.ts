import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationsService } from '../conversations/conversations.service';
import { RealtimeService } from '../realtime/realtime.service';
import { Inbox } from './inbox.entity';
import { EmailSync } from './email/email-sync.service';
import { MetaInboxes } from './meta/meta-inboxes';
import { TelegramInboxSetup } from './telegram/telegram-inbox.setup';
import { TelegramInboxes } from './telegram/telegram-inboxes';
import { WhatsAppWebSessions } from './whatsapp/whatsapp-web.sessions';

/**
 * Archiving an inbox (an admin action) and bringing it back. Archived, an
 * inbox receives and sends nothing: every channel's lookup of active inboxes
 * leaves it out, so its webhooks answer 404, its IMAP sync, polling loop or
 * WhatsApp session stops on every process (at the next refresh of the lease
 * owners, at once here), delivery refuses its messages, and its open
 * conversations are closed without a goodbye or survey (there is no channel
 * to send them through), so operators get their slots back. Its history,
 * reviews and report rows stay readable.
 */
@Injectable()
export class InboxArchive {
  private readonly logger = new Logger('Inboxes');

  constructor(
    private readonly db: DataSource,
    private readonly conversations: ConversationsService,
    private readonly telegramSetup: TelegramInboxSetup,
    private readonly telegram: TelegramInboxes,
    private readonly meta: MetaInboxes,
    private readonly emailSync: EmailSync,
    private readonly whatsappWeb: WhatsAppWebSessions,
    private readonly realtime: RealtimeService,
  ) {}

  async archive(inbox: Inbox): Promise<void> {
    await this.db.getRepository(Inbox).update({ id: inbox.id }, { active: false });
    this.realtime.disconnectVisitors(inbox.id);
    this.telegram.forget(inbox.id);
    this.meta.forget(inbox.id);
    if (inbox.type === 'email') await this.emailSync.unwatch(inbox.id);
    if (inbox.type === 'whatsapp') await this.whatsappWeb.unwatch(inbox.id);
    if (inbox.type === 'telegram') {
      await this.telegramSetup.disconnect(inbox).catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        // The archive holds anyway: whatever Telegram still posts is refused here.
        this.logger.warn(`Inbox ${inbox.id}: the Telegram webhook was not removed (${reason}); its updates are refused while the inbox is archived`);
      });
    }
    await this.closeOpenConversations(inbox.id);
  }

  /** Connects the channel again as at creation: the Telegram webhook or polling loop, the IMAP sync, the WhatsApp session. */
  async reactivate(inbox: Inbox): Promise<void> {
    await this.db.getRepository(Inbox).update({ id: inbox.id }, { active: true });
    if (inbox.type === 'telegram') {
      // Telegram may refuse (the token revoked meanwhile): then the inbox stays archived and the admin is told why.
      const settings = await this.telegramSetup.connect({ ...inbox, active: true } as Inbox).catch(async (error: unknown) => {
        await this.db.getRepository(Inbox).update({ id: inbox.id }, { active: false });
        throw error;
      });
      await this.db.getRepository(Inbox).save({ id: inbox.id, settings: { ...settings } });
    }
    if (inbox.type === 'email') this.emailSync.watch(inbox.id);
    if (inbox.type === 'whatsapp') this.whatsappWeb.watch(inbox.id);
  }

  private async closeOpenConversations(inboxId: number): Promise<void> {
    const open = await this.db.getRepository(Conversation).find({ where: { inboxId, status: In(['bot', 'queued', 'assigned', 'snoozed']) }, select: { id: true } });
    for (const { id } of open) {
      try {
        await this.conversations.close(null, id, { automatic: true, reason: 'inbox-archived' });
      } catch (error) {
        // Changed while closing (a reply, a transfer): it is still an archived inbox's conversation, and closing it again is harmless.
        this.logger.warn(`Conversation ${id} not closed with its archived inbox: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
