import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { toAgentDto } from '../agents/agent.dto';
import { Coalescer } from '../common/coalescer';
import { DomainEventBus } from '../common/domain-events';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import type { PlannedAssignment } from './batch-assignment';

type Assignment = Pick<PlannedAssignment, 'conversationId' | 'agentId'>;

/** Assignments announced together at most. */
const ANNOUNCE_BATCH = 50;

/**
 * Tells everyone about the router's decisions: the new operator, every
 * operator's view of the conversation and of the operators' loads
 * ("3 / 5"), the customer's live view. Kept apart from deciding, so a
 * routing batch can commit and move on while its announcement goes out.
 */
@Injectable()
export class RoutingAnnouncements implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Routing');
  private readonly inFlight = new Set<Promise<void>>();
  /** Batches that come due while an announcement runs are announced together, one round of queries for all. */
  private readonly coalescer = new Coalescer<Assignment[], void>(
    (batches) => this.assignments(batches.flat()).then(() => batches.map(() => undefined)),
    ANNOUNCE_BATCH,
  );

  constructor(
    private readonly db: DataSource,
    private readonly presenter: ConversationPresenter,
    private readonly domainEvents: DomainEventBus,
  ) {}

  /** Announces committed assignments without making the caller wait; shutdown waits for those in flight. */
  inBackground(made: Assignment[]): void {
    if (made.length === 0) return;
    const announcing = this.coalescer
      .submit(made)
      .catch((error: unknown) => this.logger.warn(`Announcing ${made.length} assignment(s) failed: ${(error as Error).message}`))
      .finally(() => this.inFlight.delete(announcing));
    this.inFlight.add(announcing);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  /** The new operator is told, everyone sees the conversation move and the operators' loads change. */
  async assignments(made: Assignment[]): Promise<void> {
    if (made.length === 0) return;
    const dtos = await this.presenter.conversationsById(made.map((m) => m.conversationId));
    // Contacts are never deleted (a merge keeps the merged row), so every conversation has its contact.
    await this.domainEvents.emit('conversation.routed', { conversations: dtos.map((dto) => ({ conversation: dto, contactId: dto.contact!.id })) });
    await this.loads([...new Set(made.map((m) => m.agentId))]);
    const channelOf = new Map(dtos.map((dto) => [dto.id, dto.inbox?.type ?? null]));
    const inboxOf = new Map(dtos.map((dto) => [dto.id, dto.inboxId]));
    for (const m of made) {
      const inboxId = inboxOf.get(m.conversationId);
      if (inboxId !== undefined) await this.domainEvents.emit('conversation.assigned', { ...m, inboxId, channel: channelOf.get(m.conversationId) ?? null });
    }
  }

  async loads(agentIds: number[]): Promise<void> {
    if (agentIds.length === 0) return;
    const agents = await this.db.getRepository(Agent).find({ where: { id: In(agentIds) }, relations: { teams: true } });
    for (const agent of agents) await this.domainEvents.emit('agent.updated', { agent: toAgentDto(agent) });
  }
}
