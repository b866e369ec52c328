import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ProviderError, TelegramConnector } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { DomainEventBus, type DomainEvents } from '../../common/domain-events';
import { ContactIdentity } from '../../contacts/contact-identity.entity';
import { Conversation } from '../../conversations/conversation.entity';
import { Message } from '../../conversations/message.entity';
import { RATE_LIMITER, type RateLimiter } from '../../delivery/rate-limiter';
import { JOB_QUEUE, type JobQueue } from '../../jobs/job-queue';
import { Inbox } from '../inbox.entity';
import { TelegramInboxes } from './telegram-inboxes';
import { TELEGRAM_JOBS, telegramJobIds } from './telegram.jobs';

/** Telegram shows a chat action for about 5 s; renewing every 4 s keeps it on without flooding the Bot API. */
export const TYPING_INTERVAL_MS = 4000;

/**
 * The small Bot API calls that follow events: answering a pressed button
 * (`telegram.answer-callback`) and "typing…" while an operator types
 * (`telegram.typing`, fed by the 'agent.typing' domain event).
 */
@Injectable()
export class TelegramActionsJob implements OnModuleInit {
  private readonly logger = new Logger('Telegram');

  constructor(
    private readonly db: DataSource,
    private readonly connector: TelegramConnector,
    private readonly inboxes: TelegramInboxes,
    private readonly domainEvents: DomainEventBus,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ messageId: number }>(TELEGRAM_JOBS.answerCallback, ({ messageId }) => this.answerCallback(messageId));
    this.jobs.register<{ conversationId: number }>(TELEGRAM_JOBS.typing, ({ conversationId }) => this.sendTyping(conversationId));
    this.domainEvents.on('agent.typing', (event) => this.onAgentTyping(event));
  }

  async onAgentTyping({ conversationId, inboxId, on }: DomainEvents['agent.typing']): Promise<void> {
    // Telegram has no "stopped typing": the action simply lapses.
    if (!on) return;
    const inbox = await this.db.getRepository(Inbox).findOne({ where: { id: inboxId }, select: { id: true, type: true } });
    if (inbox?.type !== 'telegram') return;
    // Shared through Redis when there is one, so several processes still send one action per 4 s.
    if (!(await this.limiter.tryAcquire(`tg-typing:${conversationId}`, TYPING_INTERVAL_MS))) return;
    await this.jobs.enqueue(TELEGRAM_JOBS.typing, { conversationId }, { jobId: telegramJobIds.typing(conversationId) });
  }

  /** https://core.telegram.org/bots/api#sendchataction */
  async sendTyping(conversationId: number): Promise<void> {
    const conversation = await this.db.getRepository(Conversation).findOneBy({ id: conversationId });
    const telegram = conversation ? await this.inboxes.find(conversation.inboxId) : null;
    if (!conversation || !telegram) return;
    const identity = await this.db
      .getRepository(ContactIdentity)
      .findOne({ where: { inboxId: conversation.inboxId, contactId: conversation.contactId }, order: { id: 'ASC' } });
    if (!identity) return;
    try {
      await this.connector.sendTyping(identity.externalId, telegram.token);
    } catch (error) {
      // A hint that is late is worse than none: no retry.
      this.logger.debug(`Conversation ${conversationId}: typing not shown: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** https://core.telegram.org/bots/api#answercallbackquery — stops the button's spinner. */
  async answerCallback(messageId: number): Promise<void> {
    const message = await this.db.getRepository(Message).findOneBy({ id: messageId });
    const queryId = message?.payload?.callbackQueryId;
    const telegram = message ? await this.inboxes.find(message.inboxId) : null;
    if (typeof queryId !== 'string' || !telegram) return;
    try {
      await this.connector.answerCallbackQuery(telegram.token, queryId);
    } catch (error) {
      // An old query (Telegram forgets them after a while) or a revoked token will not get better.
      if (error instanceof ProviderError && (error.code === 'permanent' || error.code === 'auth')) {
        this.logger.warn(`Message ${messageId}: button press not answered: ${error.message}`);
        return;
      }
      throw error;
    }
  }
}
