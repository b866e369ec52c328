import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DataSource, In, MoreThan } from 'typeorm';
import { Inbox } from '../channels/inbox.entity';
import { DomainEventBus } from '../common/domain-events';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationPublisher } from '../conversations/conversation.publisher';
import { ConversationsService } from '../conversations/conversations.service';
import { Message } from '../conversations/message.entity';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';
import { keepTimersFromRows } from '../jobs/timers-from-rows';
import { autoCloseDueAt } from './auto-close.policy';
import { AutomationClock } from './automation.clock';
import { AUTOMATION_JOBS, automationJobIds } from './automation.jobs';

const REBUILD_PAGE = 500;

/**
 * Auto-close after the customer's silence. The timer is a delayed job, but
 * the rows decide: when it fires it reads the conversation's last messages
 * again, closes it if the silence is long enough, or sets itself for the new
 * due time. At start every assigned conversation of an inbox with auto-close
 * gets its timer back from the rows, whatever the queue lost.
 */
@Injectable()
export class AutoCloseJob implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Automation');

  constructor(
    private readonly db: DataSource,
    private readonly conversations: ConversationsService,
    private readonly publisher: ConversationPublisher,
    private readonly domainEvents: DomainEventBus,
    private readonly clock: AutomationClock,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ conversationId: number }>(AUTOMATION_JOBS.autoClose, ({ conversationId }) => this.check(conversationId));
    // Every operator reply restarts the customer's silence: the check sets the timer from the rows.
    this.domainEvents.on('conversation.agent-replied', ({ conversationId }) =>
      this.jobs.enqueue(AUTOMATION_JOBS.autoClose, { conversationId }, { jobId: automationJobIds.autoClose(conversationId, 0) }),
    );
  }

  /** In the background: a large floor's timers must not hold up the start. */
  onApplicationBootstrap(): void {
    keepTimersFromRows(this.jobs, this.logger, 'Auto-close timers', () => this.rebuildTimers()).catch((error: unknown) =>
      this.logger.error(`Rebuilding auto-close timers failed: ${error instanceof Error ? error.stack : String(error)}`),
    );
  }

  /** Every assigned conversation of an inbox with auto-close: closed now if overdue, else its timer set again. */
  async rebuildTimers(): Promise<void> {
    const inboxIds = (await this.db.getRepository(Inbox).find({ select: { id: true, automation: true } }))
      .filter((inbox) => inbox.automation.autoClose?.enabled)
      .map((inbox) => inbox.id);
    if (inboxIds.length === 0) return;
    let rebuilt = 0;
    for (let afterId = 0; ; ) {
      const page = await this.db.getRepository(Conversation).find({
        where: { inboxId: In(inboxIds), status: 'assigned', id: MoreThan(afterId) },
        select: { id: true },
        order: { id: 'ASC' },
        take: REBUILD_PAGE,
      });
      for (const { id } of page) await this.check(id);
      rebuilt += page.length;
      if (page.length < REBUILD_PAGE) break;
      afterId = page[page.length - 1].id;
    }
    if (rebuilt) this.logger.log(`Auto-close timers checked for ${rebuilt} conversation(s)`);
  }

  /** Closes the conversation if its silence is over, or sets the timer for when it will be. */
  async check(conversationId: number): Promise<void> {
    const conversation = await this.db.getRepository(Conversation).findOneBy({ id: conversationId });
    if (!conversation) return;
    const inbox = await this.db.getRepository(Inbox).findOne({ where: { id: conversation.inboxId }, select: { id: true, automation: true } });
    const setting = inbox?.automation.autoClose;
    if (!setting?.enabled) return;
    const [lastWord, lastOperator] = await Promise.all([this.lastMessage(conversationId, ['contact', 'agent']), this.lastMessage(conversationId, ['agent'])]);
    const dueAt = autoCloseDueAt({
      status: conversation.status,
      lastWordBy: lastWord ? (lastWord.senderType === 'contact' ? 'customer' : 'operator') : null,
      lastOperatorAt: lastOperator ? new Date(lastOperator.createdAt).getTime() : null,
      afterMinutes: setting.afterMinutes,
    });
    if (dueAt === null) return;
    const now = this.clock.now().getTime();
    if (dueAt > now) {
      await this.jobs.enqueue(AUTOMATION_JOBS.autoClose, { conversationId }, { jobId: automationJobIds.autoClose(conversationId, dueAt), delayMs: dueAt - now });
      return;
    }
    const closed = await this.conversations.close(null, conversationId, { automatic: true }).catch((error: unknown) => {
      // Someone else moved it meanwhile (an operator closed or transferred it): nothing to do.
      this.logger.debug(`Conversation ${conversationId} not auto-closed: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    });
    if (closed) await this.publisher.changed(closed);
  }

  private lastMessage(conversationId: number, senderTypes: Message['senderType'][]): Promise<Message | null> {
    return this.db.getRepository(Message).findOne({
      where: { conversationId, senderType: In(senderTypes), private: false },
      select: { id: true, senderType: true, createdAt: true },
      order: { id: 'DESC' },
    });
  }
}
