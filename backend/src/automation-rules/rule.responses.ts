/** Automation rules as REST sends them. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ActionFieldsDto } from '../macros/macro.responses';
import { RULE_ACTION_TYPES, type RuleActionType } from './rule-actions';
import { CONDITION_FIELDS, type ConditionField } from './rule-conditions.policy';
import { RULE_EVENTS, type RuleEvent } from './rule-events';

/** One action: a macro's (see Macros), `send-webhook` or `mark-spam`; which fields it has depends on `type`. */
export class RuleActionDto extends ActionFieldsDto {
  @ApiProperty({ enum: RULE_ACTION_TYPES, enumName: 'RuleActionType' }) type: RuleActionType;
  @ApiPropertyOptional({ type: 'integer', description: 'send-webhook: the outgoing webhook' }) webhookId?: number;
}

/** One condition; which fields it has depends on `field` (docs/api.md, Automation rules). */
export class RuleConditionDto {
  @ApiProperty({ enum: CONDITION_FIELDS, enumName: 'RuleConditionField' }) field: ConditionField;
  @ApiProperty() op: string;
  @ApiPropertyOptional({ type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'integer' }] } }) values?: Array<string | number>;
  @ApiPropertyOptional({ description: 'contact-attribute, conversation-attribute: the attribute key' }) key?: string;
  @ApiPropertyOptional({ oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] }) value?: string | number | boolean;
  @ApiPropertyOptional({ description: 'text: only for customers of this language' }) language?: string;
}

export class RuleConditionsDto {
  @ApiProperty({ enum: ['all', 'any'] }) match: 'all' | 'any';
  @ApiProperty({ type: [RuleConditionDto] }) items: RuleConditionDto[];
}

/** What a rule says, the same in the rule and in each of its saved versions. */
class RuleFieldsDto {
  @ApiProperty() name: string;
  @ApiProperty({ enum: RULE_EVENTS, enumName: 'RuleEvent' }) event: RuleEvent;
  @ApiProperty({ type: 'integer' }) position: number;
  @ApiProperty() active: boolean;
  @ApiProperty() stopsOthers: boolean;
  @ApiProperty({ type: RuleConditionsDto }) conditions: RuleConditionsDto;
  @ApiProperty({ type: [RuleActionDto] }) actions: RuleActionDto[];
}

export class AutomationRuleDto extends RuleFieldsDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export class AutomationRuleVersionDto extends RuleFieldsDto {
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ type: 'integer', nullable: true }) savedBy: number | null;
  @ApiProperty({ type: String, format: 'date-time' }) savedAt: string;
}

/** One action as it would be done: texts rendered for the conversation, names of what it names. */
export class RuleStepDto {
  @ApiProperty({ type: 'integer' }) index: number;
  @ApiProperty({ type: RuleActionDto }) action: RuleActionDto;
  @ApiProperty({ type: String, nullable: true, description: 'send-message, add-note: the text as it would be written' }) text: string | null;
  @ApiProperty({ type: [String] }) labelNames: string[];
  @ApiProperty({ type: String, nullable: true, description: 'assign: the operator’s or team’s name' }) targetName: string | null;
}

export class RuleTryMatchDto {
  @ApiProperty({ type: 'integer' }) conversationId: number;
  @ApiProperty({ type: String, nullable: true }) contactName: string | null;
  @ApiProperty({ type: [RuleStepDto] }) steps: RuleStepDto[];
}

export class RuleTryDto {
  @ApiProperty({ type: 'integer', description: 'Conversations looked at: the last 100' }) checked: number;
  @ApiProperty({ type: [RuleTryMatchDto], description: 'Those the rule would have matched, newest first, with what it would have done' }) matched: RuleTryMatchDto[];
}
