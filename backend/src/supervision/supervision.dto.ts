import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsPositive,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { ChannelType } from '@inbox/connectors';
import { CHANNEL_TYPES } from '../channels/channel-types';
import { MessageText } from '../common/message-text';
import { RATING_MAX } from './scorecard.policy';

export class WhisperDto {
  @ApiProperty({ description: 'A note only the operator holding the conversation (and supervisors) see' }) @IsString() @MinLength(1) @MessageText(5000) text: string;
}

export class ReassignDto {
  @ApiProperty() @IsInt() @IsPositive() agentId: number;
}

export class ReviewSearchDto {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @IsPositive() agentId?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @IsPositive() inboxId?: number;
  @ApiPropertyOptional({ enum: CHANNEL_TYPES })
  @IsOptional()
  @IsIn(CHANNEL_TYPES, { message: `channel must be one of: ${CHANNEL_TYPES.join(', ')}` })
  channel?: ChannelType;
  @ApiPropertyOptional({ description: 'Closed at or after (ISO 8601)' }) @IsOptional() @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or time' }) from?: string;
  @ApiPropertyOptional({ description: 'Closed before (ISO 8601)' }) @IsOptional() @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or time' }) to?: string;
  @ApiPropertyOptional({ description: 'CSAT score 1–5' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(5) csat?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) tag?: string;
  @ApiPropertyOptional({ description: 'Only conversations carrying this label (its id)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'label must be a label id' })
  @IsPositive({ message: 'label must be a label id' })
  label?: number;
  @ApiPropertyOptional({ description: 'Text any message contains' }) @IsOptional() @IsString() @MinLength(2) @MaxLength(200) q?: string;
  @ApiPropertyOptional({ enum: ['none', 'draft', 'submitted'] }) @IsOptional() @IsIn(['none', 'draft', 'submitted']) reviewed?: 'none' | 'draft' | 'submitted';
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @Type(() => Number) @IsInt() @IsPositive() cursor?: number;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit: number = 50;
}

export class CreateReviewDto {
  @ApiProperty() @IsInt() @IsPositive() conversationId: number;
}

export class RatingDto {
  @ApiProperty() @IsInt() @IsPositive() criterionId: number;
  @ApiPropertyOptional({ type: Number, description: `0–${RATING_MAX}; null: does not apply`, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(RATING_MAX)
  value: number | null = null;
}

export class UpdateReviewDto {
  @ApiPropertyOptional({ type: [RatingDto] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => RatingDto) ratings?: RatingDto[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) summary?: string;
  @ApiPropertyOptional({ description: 'Show it to the operator' }) @IsOptional() @IsBoolean() submit?: boolean;
}

export class CommentDto {
  @ApiPropertyOptional({ description: 'The message commented on; none for the whole conversation' }) @IsOptional() @IsInt() @IsPositive() messageId?: number;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(5000) text: string;
}

export class CriterionDto {
  @ApiPropertyOptional({ description: 'An existing criterion to keep (renamed or re-weighted); none for a new one' }) @IsOptional() @IsInt() @IsPositive() id?: number;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(120) name: string;
  @ApiProperty({ minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100) weight: number;
}

export class ReplaceCriteriaDto {
  @ApiProperty({ type: [CriterionDto], description: 'The whole scorecard, in order; criteria left out are retired' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  items: CriterionDto[];
}

export class SampleDto {
  @ApiPropertyOptional({ default: 5 }) @IsOptional() @IsInt() @Min(1) @Max(50) perAgent: number = 5;
  @ApiPropertyOptional({ default: 7, description: 'Conversations closed in this many days' }) @IsOptional() @IsInt() @Min(1) @Max(90) days: number = 7;
}

const TAG = /^[\p{L}\p{N}][\p{L}\p{N} _-]{0,63}$/u;

export class TagsDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(20)
  @Transform(({ value }) => (Array.isArray(value) ? value.map((t: unknown) => (typeof t === 'string' ? t.trim().toLowerCase() : t)) : value))
  @Matches(TAG, { each: true, message: 'tags must be 1 to 64 letters, digits, spaces, - or _' })
  tags: string[];
}
