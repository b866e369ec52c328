import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsPositive, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { ChannelType } from '@inbox/connectors';
import { CHANNEL_TYPES } from '../channels/channel-types';
import { PRIORITIES, type Priority } from '../conversations/priority.policy';

/** The longest target: 90 days. */
const MAX_TARGET_SECONDS = 90 * 86_400;
const seconds = (description: string) => ({ type: 'integer', nullable: true, minimum: 1, maximum: MAX_TARGET_SECONDS, description } as const);

/** A policy's fields but its name; all optional. A policy needs at least one target (sla-policies.service.ts). */
class SlaPolicyFields {
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean({ message: 'active must be true or false' }) active?: boolean;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Applies to this inbox only; null: any' })
  @IsOptional()
  @IsInt({ message: 'inboxId must be an inbox id' })
  @IsPositive({ message: 'inboxId must be an inbox id' })
  inboxId?: number | null;

  @ApiPropertyOptional({ enum: CHANNEL_TYPES, nullable: true, description: 'Applies to this channel only; null: any' })
  @IsOptional()
  @IsIn(CHANNEL_TYPES, { message: `channel must be one of: ${CHANNEL_TYPES.join(', ')}` })
  channel?: ChannelType | null;

  @ApiPropertyOptional({ enum: PRIORITIES, nullable: true, description: 'Applies to this priority only; null: any' })
  @IsOptional()
  @IsIn(PRIORITIES, { message: `priority must be one of: ${PRIORITIES.join(', ')}` })
  priority?: Priority | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Applies to conversations with this label only; null: any' })
  @IsOptional()
  @IsInt({ message: 'labelId must be a label id' })
  @IsPositive({ message: 'labelId must be a label id' })
  labelId?: number | null;

  @ApiPropertyOptional(seconds('From the opening to the first operator reply'))
  @IsOptional()
  @IsInt({ message: 'firstResponseSeconds must be a whole number of seconds' })
  @Min(1, { message: 'firstResponseSeconds must be at least 1' })
  @Max(MAX_TARGET_SECONDS, { message: `firstResponseSeconds must be at most ${MAX_TARGET_SECONDS}` })
  firstResponseSeconds?: number | null;

  @ApiPropertyOptional(seconds('From a customer message after an operator answered to the next reply'))
  @IsOptional()
  @IsInt({ message: 'nextResponseSeconds must be a whole number of seconds' })
  @Min(1, { message: 'nextResponseSeconds must be at least 1' })
  @Max(MAX_TARGET_SECONDS, { message: `nextResponseSeconds must be at most ${MAX_TARGET_SECONDS}` })
  nextResponseSeconds?: number | null;

  @ApiPropertyOptional(seconds('From the opening to the closing'))
  @IsOptional()
  @IsInt({ message: 'resolutionSeconds must be a whole number of seconds' })
  @Min(1, { message: 'resolutionSeconds must be at least 1' })
  @Max(MAX_TARGET_SECONDS, { message: `resolutionSeconds must be at most ${MAX_TARGET_SECONDS}` })
  resolutionSeconds?: number | null;

  @ApiPropertyOptional({ default: false, description: 'Count only the inbox’s business hours (around the clock if it has none)' })
  @IsOptional()
  @IsBoolean({ message: 'businessHours must be true or false' })
  businessHours?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 99, default: 75, description: 'The badge turns amber after this share of a target' })
  @IsOptional()
  @IsInt({ message: 'amberPercent must be a whole number from 1 to 99' })
  @Min(1, { message: 'amberPercent must be a whole number from 1 to 99' })
  @Max(99, { message: 'amberPercent must be a whole number from 1 to 99' })
  amberPercent?: number;

  @ApiPropertyOptional({ ...seconds('Warn the holder and supervisors this long before a breach; null: when the badge turns amber') })
  @IsOptional()
  @IsInt({ message: 'warnBeforeSeconds must be a whole number of seconds' })
  @Min(1, { message: 'warnBeforeSeconds must be at least 1' })
  @Max(MAX_TARGET_SECONDS, { message: `warnBeforeSeconds must be at most ${MAX_TARGET_SECONDS}` })
  warnBeforeSeconds?: number | null;

  @ApiPropertyOptional({ default: false, description: 'Whether time spent snoozed counts towards the targets' })
  @IsOptional()
  @IsBoolean({ message: 'snoozedTimeCounts must be true or false' })
  snoozedTimeCounts?: boolean;
}

export class CreateSlaPolicyDto extends SlaPolicyFields {
  @ApiProperty({ maxLength: 100 })
  @IsString({ message: 'name must not be blank' })
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(100)
  name: string;
}

export class UpdateSlaPolicyDto extends SlaPolicyFields {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString({ message: 'name must not be blank' })
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(100)
  name?: string;
}
