import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, Not, type EntityManager } from 'typeorm';
import type { BusinessHours } from '../automation/business-hours.policy';
import { isUniqueViolation } from '../common/database-errors';
import { DomainEventBus, type ConversationChange, type SlaAlert } from '../common/domain-events';
import { Conversation } from '../conversations/conversation.entity';
import type { ConversationDto } from '../conversations/conversation.responses';
import { ConversationPublisher } from '../conversations/conversation.publisher';
import { ConversationsService } from '../conversations/conversations.service';
import { Message } from '../conversations/message.entity';
import { priorityRank } from '../conversations/priority.policy';
import { routingTransaction } from '../database/transactions';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';
import { RoutingSnapshots } from '../routing/routing.snapshots';
import { planClocks, soonestDue, wantedClocks, type ClockFacts, type TargetDurations } from './sla-clocks.policy';
import { matchPolicy, type ConversationScope } from './sla-match.policy';
import { SlaPoliciesService } from './sla-policies.service';
import { clockInstants, resumedInstant, type TargetRule } from './sla-time.policy';
import { SlaClock, SlaPolicy, type SlaTarget } from './sla.entities';

export const SLA_DUE_JOB = 'sla.due';
/** After a policy changed: every open conversation's clocks are recomputed, in the background. */
const SLA_REAPPLY_JOB = 'sla.reapply';
const REAPPLY_PAGE = 500;
export type DueKind = 'warning' | 'breach';
/** One timer per instant: a due time that moved sets a new one, and the old one finds the row moved on. */
export const slaDueJobId = (kind: DueKind, clockId: number, at: Date) => `sla:${kind}:${clockId}:${at.getTime()}`;

const CONVERSATION_FIELDS = { id: true, inboxId: true, status: true, assigneeId: true, teamId: true, priority: true, createdAt: true, closedAt: true, slaTarget: true, slaAmberAt: true, slaDueAt: true } as const;

/**
 * Each open conversation's SLA clocks (docs/sla.md): recomputed from the
 * conversation's state on every event that may change them, the soonest
 * due one copied to the conversation's row, and a delayed job per warning
 * and breach (sla-timers.ts rebuilds them from the rows).
 */
@Injectable()
export class SlaService implements OnModuleInit {
  private readonly logger = new Logger('SLA');

  constructor(
    private readonly db: DataSource,
    private readonly policies: SlaPoliciesService,
    private readonly conversations: ConversationsService,
    private readonly publisher: ConversationPublisher,
    private readonly snapshots: RoutingSnapshots,
    private readonly domainEvents: DomainEventBus,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ clockId: number; kind: DueKind }>(SLA_DUE_JOB, ({ clockId, kind }) => this.due(clockId, kind));
    this.jobs.register<{ changedPolicyId?: number | null }>(SLA_REAPPLY_JOB, ({ changedPolicyId }) => this.refreshOpen(changedPolicyId ?? null));
    const byId = ({ conversationId }: { conversationId: number }) => this.refresh(conversationId);
    this.domainEvents.on('conversation.opened', byId);
    this.domainEvents.on('conversation.agent-replied', byId);
    this.domainEvents.on('conversation.assigned', byId);
    this.domainEvents.on('conversation.closed', byId);
    this.domainEvents.on('messages.received', ({ opened, updated }) => this.refreshShown([...opened, ...updated]));
    const changed = ({ conversations }: { conversations: ConversationChange[] }) => this.refreshShown(conversations.map((c) => c.conversation));
    // Priority, labels, snooze and wake, transfers and closing all come by here.
    this.domainEvents.on('conversation.updated', changed);
    this.domainEvents.on('conversation.routed', changed);
  }

  /**
   * A policy was created, changed (`changedPolicyId`: its running targets are
   * computed again from their start) or deleted: the open conversations
   * follow. The job's id is the moment, so each change gets its run.
   */
  async reapply(changedPolicyId: number | null = null): Promise<void> {
    await this.jobs.enqueue(SLA_REAPPLY_JOB, { changedPolicyId }, { jobId: `sla:reapply:${Date.now()}` });
  }

  private async refreshOpen(changedPolicyId: number | null): Promise<void> {
    for (let after = 0; ; ) {
      const page = await this.db.getRepository(Conversation).find({ select: { id: true }, where: { id: MoreThan(after), status: Not('closed') }, order: { id: 'ASC' }, take: REAPPLY_PAGE });
      for (const { id } of page) await this.refresh(id, { force: true, changedPolicyId });
      if (page.length < REAPPLY_PAGE) return;
      after = page[page.length - 1].id;
    }
  }

  /** Conversations as pushed: only those a policy applies to, or that show a target, need their clocks read. */
  private async refreshShown(dtos: ConversationDto[]): Promise<void> {
    const policies = await this.policies.all();
    if (!policies.some((p) => p.active)) return;
    for (const dto of dtos) {
      const scope: ConversationScope = { inboxId: dto.inboxId, channel: dto.inbox?.type ?? null, priority: priorityRank(dto.priority), labelIds: dto.labels.map((l) => l.id) };
      if (dto.sla !== null || matchPolicy(policies, scope)) await this.refresh(dto.id);
    }
  }

  /**
   * Brings the conversation's clocks and its row in line with its state now;
   * pushes it when what it shows changed. Without an active policy nothing
   * can run, so events cost no statement at all; the clocks a deleted or
   * deactivated policy leaves running are stopped by `reapply`, which forces.
   */
  async refresh(conversationId: number, options: { force?: boolean; changedPolicyId?: number | null } = {}): Promise<void> {
    if (!options.force && !(await this.policies.all()).some((p) => p.active)) return;
    const changedPolicyId = options.changedPolicyId ?? null;
    try {
      await this.reconcile(conversationId, changedPolicyId);
    } catch (error) {
      // Another process started the same clock at the same moment: its view is as good; read again.
      if (!isUniqueViolation(error)) throw error;
      await this.reconcile(conversationId, changedPolicyId);
    }
  }

  private async reconcile(conversationId: number, changedPolicyId: number | null): Promise<void> {
    const conversation = await this.db.getRepository(Conversation).findOne({ where: { id: conversationId }, select: CONVERSATION_FIELDS });
    if (!conversation) return;
    const [policies, running] = await Promise.all([this.policies.all(), this.db.getRepository(SlaClock).find({ where: { conversationId, stoppedAt: IsNull() } })]);
    const inbox = await this.snapshots.inbox(conversation.inboxId);
    const policy = policies.length ? matchPolicy(policies, { inboxId: conversation.inboxId, channel: inbox.type, priority: conversation.priority, labelIds: await this.labelIds(conversationId) }) : null;
    if (!policy && running.length === 0 && conversation.slaTarget === null) return;

    const now = new Date();
    const facts = await this.facts(conversation);
    const durations = durationsOf(policy);
    const plan = planClocks(running, wantedClocks(durations, facts), policy?.id ?? null, facts, now);
    const hours = policy?.businessHours ? (inbox.automation?.businessHours ?? null) : null;
    const paused = policy !== null && conversation.status === 'snoozed' && !policy.snoozedTimeCounts;
    const where = { inboxId: conversation.inboxId, teamId: conversation.teamId, agentId: conversation.assigneeId };

    const open = await routingTransaction(this.db, async (tx) => {
      const clocks = tx.getRepository(SlaClock);
      for (const stop of plan.stop) {
        const verdict = stop.met === null ? {} : { met: stop.met, decidedAt: stop.at, ...where };
        await clocks.update({ id: stop.id, stoppedAt: IsNull() }, { openKey: null, stoppedAt: stop.at, ...verdict });
      }
      const kept = running.filter((c) => !plan.stop.some((s) => s.id === c.id));
      for (const clock of kept) {
        const retarget = plan.retarget.includes(clock.id) || clock.policyId === changedPolicyId;
        const change = keptClockChange(clock, policy as SlaPolicy, retarget, paused, hours, now);
        if (change) {
          await clocks.update({ id: clock.id }, change);
          Object.assign(clock, change);
        }
      }
      const started: SlaClock[] = [];
      for (const w of plan.start) {
        const rule = ruleOf(policy as SlaPolicy, durations[w.target] as number);
        const row = clocks.create({ conversationId, policyId: (policy as SlaPolicy).id, target: w.target, openKey: `${conversationId}:${w.target}`, startedAt: w.startedAt, ...clockInstants(w.startedAt, rule, hours), pausedAt: paused ? now : null, inboxId: conversation.inboxId });
        started.push(await clocks.save(row));
      }
      const open = [...kept, ...started];
      const shown = soonestDue(open);
      const pausedTarget = shown.slaTarget === null ? (open.find((c) => c.pausedAt !== null)?.target ?? null) : shown.slaTarget;
      const row = { ...shown, slaTarget: pausedTarget };
      const changed = !sameShown(conversation, row);
      if (changed) await tx.getRepository(Conversation).update({ id: conversationId }, row);
      return { open, changed };
    });
    for (const clock of open.open) await this.schedule(clock);
    if (open.changed) await this.publisher.changed(await this.conversations.get(conversationId));
  }

  /** A timer: warns or breaches the clock if it is still running and its instant has come; sets itself again if the instant moved later. */
  async due(clockId: number, kind: DueKind): Promise<void> {
    const clock = await this.db.getRepository(SlaClock).findOneBy({ id: clockId });
    if (!clock || clock.stoppedAt || clock.pausedAt || clock.breachedAt) return;
    const at = kind === 'breach' ? clock.dueAt : clock.warnAt;
    if (!at || (kind === 'warning' && clock.warnedAt)) return;
    if (new Date(at).getTime() > Date.now()) {
      await this.schedule(clock);
      return;
    }
    const conversation = await this.db.getRepository(Conversation).findOne({ where: { id: clock.conversationId }, select: CONVERSATION_FIELDS });
    if (!conversation) return;
    const now = new Date();
    const alert: SlaAlert = { conversationId: clock.conversationId, inboxId: conversation.inboxId, assigneeId: conversation.assigneeId, target: clock.target, policyId: clock.policyId, dueAt: new Date(clock.dueAt as Date).toISOString() };
    const won = await routingTransaction(this.db, async (tx: EntityManager) => {
      const open = { id: clockId, stoppedAt: IsNull(), breachedAt: IsNull() };
      if (kind === 'warning') return ((await tx.getRepository(SlaClock).update({ ...open, warnedAt: IsNull() }, { warnedAt: now })).affected ?? 0) > 0;
      const breached = await tx
        .getRepository(SlaClock)
        .update(open, { breachedAt: now, met: false, decidedAt: now, inboxId: conversation.inboxId, teamId: conversation.teamId, agentId: conversation.assigneeId });
      if (!breached.affected) return false;
      await this.conversations.logEvent(tx, clock.conversationId, 'sla.breached', { agentId: conversation.assigneeId, data: { target: clock.target, policyId: clock.policyId, dueAt: alert.dueAt } });
      return true;
    });
    if (!won) return;
    if (kind === 'breach') this.logger.log(`Conversation ${clock.conversationId}: ${clock.target} breached (policy ${clock.policyId})`);
    await this.domainEvents.emit(kind === 'breach' ? 'sla.breached' : 'sla.warning', alert);
  }

  /** The clock's pending warning and breach as delayed jobs (job ids make a timer that exists a no-op). */
  async schedule(clock: SlaClock): Promise<void> {
    if (clock.stoppedAt || clock.pausedAt || clock.breachedAt) return;
    const now = Date.now();
    if (clock.warnAt && !clock.warnedAt) {
      const warnAt = new Date(clock.warnAt);
      await this.jobs.enqueue(SLA_DUE_JOB, { clockId: clock.id, kind: 'warning' }, { jobId: slaDueJobId('warning', clock.id, warnAt), delayMs: Math.max(0, warnAt.getTime() - now) });
    }
    if (clock.dueAt) {
      const dueAt = new Date(clock.dueAt);
      await this.jobs.enqueue(SLA_DUE_JOB, { clockId: clock.id, kind: 'breach' }, { jobId: slaDueJobId('breach', clock.id, dueAt), delayMs: Math.max(0, dueAt.getTime() - now) });
    }
  }

  private async labelIds(conversationId: number): Promise<number[]> {
    const rows = await this.db.query('SELECT labelId FROM conversation_labels WHERE conversationId = ?', [conversationId]) as Array<{ labelId: number | string }>;
    return rows.map((r) => Number(r.labelId));
  }

  /** The operators' last public reply, and the customer's first message after it (or since the opening). */
  private async facts(conversation: Conversation): Promise<ClockFacts> {
    const messages = this.db.getRepository(Message);
    const lastReply = await messages.findOne({ where: { conversationId: conversation.id, senderType: 'agent', private: false }, select: { id: true, createdAt: true }, order: { id: 'DESC' } });
    const waiting = await messages.findOne({
      where: { conversationId: conversation.id, senderType: 'contact', ...(lastReply ? { id: MoreThan(lastReply.id) } : {}) },
      select: { id: true, createdAt: true },
      order: { id: 'ASC' },
    });
    return {
      status: conversation.status,
      openedAt: new Date(conversation.createdAt),
      lastAgentReplyAt: lastReply ? new Date(lastReply.createdAt) : null,
      awaitingSince: waiting ? new Date(waiting.createdAt) : null,
      closedAt: conversation.closedAt ? new Date(conversation.closedAt) : null,
    };
  }
}

function durationsOf(policy: SlaPolicy | null): TargetDurations {
  const ms = (seconds: number | null | undefined) => (seconds ? seconds * 1000 : null);
  return { first_response: ms(policy?.firstResponseSeconds), next_response: ms(policy?.nextResponseSeconds), resolution: ms(policy?.resolutionSeconds) };
}

function ruleOf(policy: SlaPolicy, targetMs: number): TargetRule {
  return { targetMs, amberShare: policy.amberPercent / 100, warnBeforeMs: policy.warnBeforeSeconds === null ? null : policy.warnBeforeSeconds * 1000 };
}

/** A running clock that stays: computed again for a new policy, paused while snoozed, moved on by the pause when it runs again. */
function keptClockChange(clock: SlaClock, policy: SlaPolicy, retarget: boolean, paused: boolean, hours: BusinessHours | null, now: Date): Partial<SlaClock> | null {
  let change: Partial<SlaClock> | null = null;
  if (retarget) {
    const targetMs = durationsOf(policy)[clock.target as SlaTarget] as number;
    const instants = clockInstants(new Date(clock.startedAt), ruleOf(policy, targetMs), hours);
    change = { policyId: policy.id, ...instants, ...(instants.warnAt && instants.warnAt.getTime() > now.getTime() ? { warnedAt: null } : {}) };
  }
  if (paused && !clock.pausedAt) return { ...change, pausedAt: now };
  if (!paused && clock.pausedAt) {
    const pausedAt = new Date(clock.pausedAt);
    const base = { ...clock, ...change };
    const move = (instant: Date | null) => (instant ? resumedInstant(new Date(instant), pausedAt, now, hours) : null);
    return { ...change, pausedAt: null, amberAt: move(base.amberAt), warnAt: move(base.warnAt), dueAt: move(base.dueAt) };
  }
  return change;
}

function sameShown(row: Pick<Conversation, 'slaTarget' | 'slaAmberAt' | 'slaDueAt'>, shown: { slaTarget: string | null; slaAmberAt: Date | null; slaDueAt: Date | null }): boolean {
  const time = (d: Date | null) => (d ? new Date(d).getTime() : null);
  return row.slaTarget === shown.slaTarget && time(row.slaAmberAt) === time(shown.slaAmberAt) && time(row.slaDueAt) === time(shown.slaDueAt);
}
