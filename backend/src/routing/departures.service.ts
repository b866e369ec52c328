import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { releaseSlot } from '../agents/agent-load';
import { toAgentDto } from '../agents/agent.dto';
import { Agent } from '../agents/agent.entity';
import { DomainEventBus } from '../common/domain-events';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationPublisher } from '../conversations/conversation.publisher';
import { ConversationsService } from '../conversations/conversations.service';
import { sqlTimestamp } from '../database/column-types';
import { routingTransaction } from '../database/transactions';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';
import { GRACE_TOLERANCE_MS, graceDeadline, type GoneReason } from '../presence/presence.policy';
import { RoutingService } from './routing.service';

/**
 * Operators leaving the floor: a manual Offline, "Log out" and a lost
 * connection end, after the grace (docs/routing.md, Presence), with their
 * conversations back in the queue; a deactivated account gives them back
 * at once. Deciding who gets a conversation stays with RoutingService.
 */
@Injectable()
export class Departures implements OnModuleInit {
  private readonly logger = new Logger('Routing');

  constructor(
    private readonly db: DataSource,
    private readonly routing: RoutingService,
    private readonly conversations: ConversationsService,
    private readonly publisher: ConversationPublisher,
    private readonly domainEvents: DomainEventBus,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ agentId: number }>('routing.offline-grace', ({ agentId }) => this.requeueIfGone(agentId));
    // An offline that ends a lost connection's grace (reason) needs no grace of its own.
    this.domainEvents.on('agent.status-changed', async ({ agentId, status, reason }) => {
      if (status === 'offline' && !reason) await this.scheduleGrace(agentId);
    });
    this.domainEvents.on('agent.presence-changed', async ({ agentId, connected }) => {
      if (!connected) await this.scheduleGrace(agentId);
    });
    // Someone who left takes nothing with them: their conversations are served by others at once.
    this.domainEvents.on('agent.deactivated', ({ agentId }) => this.requeueHeld(agentId, 'deactivated'));
  }

  /**
   * The operator went offline or lost their connection: their grace ends
   * at a time the row says (graceDeadline). The job id names that time, so
   * a later change (flapping) schedules a job of its own and the earlier
   * one, finding the deadline moved, does nothing.
   */
  async scheduleGrace(agentId: number): Promise<void> {
    const agent = await this.db.getRepository(Agent).findOneBy({ id: agentId });
    const deadline = agent ? graceDeadline(agent, this.config.offlineGraceSeconds * 1000) : null;
    if (!deadline) return;
    await this.jobs.enqueue('routing.offline-grace', { agentId }, { delayMs: Math.max(0, deadline.at - Date.now()), jobId: `offline:${agentId}:${deadline.at}` });
  }

  /**
   * After the grace, an operator still offline or still without a
   * connection gives their conversations back to the queue; a disconnected
   * one becomes offline (a manual Offline and a lost browser end alike).
   */
  async requeueIfGone(agentId: number): Promise<void> {
    const agent = await this.db.getRepository(Agent).findOneBy({ id: agentId });
    const deadline = agent ? graceDeadline(agent, this.config.offlineGraceSeconds * 1000) : null;
    if (!agent || !deadline) return;
    if (deadline.at > Date.now() + GRACE_TOLERANCE_MS) return this.scheduleGrace(agentId);
    if (deadline.reason === 'disconnected') {
      // Only if no socket came back (or came back and went again, later) meanwhile.
      const ended = await this.db
        .createQueryBuilder()
        .update(Agent)
        .set({ status: 'offline', statusChangedAt: new Date() })
        .where("id = :agentId AND status <> 'offline' AND disconnectedAt <= :cutoff", { agentId, cutoff: sqlTimestamp(new Date(Date.now() + GRACE_TOLERANCE_MS - this.config.offlineGraceSeconds * 1000)) })
        .execute();
      if (!ended.affected) return;
      const updated = await this.db.getRepository(Agent).findOne({ where: { id: agentId }, relations: { teams: true } });
      if (updated) await this.domainEvents.emit('agent.updated', { agent: toAgentDto(updated) });
      await this.domainEvents.emit('agent.status-changed', { agentId, status: 'offline', reason: 'disconnected' });
      this.logger.log(`Operator ${agentId} is offline: disconnected for ${this.config.offlineGraceSeconds} s`);
    }
    await this.requeueHeld(agentId, deadline.reason);
  }

  /** Every conversation the operator holds goes back to the queue (and is routed again), with the reason in its events. */
  async requeueHeld(agentId: number, reason: GoneReason | 'deactivated'): Promise<void> {
    const held = await this.db.getRepository(Conversation).findBy({ assigneeId: agentId, status: 'assigned' });
    for (const conversation of held) {
      const requeued = await routingTransaction(this.db, async (tx) => {
        const result = await tx.getRepository(Conversation).update(
          { id: conversation.id, status: 'assigned', assigneeId: agentId, holdsSlot: conversation.holdsSlot },
          { status: 'queued', assigneeId: null, queuedAt: new Date(), declinedBy: null },
        );
        if (!result.affected) return false;
        await releaseSlot(tx, conversation);
        await this.conversations.logEvent(tx, conversation.id, 'requeued', { agentId, data: { reason } });
        return true;
      });
      if (requeued) {
        await this.publisher.changed(await this.conversations.get(conversation.id));
        await this.routing.requestRoute(conversation.id);
      }
    }
  }
}
