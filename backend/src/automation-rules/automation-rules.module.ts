import { Module } from '@nestjs/common';
import { AutomationModule } from '../automation/automation.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { LabelsModule } from '../labels/labels.module';
import { MacrosModule } from '../macros/macros.module';
import { OutgoingWebhooksModule } from '../outgoing-webhooks/outgoing-webhooks.module';
import { RoutingModule } from '../routing/routing.module';
import { SnoozeModule } from '../snooze/snooze.module';
import { RuleFactsReader } from './rule-facts';
import { RuleRunner } from './rule-runner';
import { RuleTrial } from './rule-trial';
import { RuleTriggers } from './rule-triggers';
import { AutomationRulesController } from './rules.controller';
import { AutomationRulesService } from './rules.service';

/** Event → conditions → actions rules kept by admins (docs/automation.md, Rules). */
@Module({
  imports: [AutomationModule, ConversationsModule, LabelsModule, MacrosModule, OutgoingWebhooksModule, RoutingModule, SnoozeModule],
  controllers: [AutomationRulesController],
  providers: [AutomationRulesService, RuleFactsReader, RuleRunner, RuleTrial, RuleTriggers],
})
export class AutomationRulesModule {}
