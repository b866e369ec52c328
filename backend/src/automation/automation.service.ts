import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Inbox } from '../channels/inbox.entity';
import { DomainEventBus } from '../common/domain-events';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationEvent } from '../conversations/conversation-event.entity';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';
import { QueueWaits } from '../routing/queue-waits';
import { AutomaticReplies, type Recipient } from './automatic-replies.service';
import { AutomationClock } from './automation.clock';
import { AUTOMATION_JOBS, automationJobIds } from './automation.jobs';
import { nextOpening } from './business-hours.policy';
import { CsatService } from './csat.service';
import { formatOpening, formatWait } from './language.policy';
import { openingMessage } from './opening.policy';
import { mayCallForQueueMessage, queueMessageDue } from './queue-message.policy';

/** The queue message waits for the greeting to go first; it looks again this often, this many times. */
const OPENING_WAIT_MS = 300;
const OPENING_WAIT_TRIES = 20;

/**
 * The automatic messages around a conversation's life (docs/automation.md): greeting
 * or after-hours reply when it opens, the queue message, goodbye or
 * auto-close message and the survey when it closes. Each reacts to a domain
 * event by queueing a job; the job reads the rows and decides, so a rule
 * speaks once even when an event is seen twice.
 */
@Injectable()
export class AutomationService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly automatic: AutomaticReplies,
    private readonly csat: CsatService,
    private readonly domainEvents: DomainEventBus,
    private readonly clock: AutomationClock,
    private readonly waits: QueueWaits,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ conversationId: number }>(AUTOMATION_JOBS.opening, ({ conversationId }) => this.opening(conversationId));
    this.jobs.register<{ conversationId: number; position: number; attempt: number }>(AUTOMATION_JOBS.queueMessage, (job) => this.queueMessage(job));
    this.jobs.register<{ conversationId: number; automatic: boolean }>(AUTOMATION_JOBS.closed, (job) => this.closed(job.conversationId, job.automatic));

    this.domainEvents.on('conversation.opened', ({ conversationId }) =>
      this.jobs.enqueue(AUTOMATION_JOBS.opening, { conversationId }, { jobId: automationJobIds.opening(conversationId), attempts: 3 }),
    );
    this.domainEvents.on('conversation.queue-positions', ({ inboxId, places }) => this.placesTold(inboxId, places));
    this.domainEvents.on('conversation.closed', ({ conversationId, automatic, spam }) =>
      // Spam gets no goodbye and no survey.
      spam ? undefined : this.jobs.enqueue(AUTOMATION_JOBS.closed, { conversationId, automatic }, { jobId: automationJobIds.closed(conversationId), attempts: 3 }),
    );
  }

  private enqueueQueueMessage(conversationId: number, position: number, attempt: number): Promise<void> {
    return this.jobs.enqueue(
      AUTOMATION_JOBS.queueMessage,
      { conversationId, position, attempt },
      { jobId: automationJobIds.queueMessage(conversationId, position, attempt), delayMs: attempt ? OPENING_WAIT_MS : 0 },
    );
  }

  /** Places told in an inbox's queue: the few that may call for a queue message get a job, when the inbox sends one at all. */
  private async placesTold(inboxId: number, places: Array<{ conversationId: number; position: number; first: boolean }>): Promise<void> {
    const worth = places.filter(mayCallForQueueMessage);
    if (worth.length === 0) return;
    const inbox = await this.db.getRepository(Inbox).findOne({ where: { id: inboxId }, select: { id: true, automation: true } });
    if (!inbox?.automation.queueMessage?.enabled) return;
    for (const { conversationId, position } of worth) await this.enqueueQueueMessage(conversationId, position, 0);
  }

  private async load(conversationId: number): Promise<Recipient | null> {
    const conversation = await this.db.getRepository(Conversation).findOneBy({ id: conversationId });
    if (!conversation) return null;
    const inbox = await this.db.getRepository(Inbox).findOneByOrFail({ id: conversation.inboxId });
    // An archived inbox sends nothing, automatic messages included.
    return inbox.active ? this.automatic.recipient(conversation, inbox) : null;
  }

  /** A new conversation: the after-hours reply outside business hours, the greeting inside. Never while a bot holds it. */
  async opening(conversationId: number): Promise<void> {
    const to = await this.load(conversationId);
    if (!to || to.conversation.status === 'bot' || to.conversation.status === 'closed') return;
    if (await this.automatic.alreadySent(conversationId, ['greeting', 'after_hours'])) return;
    const { automation } = to.inbox;
    const now = this.clock.now();
    const kind = openingMessage(automation, now);
    if (kind === 'after_hours' && automation.businessHours && automation.afterHours) {
      const { timeZone } = automation.businessHours;
      const opens = nextOpening(automation.businessHours, now);
      const worded = await this.automatic.word(to, automation.afterHours.text, { next_opening: opens ? formatOpening(opens, to.language, timeZone) : null });
      if (worded) await this.automatic.send(to, 'after_hours', worded.text, { nextOpening: opens?.toISOString() ?? null });
    } else if (kind === 'greeting' && automation.greeting) {
      const waitMs = to.conversation.status === 'queued' ? await this.waits.expectedWaitMs(to.conversation, to.inbox, await this.placeAhead(to.conversation)) : null;
      const worded = await this.automatic.word(to, automation.greeting.text, { expected_wait: waitMs === null ? null : formatWait(waitMs, to.language) });
      if (worded) await this.automatic.send(to, 'greeting', worded.text);
    }
  }

  /**
   * The customer was told a place in the queue: say it and the wait, after
   * the greeting, when it is the first place or the customer is now next
   * (queueMessageDue; the widget shows the place live and gets the first only).
   */
  async queueMessage({ conversationId, position, attempt }: { conversationId: number; position: number; attempt: number }): Promise<void> {
    const to = await this.load(conversationId);
    const setting = to?.inbox.automation.queueMessage;
    if (!to || !setting?.enabled || to.conversation.status !== 'queued') return;
    // Outside business hours the after-hours reply already said when someone answers.
    if (openingMessage(to.inbox.automation, this.clock.now()) === 'after_hours') return;
    if (!(await this.openingSettled(to))) {
      if (attempt < OPENING_WAIT_TRIES) await this.enqueueQueueMessage(conversationId, position, attempt + 1);
      return;
    }
    const said = (await this.automatic.payloadsOf(conversationId, 'queue')).map((p) => Number(p.position));
    if (!queueMessageDue(position, said, to.inbox.type === 'webchat')) return;
    const waitMs = await this.waits.expectedWaitMs(to.conversation, to.inbox, position - 1);
    const worded = await this.automatic.word(to, setting.text, {
      'queue.position': String(position),
      expected_wait: waitMs === null ? null : formatWait(waitMs, to.language),
    });
    if (worded) await this.automatic.send(to, 'queue', worded.text, { position });
  }

  /** Whether the opening message went out, or there is none to wait for (a bot began the conversation: nobody greets it). */
  private async openingSettled(to: Recipient): Promise<boolean> {
    const kind = openingMessage(to.inbox.automation, this.clock.now());
    return kind === null || (await this.automatic.alreadySent(to.conversation.id, [kind])) || (await this.handedOverByBot(to.conversation.id));
  }

  private async handedOverByBot(conversationId: number): Promise<boolean> {
    const queued = await this.db.getRepository(ConversationEvent).find({ where: { conversationId, type: 'queued' }, select: { id: true, data: true } });
    return queued.some((e) => e.data?.from === 'bot');
  }

  /** Closed: the goodbye (operator) or the auto-close message (silence), then the survey. */
  async closed(conversationId: number, automatic: boolean): Promise<void> {
    const to = await this.load(conversationId);
    if (!to) return;
    const kind = automatic ? 'auto_close' : 'goodbye';
    const setting = automatic ? to.inbox.automation.autoClose : to.inbox.automation.goodbye;
    if (setting?.enabled && !(await this.automatic.alreadySent(conversationId, [kind]))) {
      const worded = await this.automatic.word(to, setting.text);
      if (worded) await this.automatic.send(to, kind, worded.text);
    }
    await this.csat.survey(to);
  }

  /** Conversations of the inbox waiting ahead of this one when it opened. */
  private placeAhead(conversation: Conversation): Promise<number> {
    return this.db
      .getRepository(Conversation)
      .createQueryBuilder('c')
      .where("c.status = 'queued' AND c.inboxId = :inboxId AND c.id < :id", { inboxId: conversation.inboxId, id: conversation.id })
      .getCount();
  }
}
