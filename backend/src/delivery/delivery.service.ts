import { ConflictException, Inject, Injectable, Logger, NotFoundException, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import type { Agent } from '../agents/agent.entity';
import { Inbox } from '../channels/inbox.entity';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { MessageDto } from '../conversations/conversation.presenter';
import { ConversationsService } from '../conversations/conversations.service';
import { Message } from '../conversations/message.entity';
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.replies.useDispatcher(this);
  }

  /**
   * Without Redis, waiting jobs live in memory and die with the process; the
   * rows still say `pending`, so they are queued again here (DESIGN §7: every
   * job can be rebuilt from rows). With Redis, BullMQ kept them.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.redisUrl) return;
    const stranded = await this.db.getRepository(Message).find({
      where: { status: 'pending', direction: 'out', private: false, externalId: IsNull() },
      select: { id: true },
      order: { id: 'ASC' },
    });
    for (const { id } of stranded) await this.sendJob.enqueue(firstSendJob(id, 'boot'));
    if (stranded.length) this.logger.log(`Queued ${stranded.length} outbound message(s) left pending by the last run`);
  }

  async dispatch(message: Message, chain = 'i'): Promise<void> {
    const inbox = await this.db.getRepository(Inbox).findOneByOrFail({ id: message.inboxId });
    const job = firstSendJob(message.id, chain);
    if (this.channels.get(inbox.type)?.inline) return this.sendJob.run(job);
    await this.sendJob.enqueue(job);
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
