import { BadRequestException, ConflictException, Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { releaseSlot, takeSlot } from '../agents/agent-load';
import type { Agent } from '../agents/agent.entity';
import { DomainEventBus } from '../common/domain-events';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationPublisher } from '../conversations/conversation.publisher';
import { ConversationsService } from '../conversations/conversations.service';
import { routingTransaction } from '../database/transactions';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';
import { RoutingAnnouncements } from '../routing/routing.announcements';
import { RoutingService } from '../routing/routing.service';
import { RoutingSnapshots } from '../routing/routing.snapshots';
import { wakeOutcome, wakeTime, type SnoozeRequest } from './snooze.policy';

export const SNOOZE_WAKE_JOB = 'snooze.wake';
/** One timer per wake time: snoozing again for another time sets a new one, and the old one finds the row moved on. */
export const snoozeWakeJobId = (conversationId: number, until: Date) => `snooze:${conversationId}:${until.getTime()}`;

export type WakeReason = 'time' | 'customer' | 'operator';

/**
 * Snooze and wake (docs/routing.md, Snooze). A snoozed conversation keeps
 * its operator in `assigneeId` and gives their slot back; waking takes a
 * slot of theirs again when the router would give them the conversation
 * now, else puts it in the queue, waiting from the moment it woke.
 */
@Injectable()
export class SnoozeService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly conversations: ConversationsService,
    private readonly publisher: ConversationPublisher,
    private readonly snapshots: RoutingSnapshots,
    private readonly routing: RoutingService,
    private readonly announce: RoutingAnnouncements,
    private readonly domainEvents: DomainEventBus,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ conversationId: number }>(SNOOZE_WAKE_JOB, ({ conversationId }) => this.wakeWhenDue(conversationId));
    // The customer wrote: every snoozed conversation among theirs wakes, whatever time it was set for.
    this.domainEvents.on('messages.received', async ({ updated }) => {
      for (const conversation of updated) if (conversation.status === 'snoozed') await this.wake(conversation.id, 'customer', null);
    });
  }

  /** The holder (or a supervisor, or an automation rule: no agent) puts an assigned conversation aside; a snoozed one gets its new time. */
  async snooze(agent: Agent | null, id: number, request: SnoozeRequest): Promise<Conversation> {
    const conversation = agent ? await this.conversations.getFor(agent, id) : await this.conversations.get(id);
    if (agent) this.conversations.assertMayWrite(agent, conversation);
    if (conversation.status !== 'assigned' && conversation.status !== 'snoozed') {
      throw new ConflictException(`Conversation ${id} is ${conversation.status}; only an assigned conversation can be snoozed`);
    }
    const inbox = await this.snapshots.inbox(conversation.inboxId);
    const wake = wakeTime(request, new Date(), inbox.automation.businessHours ?? null);
    if ('problem' in wake) throw new BadRequestException(wake.problem);
    await routingTransaction(this.db, async (tx) => {
      const result = await tx
        .getRepository(Conversation)
        .update({ id, status: conversation.status, assigneeId: conversation.assigneeId ?? undefined, holdsSlot: conversation.holdsSlot }, { status: 'snoozed', snoozedUntil: wake.until });
      if (!result.affected) throw new ConflictException(`Conversation ${id} changed while snoozing it; try again`);
      await releaseSlot(tx, conversation);
      await this.conversations.logEvent(tx, id, 'snoozed', { agentId: conversation.assigneeId, actorId: agent?.id ?? null, data: { mode: request.mode, until: wake.until?.toISOString() ?? null } });
    });
    if (wake.until) await this.jobs.enqueue(SNOOZE_WAKE_JOB, { conversationId: id }, { jobId: snoozeWakeJobId(id, wake.until), delayMs: Math.max(0, wake.until.getTime() - Date.now()) });
    const snoozed = await this.conversations.get(id);
    await this.publisher.changed(snoozed);
    if (conversation.status === 'assigned') await this.domainEvents.emit('agent.slot-freed', { agentId: conversation.assigneeId });
    return snoozed;
  }

  /** The holder (or a supervisor) wakes it now. */
  async unsnooze(agent: Agent, id: number): Promise<Conversation> {
    const conversation = await this.conversations.getFor(agent, id);
    this.conversations.assertMayWrite(agent, conversation);
    if (conversation.status !== 'snoozed') throw new ConflictException(`Conversation ${id} is ${conversation.status}, not snoozed`);
    await this.wake(id, 'operator', agent.id);
    return this.conversations.get(id);
  }

  /** The timer: wakes the conversation if it is still snoozed until now (or earlier), sets itself again if the row says later. */
  async wakeWhenDue(conversationId: number): Promise<void> {
    const row = await this.db.getRepository(Conversation).findOne({ where: { id: conversationId }, select: { id: true, status: true, snoozedUntil: true } });
    if (row?.status !== 'snoozed' || !row.snoozedUntil) return;
    const until = new Date(row.snoozedUntil);
    if (until.getTime() > Date.now()) {
      await this.jobs.enqueue(SNOOZE_WAKE_JOB, { conversationId }, { jobId: snoozeWakeJobId(conversationId, until), delayMs: until.getTime() - Date.now() });
      return;
    }
    await this.wake(conversationId, 'time', null);
  }

  /**
   * Back to its operator (one conditional slot, as the router takes it) or
   * to the queue; the first waker wins, the others find it awake. Returns
   * where it went, or null when it was not snoozed.
   */
  async wake(conversationId: number, reason: WakeReason, actorId: number | null): Promise<'operator' | 'queue' | null> {
    const [routingCase] = await this.snapshots.routingCases([conversationId]);
    if (routingCase?.conversation.status !== 'snoozed') return null;
    const { conversation, needs } = routingCase;
    const operatorId = conversation.assigneeId;
    const operator = operatorId !== null ? ((await this.snapshots.agents([operatorId]))[0] ?? null) : null;
    const outcome = wakeOutcome(operator, needs);
    const holdsSlot = needs.takesSlot !== false;
    const wokeAt = new Date();
    const went = await routingTransaction(this.db, async (tx): Promise<'operator' | 'queue' | null> => {
      const snoozed = { id: conversationId, status: 'snoozed' as const, assigneeId: operatorId ?? undefined };
      if (outcome.kind === 'return' && (await takeSlot(tx, outcome.agentId, { holdsSlot, requireOnline: true }))) {
        const back = await tx.getRepository(Conversation).update(snoozed, { status: 'assigned', holdsSlot, snoozedUntil: null });
        // Woken elsewhere meanwhile: the slot just taken is rolled back with this transaction.
        if (!back.affected) throw new AlreadyAwake();
        await this.conversations.logEvent(tx, conversationId, 'woke', { agentId: outcome.agentId, actorId, data: { reason, to: 'operator' } });
        return 'operator';
      }
      const queued = await tx.getRepository(Conversation).update(snoozed, {
        status: 'queued',
        assigneeId: null,
        snoozedUntil: null,
        queuedAt: wokeAt,
        declinedBy: null,
        stickyAgentId: null,
        stickyUntil: null,
      });
      if (!queued.affected) return null;
      // The slot the conditional update just refused: the operator filled up since the snapshot.
      const why = outcome.kind === 'queue' ? outcome.why : 'full';
      await this.conversations.logEvent(tx, conversationId, 'woke', { agentId: operatorId, actorId, data: { reason, to: 'queue', why } });
      return 'queue';
    }).catch((error: unknown) => {
      if (error instanceof AlreadyAwake) return null;
      throw error;
    });
    if (went === 'operator' && operatorId !== null) await this.announce.assignments([{ conversationId, agentId: operatorId }]);
    if (went === 'queue') {
      await this.publisher.changed(await this.conversations.get(conversationId));
      await this.routing.requestRoute(conversationId);
    }
    return went;
  }
}

/** Thrown inside the wake transaction to roll back a slot taken for a conversation another waker got to first. */
class AlreadyAwake extends Error {}
