/** What the reports endpoints answer (docs/metrics.md defines every figure). */
import { ApiProperty } from '@nestjs/swagger';
import { CHANNEL_TYPES } from '../channels/channel-types';

const share = { type: Number, nullable: true, description: 'A share from 0 to 1; null without conversations to count' };
const seconds = { type: Number, nullable: true };

export class MetricSetDto {
  @ApiProperty({ type: 'integer' }) conversations: number;
  @ApiProperty({ type: 'integer' }) answered: number;
  @ApiProperty({ type: 'integer' }) abandoned: number;
  @ApiProperty({ ...share, description: 'abandoned / (answered + abandoned)' }) abandonmentRate: number | null;
  @ApiProperty(seconds) firstResponseMedianSeconds: number | null;
  @ApiProperty(seconds) firstResponseP90Seconds: number | null;
  @ApiProperty(seconds) averageSpeedOfAnswerSeconds: number | null;
  @ApiProperty({ ...share, description: 'Answered within the inbox’s threshold / (answered + abandoned)' }) serviceLevel: number | null;
  @ApiProperty(seconds) averageHandlingSeconds: number | null;
  @ApiProperty({ type: 'integer' }) transfers: number;
  @ApiProperty({ ...share, description: 'Conversations transferred at least once / conversations' }) transferRate: number | null;
  @ApiProperty({ type: 'integer' }) csatResponses: number;
  @ApiProperty({ type: Number, nullable: true }) csatAverage: number | null;
  @ApiProperty({ ...share, description: 'Share of scores 4 and 5 among the answers' }) csatSatisfied: number | null;
}

export class ReportMetrics extends MetricSetDto {
  @ApiProperty({ type: 'integer', description: 'Submitted reviews' }) reviews: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Their average score, 0–100' }) reviewAverage: number | null;
}

export class OperatorMetrics extends ReportMetrics {
  @ApiProperty({ type: 'integer' }) agentId: number;
  @ApiProperty() name: string;
}

export class ServiceLevelGoal {
  @ApiProperty({ type: 'integer' }) thresholdSeconds: number;
  @ApiProperty({ type: Number, description: 'Share of conversations to answer within the threshold, 0–1' }) target: number;
}

export class InboxMetrics extends MetricSetDto {
  @ApiProperty({ type: 'integer' }) inboxId: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: CHANNEL_TYPES, enumName: 'ChannelType' }) channel: string;
  @ApiProperty({ type: ServiceLevelGoal }) target: ServiceLevelGoal;
}

export class LabelMetrics extends MetricSetDto {
  @ApiProperty({ type: 'integer' }) labelId: number;
  @ApiProperty() name: string;
  @ApiProperty({ example: '#2f80ed' }) color: string;
}

export class DailyVolume {
  @ApiProperty({ example: '2025-03-01' }) day: string;
  @ApiProperty({ type: 'integer' }) conversations: number;
}

export class StaffingBasis extends ServiceLevelGoal {
  @ApiProperty(seconds) handlingSeconds: number | null;
  @ApiProperty({ type: 'integer', description: 'Conversations an operator handles at once' }) concurrency: number;
}

const grid = { type: 'array', items: { type: 'array', items: { type: 'number' } } } as const;

export class ReportSummaryDto {
  @ApiProperty({ type: String, format: 'date-time' }) from: string;
  @ApiProperty({ type: String, format: 'date-time' }) to: string;
  @ApiProperty({ type: ReportMetrics }) metrics: ReportMetrics;
  @ApiProperty({ type: [DailyVolume] }) daily: DailyVolume[];
  @ApiProperty({ ...grid, description: 'Conversations per weekday (0 = Monday) × hour' }) heatmap: number[][];
  @ApiProperty({ ...grid, description: 'Operators needed per weekday × hour (Erlang C)' }) staffing: number[][];
  @ApiProperty({ type: StaffingBasis }) staffingBasis: StaffingBasis;
  @ApiProperty({ type: [OperatorMetrics] }) operators: OperatorMetrics[];
  @ApiProperty({ type: [InboxMetrics] }) inboxes: InboxMetrics[];
  @ApiProperty({ type: [LabelMetrics], description: 'The conversations carrying each label now (one with two labels counts under both), by name' }) labels: LabelMetrics[];
}

/** An inbox's service-level target: its own, or its channel's default. */
export class ServiceLevelRow {
  @ApiProperty({ type: 'integer' }) inboxId: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: CHANNEL_TYPES, enumName: 'ChannelType' }) channel: string;
  @ApiProperty({ type: 'integer' }) thresholdSeconds: number;
  @ApiProperty({ type: 'integer' }) targetPercent: number;
  @ApiProperty({ description: 'false: the channel’s default applies' }) configured: boolean;
}

export class StoredServiceLevel {
  @ApiProperty({ type: 'integer' }) inboxId: number;
  @ApiProperty({ type: 'integer' }) thresholdSeconds: number;
  @ApiProperty({ type: 'integer' }) targetPercent: number;
}
