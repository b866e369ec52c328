import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, Not } from 'typeorm';
import { DomainEventBus } from '../common/domain-events';
import { Conversation } from '../conversations/conversation.entity';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';
import type { RuleChain } from './rule-chain.policy';
import type { RuleEvent } from './rule-events';
import { currentRuleChain, ruleChainStorage, RuleRunner } from './rule-runner';
import { AutomationRulesService } from './rules.service';

const RUN_JOB = 'automation-rules.run';

interface RunJob {
  event: RuleEvent;
  conversationId: number;
  chain: RuleChain;
  /** The customer's message that raised message.customer (its id: jobs carry ids, the rows are read when it runs). */
  messageId?: number;
}

/**
 * Turns domain events into rule runs: a job per event and conversation, so
 * the rules run outside the request or inbound path that raised it, and only
 * when the event has an active rule; a new conversation's rules run at once,
 * before the router sees it. The job carries the chain of rules whose
 * actions raised the event (loop protection, rule-chain.policy.ts).
 */
@Injectable()
export class RuleTriggers implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly rules: AutomationRulesService,
    private readonly runner: RuleRunner,
    private readonly domainEvents: DomainEventBus,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register<RunJob>(RUN_JOB, (job) => this.runJob(job));
    const on = this.domainEvents.on.bind(this.domainEvents);
    // At once, not in a job: the conversation is routed right after this event, and a rule that sends it to a team or an operator must come first.
    on('conversation.opened', ({ conversationId }) => this.runJob({ event: 'conversation.created', conversationId, chain: currentRuleChain() }));
    on('messages.received', async ({ messages }) => {
      for (const m of messages) if (m.direction === 'in') await this.trigger('message.customer', m.conversationId, m.id);
    });
    on('conversation.agent-replied', ({ conversationId }) => this.trigger('message.operator', conversationId));
    on('conversation.assigned', ({ conversationId }) => this.trigger('conversation.assigned', conversationId));
    on('conversation.transferred', ({ conversationId }) => this.trigger('conversation.transferred', conversationId));
    on('conversation.closed', ({ conversationId }) => this.trigger('conversation.closed', conversationId));
    on('sla.warning', ({ conversationId }) => this.trigger('sla.warning', conversationId));
    on('sla.breached', ({ conversationId }) => this.trigger('sla.breached', conversationId));
    on('csat.submitted', ({ conversationId }) => this.trigger('csat.submitted', conversationId));
    on('contact.updated', async ({ contactId }) => {
      if ((await this.rules.activeFor('contact.updated')).length === 0) return;
      const open = await this.db.getRepository(Conversation).find({ where: { contactId, status: Not('closed') }, select: { id: true } });
      for (const { id } of open) await this.trigger('contact.updated', id);
    });
  }

  private async runJob({ event, conversationId, chain, messageId }: RunJob): Promise<void> {
    const rules = await this.rules.activeFor(event);
    if (rules.length) await ruleChainStorage.run(chain, () => this.runner.run(rules, event, conversationId, chain, messageId));
  }

  private async trigger(event: RuleEvent, conversationId: number, messageId?: number): Promise<void> {
    if ((await this.rules.activeFor(event)).length === 0) return;
    const job: RunJob = { event, conversationId, chain: currentRuleChain(), ...(messageId !== undefined ? { messageId } : {}) };
    await this.jobs.enqueue(RUN_JOB, job, { jobId: `rules:${event}:${conversationId}:${randomUUID()}` });
  }
}
