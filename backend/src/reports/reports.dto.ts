import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsPositive, Max, Min } from 'class-validator';
import type { ChannelType } from '@inbox/connectors';
import { CHANNEL_TYPES } from '../channels/channel-types';

export const REPORT_TABLES = ['metrics', 'daily', 'operators', 'inboxes', 'labels', 'heatmap', 'staffing', 'conversations'] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export class ReportQueryDto {
  @ApiPropertyOptional({ description: 'Start of the period (ISO 8601, inclusive); default 7 days before `to`' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or time' })
  from?: string;
  @ApiPropertyOptional({ description: 'End of the period (ISO 8601, exclusive); default now' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or time' })
  to?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @IsPositive() inboxId?: number;
  @ApiPropertyOptional({ description: 'The operator who answered the conversation first' }) @IsOptional() @Type(() => Number) @IsInt() @IsPositive() agentId?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @IsPositive() teamId?: number;
  @ApiPropertyOptional({ enum: CHANNEL_TYPES })
  @IsOptional()
  @IsIn(CHANNEL_TYPES, { message: `channel must be one of: ${CHANNEL_TYPES.join(', ')}` })
  channel?: ChannelType;
  @ApiPropertyOptional({ description: 'Minutes east of UTC for days, weekdays and hours (e.g. 180 for UTC+3)', default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(-840)
  @Max(840)
  tzOffset: number = 0;
  @ApiPropertyOptional({ description: 'Conversations an operator holds at once, for the staffing hint; default their average limit (1 for voice)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  concurrency?: number;
}

export class ExportQueryDto extends ReportQueryDto {
  @ApiProperty({ enum: REPORT_TABLES })
  @IsIn(REPORT_TABLES, { message: `table must be one of: ${REPORT_TABLES.join(', ')}` })
  table: ReportTable;
}

export class ServiceLevelTargetDto {
  @ApiProperty({ example: 20 }) @IsInt() @Min(1) @Max(7 * 86_400) thresholdSeconds: number;
  @ApiProperty({ example: 80 }) @IsInt() @Min(1) @Max(100) targetPercent: number;
}
