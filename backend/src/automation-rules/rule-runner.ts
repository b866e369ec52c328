import { AsyncLocalStorage } from 'node:async_hooks';
import { ConflictException, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AutomaticReplies } from '../automation/automatic-replies.service';
import { DomainEventBus } from '../common/domain-events';
import { Contact } from '../contacts/contact.entity';
import { ConversationPublisher } from '../conversations/conversation.publisher';
import { ConversationsService } from '../conversations/conversations.service';
import { ReplyService } from '../conversations/reply.service';
import { routingTransaction } from '../database/transactions';
import { namesIn, rowsNamedBy } from '../macros/action-names';
import { ConversationActions } from '../macros/conversation-actions';
import { WebhookDeliveries } from '../outgoing-webhooks/webhook-deliveries.service';
import { laneOf } from '../outgoing-webhooks/webhook-events';
import { WebhookPayloads } from '../outgoing-webhooks/webhook-payloads';
import type { RuleAction } from './rule-actions';
import { chainStops, EMPTY_CHAIN, extendChain, type RuleChain } from './rule-chain.policy';
import { conditionsHold } from './rule-conditions.policy';
import type { RuleEvent } from './rule-events';
import { RuleFactsReader, type RuleSubject } from './rule-facts';
import type { AutomationRule } from './rule.entities';
import type { RuleStepDto } from './rule.responses';

/**
 * The chain of rules whose actions are running now: domain events raised
 * by those actions carry it into the rule jobs they queue (rule-triggers.ts).
 */
export const ruleChainStorage = new AsyncLocalStorage<RuleChain>();
export const currentRuleChain = (): RuleChain => ruleChainStorage.getStore() ?? EMPTY_CHAIN;

/**
 * Runs the rules of an event on a conversation (docs/automation.md, Rules):
 * in order, each whose conditions hold does its actions one after another
 * through the service that does each by hand (so each keeps its own rules,
 * events and pushes), logged as `rule_action` events with no actor. A
 * failed action ends its rule (logged with the error); the next rules run.
 */
@Injectable()
export class RuleRunner {
  private readonly logger = new Logger('AutomationRules');

  constructor(
    private readonly db: DataSource,
    private readonly facts: RuleFactsReader,
    private readonly conversations: ConversationsService,
    private readonly replies: ReplyService,
    private readonly automatic: AutomaticReplies,
    private readonly actions: ConversationActions,
    private readonly publisher: ConversationPublisher,
    private readonly webhooks: WebhookDeliveries,
    private readonly payloads: WebhookPayloads,
    private readonly domainEvents: DomainEventBus,
  ) {}

  /** `rules`: the event's active rules in their order. */
  /** `messageId`: the customer's message that raised the event, whose text the conditions read. */
  async run(rules: AutomationRule[], event: RuleEvent, conversationId: number, chain: RuleChain, messageId?: number): Promise<void> {
    let subject: RuleSubject | null = null;
    let stale = true;
    for (const rule of rules) {
      const stop = chainStops(chain, rule.id);
      if (stop) {
        this.logger.log(`Rule ${rule.id} not run for ${event} on conversation ${conversationId}: ${stop}`);
        continue;
      }
      // Read afresh after a rule acted: the next sees what it did.
      if (stale) subject = await this.facts.subject(conversationId, new Date(), messageId);
      if (!subject) return;
      stale = false;
      if (!conditionsHold(rule.conditions, subject.facts)) continue;
      const steps = await this.plan(rule, subject);
      await ruleChainStorage.run(extendChain(chain, rule.id), () => this.act(rule, event, subject as RuleSubject, steps));
      stale = true;
      if (rule.stopsOthers) return;
    }
  }

  /** What the rule would do to the conversation, step by step, with its texts rendered and what it names by name. Changes nothing. */
  async plan(rule: AutomationRule, subject: RuleSubject): Promise<RuleStepDto[]> {
    const actions = rule.actions;
    const named = await rowsNamedBy(this.db, actions);
    const to = await this.automatic.recipient(subject.conversation, subject.inbox);
    const steps: RuleStepDto[] = [];
    for (const [index, action] of actions.entries()) {
      const text = action.type === 'send-message' || action.type === 'add-note' ? ((await this.automatic.word(to, { [to.language]: action.text }))?.text ?? '') : null;
      steps.push({ index, action, text, ...namesIn(action, named) });
    }
    return steps;
  }

  private async act(rule: AutomationRule, event: RuleEvent, subject: RuleSubject, steps: RuleStepDto[]): Promise<void> {
    const conversationId = subject.conversation.id;
    for (const step of steps) {
      const logged = { ruleId: rule.id, rule: rule.name, version: rule.version, event, step: step.index, action: step.action.type };
      try {
        await this.apply(rule, subject, step).catch((error: unknown) => {
          // A rule acts on a conversation that is moving (the router assigning it as a customer's first message arrives): once more, on the rows as they are now.
          if (error instanceof ConflictException) return this.apply(rule, subject, step);
          throw error;
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.logger.warn(`Rule ${rule.id} (${rule.name}) step ${step.index} (${step.action.type}) on conversation ${conversationId} failed: ${reason}`);
        await this.log(conversationId, { ...logged, error: reason.slice(0, 500) });
        return;
      }
      await this.log(conversationId, logged);
    }
  }

  private log(conversationId: number, data: Record<string, string | number | null>): Promise<void> {
    return routingTransaction(this.db, (tx) => this.conversations.logEvent(tx, conversationId, 'rule_action', { data }));
  }

  private async apply(rule: AutomationRule, subject: RuleSubject, step: RuleStepDto): Promise<void> {
    const action = step.action as RuleAction;
    const id = subject.conversation.id;
    const fresh = () => this.conversations.get(id);
    switch (action.type) {
      case 'send-message':
        if (!subject.inbox.active) throw new Error(`inbox "${subject.inbox.name}" is archived: nothing is sent from it`);
        if ((await fresh()).status === 'closed') throw new Error('the conversation is closed');
        await this.replies.sendAutomatic(await fresh(), { text: step.text ?? '', payload: { automatic: 'rule', ruleId: rule.id } });
        return;
      case 'add-note':
        await this.replies.addAutomaticNote(await fresh(), { text: step.text ?? '', payload: { automatic: 'rule', ruleId: rule.id } });
        return;
      case 'mark-spam':
        await this.db.getRepository(Contact).update({ id: subject.contact.id }, { blockedAt: new Date() });
        await this.domainEvents.emit('contact.updated', { contactId: subject.contact.id });
        await this.publisher.changed(await this.conversations.close(null, id, { automatic: true, reason: 'spam' }));
        return;
      case 'send-webhook': {
        const data = { rule: { id: rule.id, name: rule.name, version: rule.version }, conversation: await this.payloads.conversation(id) };
        if (!(await this.webhooks.sendForRule(action.webhookId, laneOf.conversation(id), data))) throw new Error(`no webhook with id ${action.webhookId}`);
        return;
      }
      default:
        await this.actions.apply(null, id, action);
    }
  }
}
