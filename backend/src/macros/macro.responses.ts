/** Macros as REST sends them. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PRIORITIES, type Priority } from '../conversations/priority.policy';
import { MACRO_ACTION_TYPES, MACRO_SNOOZE_MODES, type MacroActionType } from './macro-actions';
import { MACRO_SCOPES, type MacroScope } from './macro.policy';

/** The fields of a conversation action (a macro's or a rule's); which it has depends on its `type`. */
export class ActionFieldsDto {
  @ApiPropertyOptional({ description: 'send-message, add-note: the text, with template variables' }) text?: string;
  @ApiPropertyOptional({ type: [Number], description: 'add-labels, remove-labels' }) labelIds?: number[];
  @ApiPropertyOptional({ enum: PRIORITIES, enumName: 'Priority', description: 'set-priority' }) priority?: Priority;
  @ApiPropertyOptional({ type: 'integer', description: 'assign: to this operator' }) agentId?: number;
  @ApiPropertyOptional({ type: 'integer', description: "assign: to this team's queue" }) teamId?: number;
  @ApiPropertyOptional({ enum: MACRO_SNOOZE_MODES, description: 'snooze' }) mode?: (typeof MACRO_SNOOZE_MODES)[number];
  @ApiPropertyOptional({ type: 'integer', description: 'snooze, mode for: minutes' }) minutes?: number;
}

/** One action; which fields it has depends on `type` (docs/api.md, Macros). */
export class MacroActionDto extends ActionFieldsDto {
  @ApiProperty({ enum: MACRO_ACTION_TYPES, enumName: 'MacroActionType' }) type: MacroActionType;
}

export class MacroDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: MACRO_SCOPES, enumName: 'MacroScope' }) scope: MacroScope;
  @ApiProperty({ type: 'integer', nullable: true }) teamId: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) ownerId: number | null;
  @ApiProperty({ type: [MacroActionDto] }) actions: MacroActionDto[];
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

/** One action as it would be done now: texts rendered for this conversation, names of what it names, and why it could not be done. */
export class MacroStepDto {
  @ApiProperty({ type: 'integer' }) index: number;
  @ApiProperty({ type: MacroActionDto }) action: MacroActionDto;
  @ApiProperty({ type: String, nullable: true, description: 'send-message, add-note: the text as the customer (or the team) will read it' }) text: string | null;
  @ApiProperty({ type: [String], description: 'add-labels, remove-labels: the labels by name' }) labelNames: string[];
  @ApiProperty({ type: String, nullable: true, description: 'assign: the operator’s or team’s name' }) targetName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it cannot be done; null when it can' }) problem: string | null;
}

export class MacroPreviewDto {
  @ApiProperty({ type: MacroDto }) macro: MacroDto;
  @ApiProperty({ type: [MacroStepDto] }) steps: MacroStepDto[];
  @ApiProperty({ description: 'Every step can be done: running it now does them all' }) runnable: boolean;
}
