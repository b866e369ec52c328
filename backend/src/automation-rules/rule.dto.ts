import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateBy } from 'class-validator';
import { ruleActionsProblem, type RuleAction } from './rule-actions';
import { ruleConditionsProblem, type RuleConditions } from './rule-conditions.policy';
import { RULE_EVENTS, type RuleEvent } from './rule-events';
import { RuleActionDto, RuleConditionsDto } from './rule.responses';

/** A whole field checked by its one rule of shape: the 400 names the condition or action and its field. */
function Valid(name: string, problem: (value: unknown) => string | null) {
  return ValidateBy({ name, validator: { validate: (value) => problem(value) === null, defaultMessage: (args) => problem(args?.value) ?? `${name} is not valid` } });
}

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const NAME_MESSAGES = { text: 'name must be a text', empty: 'name must not be empty', long: 'name must be at most 120 characters' };

export class CreateAutomationRuleDto {
  @ApiProperty() @Transform(trimmed) @IsString({ message: NAME_MESSAGES.text }) @MinLength(1, { message: NAME_MESSAGES.empty }) @MaxLength(120, { message: NAME_MESSAGES.long }) name: string;
  @ApiProperty({ enum: RULE_EVENTS, enumName: 'RuleEvent' }) @IsIn(RULE_EVENTS, { message: `event must be one of: ${RULE_EVENTS.join(', ')}` }) event: RuleEvent;
  @ApiPropertyOptional({ description: 'Order among the rules of its event; default: after the others' }) @IsOptional() @IsInt({ message: 'position must be a whole number' }) @Min(0, { message: 'position must be 0 or more' }) @Max(100000, { message: 'position must be at most 100000' }) position?: number;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean({ message: 'active must be true or false' }) active?: boolean;
  @ApiPropertyOptional({ default: false, description: 'When it matched, the rules after it do not run' }) @IsOptional() @IsBoolean({ message: 'stopsOthers must be true or false' }) stopsOthers?: boolean;
  @ApiProperty({ type: RuleConditionsDto }) @Valid('conditions', ruleConditionsProblem) conditions: RuleConditions;
  @ApiProperty({ type: [RuleActionDto], description: 'Done in this order; 1 to 20' }) @Valid('actions', ruleActionsProblem) actions: RuleAction[];
}

export class UpdateAutomationRuleDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trimmed) @IsString({ message: NAME_MESSAGES.text }) @MinLength(1, { message: NAME_MESSAGES.empty }) @MaxLength(120, { message: NAME_MESSAGES.long }) name?: string;
  @ApiPropertyOptional({ enum: RULE_EVENTS, enumName: 'RuleEvent' }) @IsOptional() @IsIn(RULE_EVENTS, { message: `event must be one of: ${RULE_EVENTS.join(', ')}` }) event?: RuleEvent;
  @ApiPropertyOptional() @IsOptional() @IsInt({ message: 'position must be a whole number' }) @Min(0, { message: 'position must be 0 or more' }) @Max(100000, { message: 'position must be at most 100000' }) position?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'active must be true or false' }) active?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'stopsOthers must be true or false' }) stopsOthers?: boolean;
  @ApiPropertyOptional({ type: RuleConditionsDto }) @IsOptional() @Valid('conditions', ruleConditionsProblem) conditions?: RuleConditions;
  @ApiPropertyOptional({ type: [RuleActionDto] }) @IsOptional() @Valid('actions', ruleActionsProblem) actions?: RuleAction[];
}

/** A rule not saved yet (or changed on screen) can be tried too. */
export class TryAutomationRuleDto extends CreateAutomationRuleDto {}
