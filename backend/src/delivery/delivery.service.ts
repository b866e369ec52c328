import { ConflictException, Inject, Injectable, Logger, NotFoundException, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import type { Agent } from '../agents/agent.entity';
import { Inbox } from '../channels/inbox.entity';
import type { MessageDto } from '../conversations/conversation.presenter';
import { ConversationsService } from '../conversations/conversations.service';
import { Message } from '../conversations/message.entity';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';
import { ReplyService, type OutboundDispatcher } from '../conversations/reply.service';
import { DeliveryChannels } from './delivery-channels';
import { DeliverySendJob } from './delivery-send.job';
import { DeliveryTargets } from './delivery-targets';
import { firstSendJob } from './delivery.jobs';

/** The outbound pipeline's entry points: new replies, operators' retries, and recovery at start. */
@Injectable()
export class DeliveryService implements OutboundDispatcher, OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Delivery');

  constructor(
    private readonly db: DataSource,
    private readonly replies: ReplyService,
    private readonly conversations: ConversationsService,
    private readonly channels: DeliveryChannels,
    private readonly sendJob: DeliverySendJob,
    private readonly targets: DeliveryTargets,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.replies.useDispatcher(this);
    this.jobs.onStoreRestored(() => {
      this.requeueStranded('after the job store came back').catch((error: unknown) => this.logger.error(`Queueing pending messages again failed: ${String(error)}`));
    });
  }

  /**
   * The rows say what still has to go out (docs/architecture.md): at start, and when
   * Redis answers again after an outage (it may have restarted empty, and
   * replies written while it was down have no job yet). The first run's job
   * id de-duplicates against a job Redis still holds; the send's lease and
   * status checks make an extra run a no-op.
   */
  async onApplicationBootstrap(): Promise<void> {
    // Redis down at start must not stop the start: its return queues them.
    await this.requeueStranded('left pending by the last run').catch((error: unknown) => this.logger.warn(`Pending messages wait for the job queue: ${String(error)}`));
  }

  private async requeueStranded(why: string): Promise<void> {
    const stranded = await this.db.getRepository(Message).find({
      where: { status: 'pending', direction: 'out', private: false, externalId: IsNull() },
      select: { id: true },
      order: { id: 'ASC' },
    });
    // One refused enqueue must not strand the rest while Redis answers: the next are tried. Once Redis is found
    // down they are not (each would wait out its time limit, at start too): its return reads the rows again.
    let queued = 0;
    let refused = 0;
    for (const { id } of stranded) {
      try {
        await this.sendJob.enqueue(firstSendJob(id));
        queued += 1;
      } catch {
        refused += 1;
        if ((await this.jobs.ping()) === 'down') break;
      }
    }
    if (stranded.length) this.logger.log(`Queued ${queued} of ${stranded.length} outbound message(s) ${why}`);
    if (queued < stranded.length) throw new Error(`${stranded.length - queued} outbound message(s) could not be queued yet (${refused} refused)`);
  }

  async dispatch(message: Message, chain = 'i'): Promise<void> {
    const inbox = await this.db.getRepository(Inbox).findOneByOrFail({ id: message.inboxId });
    const job = firstSendJob(message.id, chain);
    if (this.channels.get(inbox.type)?.inline) return this.sendJob.run(job);
    try {
      await this.sendJob.enqueue(job);
    } catch (error) {
      // Redis is down: the row stays pending and is queued when Redis is back (or at the next start).
      this.logger.warn(`Message ${message.id} waits for the job queue: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** POST /api/messages/:id/retry: a failed message goes back to pending and into the pipeline. */
  async retry(agent: Agent, messageId: number): Promise<MessageDto> {
    const message = await this.db.getRepository(Message).findOneBy({ id: messageId });
    if (!message) throw new NotFoundException(`Message ${messageId} does not exist`);
    this.conversations.assertMayWrite(agent, await this.conversations.getFor(agent, message.conversationId));
    if (message.direction !== 'out' || message.private) throw new ConflictException(`Message ${messageId} is not sent to the customer, so it cannot be retried`);
    if (message.status !== 'failed') throw new ConflictException(`Message ${messageId} is ${message.status}; only a failed message can be retried`);
    // Conditional: two clicks (or two operators) make one retry.
    const claimed = await this.db
      .getRepository(Message)
      .update({ id: messageId, status: 'failed' }, { status: 'pending', error: null, deliveryLeaseUntil: null });
    if (!claimed.affected) throw new ConflictException(`Message ${messageId} is already being retried`);
    await this.targets.publish(messageId);
    try {
      await this.dispatch(message, `r${Date.now().toString(36)}`);
    } catch (error) {
      await this.db.getRepository(Message).update({ id: messageId }, { status: 'failed', error: `Could not queue the send: ${String(error)}`.slice(0, 500) });
    }
    return this.targets.publish(messageId);
  }
}
