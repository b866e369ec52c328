import { ConflictException, Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { takeSlotFromFirst } from '../agents/agent-load';
import { Agent } from '../agents/agent.entity';
import { Inbox } from '../channels/inbox.entity';
import { DomainEventBus } from '../common/domain-events';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import { ConversationPublisher } from '../conversations/conversation.publisher';
import { ConversationsService } from '../conversations/conversations.service';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';
import { Coalescer } from '../common/coalescer';
import { applyBatchPlan } from './batch-assignment';
import { DrainTurns } from './drain-turns';
import { inQueueOrder, ineligibility, planBatch, rankCandidates, stickyDecision, type AgentSnapshot, type BatchItem, type ConversationNeeds } from './routing.policy';
import { QueueUpdates } from './queue-updates';
import { RoutingAnnouncements } from './routing.announcements';
import { RoutingSnapshots, type RoutingCase } from './routing.snapshots';
import { routingTransaction } from '../database/transactions';
import { withNamedLock } from '../database/named-lock';
import { sqlTimestamp } from '../database/column-types';

const CANDIDATE_PAGE = 50;
const QUEUE_PAGE = 200;
/** Conversations routed together in one transaction at most. */
const ROUTE_BATCH = 50;
/** How long a drain waits for another process's drain before its job is tried again. */
const DRAIN_LOCK_SECONDS = 10;
/** A batch member the batch cannot decide (offer modes, a sticky wait, contention): routed on its own. */
const ONE_BY_ONE = Symbol('one-by-one');
type BatchOutcome = number | null | typeof ONE_BY_ONE;

/** Thrown inside an assignment transaction to roll it back when the conversation moved on. */
class ConversationMoved extends Error {}

export type AssignOutcome = 'assigned' | 'agent-full' | 'conversation-moved';

/**
 * The router (docs/routing.md). Decisions come from routing.policy; every
 * assignment is one transaction of conditional updates (the operator's slot
 * and the conversation's state), so concurrent routers in several processes
 * can disagree about a snapshot but never break the limit or double-assign.
 */
@Injectable()
export class RoutingService implements OnModuleInit {
  private readonly logger = new Logger('Routing');
  /** Concurrent route requests share one snapshot and one transaction (group commit). */
  private readonly batcher = new Coalescer<{ conversationId: number; notify: boolean }, BatchOutcome>((requests) => this.routeBatch(requests), ROUTE_BATCH);
  /**
   * Drains take turns, here and across processes: two drains handing out
   * slots side by side would each serve the queue's head and skip what the
   * other had locked, giving later conversations slots that were the head's.
   */
  private readonly drainTurns = new DrainTurns((agentIds) =>
    withNamedLock(this.db, `inbox.drain.${String(this.db.options.database ?? '')}`.slice(0, 64), DRAIN_LOCK_SECONDS, () => this.drainQueueFor(agentIds)),
  );

  constructor(
    private readonly db: DataSource,
    private readonly snapshots: RoutingSnapshots,
    private readonly conversations: ConversationsService,
    private readonly publisher: ConversationPublisher,
    private readonly presenter: ConversationPresenter,
    private readonly announce: RoutingAnnouncements,
    private readonly queueUpdates: QueueUpdates,
    private readonly domainEvents: DomainEventBus,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ conversationId: number }>('routing.route', ({ conversationId }) => this.route(conversationId).then(() => undefined));
    this.jobs.register<{ agentId: number | null }>('routing.drain', ({ agentId }) => this.drain(agentId));
    this.jobs.register<{ conversationId: number; agentId: number }>('routing.offer-expired', ({ conversationId, agentId }) =>
      this.withdrawOffer(conversationId, agentId, 'expired'),
    );

    this.domainEvents.on('conversation.needs-agent', ({ conversationId }) => this.requestRoute(conversationId));
    this.domainEvents.on('agent.slot-freed', async ({ agentId }) => {
      if (agentId !== null) await this.announce.loads([agentId]);
      await this.requestDrain(agentId);
    });
    // Coming online or back: serve what waits. Going away is Departures' (departures.service.ts).
    this.domainEvents.on('agent.status-changed', async ({ agentId, status }) => {
      if (status === 'online') await this.requestDrain(agentId);
    });
    this.domainEvents.on('agent.presence-changed', async ({ agentId, connected }) => {
      if (connected) await this.requestDrain(agentId);
      else await this.withdrawOffersTo(agentId);
    });
  }

  requestRoute(conversationId: number, delayMs = 0): Promise<void> {
    return this.jobs.enqueue('routing.route', { conversationId }, { jobId: `route:${conversationId}`, delayMs, attempts: 5, backoffMs: 200 });
  }

  requestDrain(agentId: number | null): Promise<void> {
    // No de-duplication id: a slot freed while a drain is running must get a drain of its own.
    return this.jobs.enqueue('routing.drain', { agentId }, { attempts: 3, backoffMs: 200 });
  }

  /**
   * Finds a human for a queued conversation, or leaves it in the queue.
   * Returns who got it. Concurrent calls are routed together (routeBatch);
   * what a batch cannot decide is routed on its own (routeOne).
   */
  async route(conversationId: number, notify = true): Promise<number | null> {
    const outcome = await this.batcher.submit({ conversationId, notify });
    return outcome === ONE_BY_ONE ? this.routeOne(conversationId, notify) : outcome;
  }

  /**
   * The common case in bulk: auto-mode inboxes, the sticky operator or the
   * pool. One snapshot of the operators, one plan (planBatch), one
   * transaction (applyBatchPlan) and one round of announcements for the
   * whole batch.
   */
  private async routeBatch(requests: Array<{ conversationId: number; notify: boolean }>): Promise<BatchOutcome[]> {
    const now = Date.now();
    const outcome = new Map<number, BatchOutcome>();
    const cases = inQueueOrder(await this.snapshots.routingCases([...new Set(requests.map((r) => r.conversationId))]), now);
    const simple: RoutingCase[] = [];
    for (const routingCase of cases) {
      const c = routingCase.conversation;
      const inbox = await this.snapshots.inbox(c.inboxId);
      const offerPending = c.offeredTo !== null && c.offerExpiresAt !== null && new Date(c.offerExpiresAt).getTime() > now;
      const waitingForSticky = c.stickyAgentId !== null && c.stickyUntil !== null && new Date(c.stickyUntil).getTime() > now;
      if (c.status !== 'queued' || offerPending) outcome.set(c.id, null);
      else if (inbox.routingMode !== 'auto' || waitingForSticky) outcome.set(c.id, ONE_BY_ONE);
      else simple.push(routingCase);
    }
    if (simple.length > 0) {
      const pageSize = Math.max(CANDIDATE_PAGE, 2 * simple.length);
      const previousIds = [...new Set(simple.map((k) => k.previousAgentId).filter((id): id is number => id !== null))];
      const [page, previousAgents] = await Promise.all([
        this.snapshots.availableAgents(0, pageSize, simple.some((k) => k.needs.teamId !== null), simple.some((k) => k.needs.takesSlot === false)),
        this.snapshots.agents(previousIds),
      ]);
      const previous = new Map(previousAgents.map((a) => [a.id, a]));
      const items: BatchItem[] = [];
      for (const { conversation: c, needs, previousAgentId } of simple) {
        const inbox = await this.snapshots.inbox(c.inboxId);
        const since = c.queuedAt ? new Date(c.queuedAt).getTime() : now;
        const sticky = stickyDecision(previous.get(previousAgentId ?? -1) ?? null, needs, now, since, (inbox.routing.stickyWaitSeconds ?? 120) * 1000);
        if (sticky.kind === 'wait') outcome.set(c.id, ONE_BY_ONE);
        else items.push({ conversationId: c.id, needs, preferredAgentId: sticky.kind === 'sticky' ? sticky.agentId : null, declinedBy: c.declinedBy ?? [] });
      }
      const pool = [...page, ...[...previous.values()].filter((p) => !page.some((a) => a.id === p.id))];
      const plan = planBatch(items, pool, now);
      const { made, leftover } = plan.assignments.length
        ? await routingTransaction(this.db, (tx) => applyBatchPlan(tx, plan.assignments, new Date(now)))
        : { made: [], leftover: [] };
      for (const m of made) outcome.set(m.conversationId, m.agentId);
      for (const id of leftover) outcome.set(id, ONE_BY_ONE);
      // Operators past the first page may still fit a conversation the page could not.
      for (const id of plan.unplaced) outcome.set(id, page.length === pageSize ? ONE_BY_ONE : null);
      // Committed: the next batch need not wait for the announcements.
      this.announce.inBackground(made);
      const notifyIds = new Set(requests.filter((r) => r.notify).map((r) => r.conversationId));
      for (const { conversation: c } of simple) if (outcome.get(c.id) === null) await this.leftInQueue(c, notifyIds.has(c.id));
    }
    // A conversation asked for twice in one batch is decided once; the other ask finds it decided.
    const answered = new Set<number>();
    return requests.map((r) => {
      if (answered.has(r.conversationId)) return ONE_BY_ONE;
      answered.add(r.conversationId);
      return outcome.get(r.conversationId) ?? null;
    });
  }

  /** Every rule of the router for one conversation: offers, broadcast, sticky waits, paging through all operators. */
  private async routeOne(conversationId: number, notify: boolean): Promise<number | null> {
    const [routingCase] = await this.snapshots.routingCases([conversationId]);
    if (!routingCase || routingCase.conversation.status !== 'queued') return null;
    const { conversation, needs } = routingCase;
    const now = Date.now();
    if (conversation.offeredTo && conversation.offerExpiresAt && new Date(conversation.offerExpiresAt).getTime() > now) return null;
    const inbox = await this.snapshots.inbox(conversation.inboxId);
    if (inbox.routingMode === 'manual') return this.leftInQueue(conversation, notify);

    // A conversation already waiting for its full sticky operator keeps waiting until the wait is over.
    const stickyUntil = conversation.stickyUntil ? new Date(conversation.stickyUntil).getTime() : 0;
    const previousId = conversation.stickyAgentId && stickyUntil > now ? conversation.stickyAgentId : routingCase.previousAgentId;
    const previous = previousId ? ((await this.snapshots.agents([previousId]))[0] ?? null) : null;
    const waitMs = (inbox.routing.stickyWaitSeconds ?? 120) * 1000;
    const since = conversation.queuedAt ? new Date(conversation.queuedAt).getTime() : now;
    const sticky = stickyDecision(previous, needs, now, since, waitMs);

    if (sticky.kind === 'sticky') {
      const got = await this.deliver(conversation, inbox, [previous as AgentSnapshot], needs);
      if (got !== null) return got;
    }
    if (sticky.kind === 'wait') {
      if (conversation.stickyAgentId !== sticky.agentId) {
        await this.db.getRepository(Conversation).update({ id: conversation.id, status: 'queued' }, { stickyAgentId: sticky.agentId, stickyUntil: new Date(sticky.until) });
        // Its own id: the route job running now holds `route:<id>` and would swallow this one.
        await this.jobs.enqueue('routing.route', { conversationId: conversation.id }, { jobId: `sticky:${conversation.id}`, delayMs: sticky.until - now + 50 });
      }
      return this.leftInQueue(conversation, notify);
    }
    for (let offset = 0; ; offset += CANDIDATE_PAGE) {
      const page = await this.snapshots.availableAgents(offset, CANDIDATE_PAGE, needs.teamId !== null, needs.takesSlot === false);
      if (page.length === 0) break;
      const declined = new Set(conversation.declinedBy ?? []);
      const candidates = rankCandidates(page, needs).filter((a) => !declined.has(a.id));
      const got = await this.deliver(conversation, inbox, candidates, needs);
      if (got !== null) return got;
      if (page.length < CANDIDATE_PAGE) break;
    }
    return this.leftInQueue(conversation, notify);
  }

  /** Hands the conversation to the first candidate who can take it, as the inbox's mode says. */
  private async deliver(conversation: Conversation, inbox: Inbox, candidates: AgentSnapshot[], needs: ConversationNeeds): Promise<number | null> {
    if (candidates.length === 0) return null;
    if (inbox.routingMode === 'auto') {
      const { outcome, agentId } = await this.assignToFirst(conversation, candidates.map((c) => c.id), { event: 'assigned', holdsSlot: needs.takesSlot !== false });
      return outcome === 'assigned' ? agentId : null;
    }
    if (inbox.routingMode === 'offer') {
      await this.offer(conversation, candidates[0].id, inbox.routing.offerTimeoutSeconds ?? 60);
      return null;
    }
    // broadcast: every eligible operator sees it; the first to accept wins.
    const eligible = candidates.filter((candidate) => ineligibility(candidate, needs) === null).map((candidate) => candidate.id);
    await this.domainEvents.emit('conversation.offered', { conversation: await this.presenter.conversation(conversation), agentIds: eligible });
    await this.logEvent(conversation.id, 'offered', { data: { broadcast: candidates.length } });
    return null;
  }

  private async offer(conversation: Conversation, agentId: number, timeoutSeconds: number): Promise<void> {
    const expiresAt = new Date(Date.now() + timeoutSeconds * 1000);
    const result = await this.db.transaction(async (tx) => {
      const updated = await tx
        .getRepository(Conversation)
        .update({ id: conversation.id, status: 'queued', offeredTo: conversation.offeredTo ?? IsNull() }, { offeredTo: agentId, offerExpiresAt: expiresAt });
      if (!updated.affected) return false;
      await this.conversations.logEvent(tx, conversation.id, 'offered', { agentId, data: { expiresAt: expiresAt.toISOString() } });
      return true;
    });
    if (!result) return;
    await this.jobs.enqueue('routing.offer-expired', { conversationId: conversation.id, agentId }, { delayMs: timeoutSeconds * 1000, jobId: `offer:${conversation.id}:${agentId}` });
    const fresh = await this.conversations.get(conversation.id);
    await this.domainEvents.emit('conversation.offered', { conversation: await this.presenter.conversation(fresh), agentIds: [agentId] });
  }

  /** An operator whose browser is gone cannot see an offer: each one waiting for them moves on now rather than when it runs out. */
  private async withdrawOffersTo(agentId: number): Promise<void> {
    const offered = await this.db.getRepository(Conversation).find({ select: { id: true }, where: { status: 'queued', offeredTo: agentId } });
    for (const { id } of offered) await this.withdrawOffer(id, agentId, 'disconnected');
  }

  /** An offer ran out, was declined or lost its operator's connection: remember who let it go and route again. */
  async withdrawOffer(conversationId: number, agentId: number, why: 'expired' | 'declined' | 'disconnected'): Promise<void> {
    const conversation = await this.db.getRepository(Conversation).findOneBy({ id: conversationId });
    if (!conversation || conversation.status !== 'queued' || conversation.offeredTo !== agentId) return;
    const withdrawn = await this.db.transaction(async (tx) => {
      const result = await tx
        .getRepository(Conversation)
        .update({ id: conversationId, status: 'queued', offeredTo: agentId }, { offeredTo: null, offerExpiresAt: null, declinedBy: [...(conversation.declinedBy ?? []), agentId] });
      if (!result.affected) return false;
      await this.conversations.logEvent(tx, conversationId, 'offer_expired', { agentId, data: { reason: why } });
      return true;
    });
    if (!withdrawn) return;
    await this.publisher.changed(await this.conversations.get(conversationId));
    await this.route(conversationId);
  }

  /**
   * Gives the conversation to the operator: takes one of their slots (unless
   * it is a call that takes none) and moves the conversation out of the
   * queue, both or neither.
   */
  async assign(conversationId: number, agentId: number, options: { event: 'assigned'; actorId?: number | null }): Promise<AssignOutcome> {
    const conversation = await this.conversations.get(conversationId);
    const holdsSlot = await this.snapshots.takesSlot(conversation);
    return (await this.assignToFirst(conversation, [agentId], { ...options, holdsSlot })).outcome;
  }

  /** Assigns to the first ranked candidate who still has room, in one transaction. */
  private async assignToFirst(
    conversation: Conversation,
    rankedIds: number[],
    options: { event: 'assigned'; actorId?: number | null; holdsSlot: boolean },
  ): Promise<{ outcome: AssignOutcome; agentId: number | null }> {
    const result = await routingTransaction(this.db, async (tx): Promise<{ outcome: AssignOutcome; agentId: number | null }> => {
      const agentId = await takeSlotFromFirst(tx, rankedIds, options.holdsSlot);
      if (agentId === null) return { outcome: 'agent-full', agentId: null };
      await this.claimConversation(tx, conversation.id, agentId, options.holdsSlot);
      await this.conversations.logEvent(tx, conversation.id, options.event, { agentId, actorId: options.actorId ?? null });
      return { outcome: 'assigned', agentId };
    }).catch((error: unknown) => {
      if (error instanceof ConversationMoved) return { outcome: 'conversation-moved' as const, agentId: null };
      throw error;
    });
    if (result.outcome === 'assigned' && result.agentId !== null) await this.announce.assignments([{ conversationId: conversation.id, agentId: result.agentId }]);
    return result;
  }

  private async claimConversation(tx: EntityManager, conversationId: number, agentId: number, holdsSlot: boolean): Promise<void> {
    const claimed = await tx
      .createQueryBuilder()
      .update(Conversation)
      .set({
        status: 'assigned',
        assigneeId: agentId,
        holdsSlot,
        offeredTo: null,
        offerExpiresAt: null,
        stickyAgentId: null,
        stickyUntil: null,
        firstAssignedAt: () => 'COALESCE(firstAssignedAt, :now)',
      })
      .setParameter('now', sqlTimestamp(new Date()))
      .where("id = :conversationId AND status = 'queued' AND assigneeId IS NULL", { conversationId })
      .execute();
    if (!claimed.affected) throw new ConversationMoved();
  }

  /** An operator takes a conversation from the queue or accepts an offer. */
  async accept(agent: Agent, conversationId: number): Promise<Conversation> {
    const conversation = await this.conversations.getFor(agent, conversationId);
    if (conversation.status === 'assigned' && conversation.assigneeId === agent.id) return conversation;
    if (conversation.status !== 'queued') {
      throw new ConflictException(`Conversation ${conversationId} is ${conversation.status}; only queued conversations can be accepted`);
    }
    const inbox = await this.db.getRepository(Inbox).findOneByOrFail({ id: conversation.inboxId });
    const offerPending = conversation.offeredTo !== null && conversation.offerExpiresAt !== null && new Date(conversation.offerExpiresAt).getTime() > Date.now();
    if (inbox.routingMode === 'offer' && offerPending && conversation.offeredTo !== agent.id) {
      throw new ConflictException(`Conversation ${conversationId} is offered to another operator right now`);
    }
    if (agent.status !== 'online') throw new ConflictException('Set your status to online to take conversations');
    const outcome = await this.assign(conversationId, agent.id, { event: 'assigned', actorId: agent.id });
    if (outcome === 'agent-full') {
      const fresh = await this.db.getRepository(Agent).findOneByOrFail({ id: agent.id });
      throw new ConflictException(`You have ${fresh.openChats} of ${fresh.maxChats} open conversations, your limit: close one before taking another`);
    }
    if (outcome === 'conversation-moved') throw new ConflictException(`Conversation ${conversationId} was just taken by someone else`);
    return this.conversations.get(conversationId);
  }

  async decline(agent: Agent, conversationId: number): Promise<void> {
    const conversation = await this.conversations.getFor(agent, conversationId);
    if (conversation.offeredTo !== agent.id) throw new ConflictException(`Conversation ${conversationId} is not offered to you`);
    await this.withdrawOffer(conversationId, agent.id, 'declined');
  }

  /**
   * A slot may have freed up (or a call ended): serve the queue. With an
   * operator given, serve what waits for them first. Calls that take no slot
   * may still go to operators whose chats are full, so they get a pass of
   * their own once no slot is left. Drains take turns (drainTurns), so a
   * request made while one runs is served by the next, with any others.
   */
  drain(agentId: number | null): Promise<void> {
    return this.drainTurns.request(agentId);
  }

  private async drainQueueFor(agentIds: number[]): Promise<void> {
    for (const agentId of agentIds) await this.routeAll(await this.snapshots.queuePage(0, QUEUE_PAGE, { stickyFor: agentId }));
    await this.drainQueue({}, () => this.snapshots.hasAnyFreeSlot());
    const slotFreeCalls = await this.snapshots.slotFreeCallInboxIds();
    if (slotFreeCalls.length > 0) await this.drainQueue({ inboxIds: slotFreeCalls }, () => this.snapshots.hasAnyoneOnlineOffCall());
  }

  /** Routes the queue (or the part `filter` names) page by page while `mayServe` says someone could take more. */
  private async drainQueue(filter: { inboxIds?: number[] }, mayServe: () => Promise<boolean>): Promise<number> {
    let assigned = 0;
    for (let offset = 0; ; ) {
      if (!(await mayServe())) break;
      const page = await this.snapshots.queuePage(offset, QUEUE_PAGE, filter);
      if (page.length === 0) break;
      const progress = await this.routeAll(page);
      assigned += progress;
      // Assigned rows left the queue, so the next page starts after the ones still waiting.
      offset += page.length - progress;
      if (page.length < QUEUE_PAGE) break;
    }
    return assigned;
  }

  /** Routes a page of the queue in its order (the batcher keeps it) and counts the assignments. */
  private async routeAll(page: Conversation[]): Promise<number> {
    const results = await Promise.all(page.map((c) => this.route(c.id, false)));
    return results.filter((agentId) => agentId !== null).length;
  }

  /**
   * The conversation stays queued: operators see the queue change; its
   * customer hears their place, and those it went ahead of (a higher
   * priority) their new ones.
   */
  private async leftInQueue(conversation: Pick<Conversation, 'id' | 'inboxId'>, notify: boolean): Promise<null> {
    if (notify) {
      await this.domainEvents.emit('conversation.left-in-queue', { conversationId: conversation.id, inboxId: conversation.inboxId });
      this.queueUpdates.inboxChanged(conversation.inboxId);
    }
    return null;
  }

  private logEvent(conversationId: number, type: 'offered', extra: { agentId?: number; data?: Record<string, number | string | boolean | null> }) {
    return this.db.transaction((tx) => this.conversations.logEvent(tx, conversationId, type, extra));
  }
}
