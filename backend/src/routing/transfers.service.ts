import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { releaseSlot, takeSlot } from '../agents/agent-load';
import { Agent, isSupervisor } from '../agents/agent.entity';
import { DomainEventBus } from '../common/domain-events';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationPublisher } from '../conversations/conversation.publisher';
import { ConversationsService } from '../conversations/conversations.service';
import { routingTransaction } from '../database/transactions';
import { RoutingAnnouncements } from './routing.announcements';
import { RoutingService } from './routing.service';
import { RoutingSnapshots } from './routing.snapshots';

export interface TransferTarget {
  agentId?: number;
  teamId?: number;
  /** Supervisors: past the operator's limit, and to someone not online. */
  override?: boolean;
}

/**
 * Moving a conversation someone asked to move: to another operator (who
 * must have room unless a supervisor overrides) or back to a team's queue.
 * Like the router's assignments, each move is one transaction of
 * conditional updates, and the slot it held goes with it.
 */
@Injectable()
export class TransfersService {
  constructor(
    private readonly db: DataSource,
    private readonly conversations: ConversationsService,
    private readonly snapshots: RoutingSnapshots,
    private readonly routing: RoutingService,
    private readonly announce: RoutingAnnouncements,
    private readonly publisher: ConversationPublisher,
    private readonly domainEvents: DomainEventBus,
  ) {}

  /** No actor: an automation rule's transfer, as an operator's (to someone online with room) without their access checks. */
  async transfer(actor: Agent | null, conversationId: number, target: TransferTarget): Promise<Conversation> {
    const conversation = actor ? await this.conversations.getFor(actor, conversationId) : await this.conversations.get(conversationId);
    if (actor) this.conversations.assertMayWrite(actor, conversation);
    if (conversation.status === 'closed') throw new ConflictException(`Conversation ${conversationId} is closed`);
    if (conversation.status === 'snoozed') throw new ConflictException(`Conversation ${conversationId} is snoozed; wake it first`);
    if (target.override && !(actor && isSupervisor(actor))) throw new ForbiddenException('override: only supervisors may transfer past an operator’s limit');
    const from = conversation.status === 'assigned' ? conversation.assigneeId : null;
    if (target.agentId !== undefined) {
      if (target.agentId === from) return conversation;
      await this.toAgent(actor, conversation, target.agentId, target.override ?? false);
    } else if (target.teamId !== undefined) {
      await this.toTeam(actor, conversation, target.teamId);
    }
    if (from) await this.routing.requestDrain(from);
    return this.conversations.get(conversationId);
  }

  private async toAgent(actor: Agent | null, conversation: Conversation, agentId: number, override: boolean): Promise<void> {
    const targetAgent = await this.db.getRepository(Agent).findOneBy({ id: agentId });
    if (!targetAgent) throw new NotFoundException(`agentId: no operator with id ${agentId}`);
    // Not even a supervisor's override: nobody would ever answer there.
    if (!targetAgent.active) throw new ConflictException(`${targetAgent.name} is deactivated; transfer to someone else`);
    const from = conversation.status === 'assigned' ? conversation.assigneeId : null;
    const holdsSlot = await this.snapshots.takesSlot(conversation);
    const moved = await routingTransaction(this.db, async (tx) => {
      if (!(await takeSlot(tx, targetAgent.id, { holdsSlot, requireOnline: !override, overLimit: override }))) return false;
      const result = await tx.getRepository(Conversation).update(
        { id: conversation.id, status: conversation.status, assigneeId: from ?? IsNull(), holdsSlot: conversation.holdsSlot },
        { status: 'assigned', assigneeId: targetAgent.id, holdsSlot, offeredTo: null, offerExpiresAt: null, stickyAgentId: null, stickyUntil: null },
      );
      if (!result.affected) throw new ConflictException(`Conversation ${conversation.id} changed meanwhile; try again`);
      await releaseSlot(tx, conversation);
      await tx.getRepository(Conversation).update({ id: conversation.id, firstAssignedAt: IsNull() }, { firstAssignedAt: new Date() });
      await this.conversations.logEvent(tx, conversation.id, 'transferred', { agentId: targetAgent.id, actorId: actor?.id ?? null, data: { from, override } });
      return true;
    });
    if (!moved) {
      const fresh = await this.db.getRepository(Agent).findOneByOrFail({ id: targetAgent.id });
      throw new ConflictException(
        fresh.status !== 'online'
          ? `${fresh.name} is ${fresh.status}; transfer to someone online`
          : fresh.disconnectedAt !== null
            ? `${fresh.name} has lost their connection; transfer to someone online`
          : `${fresh.name} has ${fresh.openChats} of ${fresh.maxChats} open conversations, their limit`,
      );
    }
    await this.domainEvents.emit('conversation.transferred', { conversationId: conversation.id, actorId: actor?.id ?? null, fromAgentId: from, toAgentId: targetAgent.id, teamId: null });
    await this.announce.assignments([{ conversationId: conversation.id, agentId: targetAgent.id }]);
  }

  private async toTeam(actor: Agent | null, conversation: Conversation, teamId: number): Promise<void> {
    const from = conversation.status === 'assigned' ? conversation.assigneeId : null;
    await routingTransaction(this.db, async (tx) => {
      const result = await tx.getRepository(Conversation).update(
        { id: conversation.id, status: conversation.status, assigneeId: conversation.assigneeId ?? IsNull(), holdsSlot: conversation.holdsSlot },
        { status: 'queued', assigneeId: null, teamId, queuedAt: new Date(), offeredTo: null, offerExpiresAt: null, stickyAgentId: null, stickyUntil: null, declinedBy: null },
      );
      if (!result.affected) throw new ConflictException(`Conversation ${conversation.id} changed meanwhile; try again`);
      await releaseSlot(tx, conversation);
      await this.conversations.logEvent(tx, conversation.id, 'transferred', { actorId: actor?.id ?? null, data: { from, teamId } });
      await this.conversations.logEvent(tx, conversation.id, 'queued', { actorId: actor?.id ?? null });
    });
    await this.domainEvents.emit('conversation.transferred', { conversationId: conversation.id, actorId: actor?.id ?? null, fromAgentId: from, toAgentId: null, teamId });
    await this.publisher.changed(await this.conversations.get(conversation.id));
    await this.routing.requestRoute(conversation.id);
  }
}
