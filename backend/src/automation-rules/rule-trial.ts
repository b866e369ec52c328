import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Conversation } from '../conversations/conversation.entity';
import { conditionsHold } from './rule-conditions.policy';
import { RuleFactsReader } from './rule-facts';
import { RuleRunner } from './rule-runner';
import type { TryAutomationRuleDto } from './rule.dto';
import type { AutomationRule } from './rule.entities';
import type { RuleTryDto } from './rule.responses';

/** Conversations a "try it" looks at: the newest. */
export const TRY_CONVERSATIONS = 100;

/**
 * "Try it": the rule's conditions over the last conversations as they are
 * now, and for each match the plan the runner would follow. Only reads.
 */
@Injectable()
export class RuleTrial {
  constructor(
    private readonly db: DataSource,
    private readonly facts: RuleFactsReader,
    private readonly runner: RuleRunner,
  ) {}

  async try(input: TryAutomationRuleDto): Promise<RuleTryDto> {
    const conversations = await this.db.getRepository(Conversation).find({ order: { id: 'DESC' }, take: TRY_CONVERSATIONS });
    const rule = { id: 0, name: input.name, event: input.event, conditions: input.conditions, actions: input.actions, version: 0 } as AutomationRule;
    const matched: RuleTryDto['matched'] = [];
    for (const subject of await this.facts.subjects(conversations, new Date())) {
      if (!conditionsHold(rule.conditions, subject.facts)) continue;
      matched.push({ conversationId: subject.conversation.id, contactName: subject.contact.name, steps: await this.runner.plan(rule, subject) });
    }
    return { checked: conversations.length, matched };
  }
}
