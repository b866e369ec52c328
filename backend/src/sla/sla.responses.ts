import { ApiProperty } from '@nestjs/swagger';
import type { ChannelType } from '@inbox/connectors';
import { CHANNEL_TYPES } from '../channels/channel-types';
import { PRIORITIES, type Priority } from '../conversations/priority.policy';
import { SLA_TARGETS, type SlaTarget } from './sla.entities';

const id = { type: 'integer' } as const;
const nullableId = { type: 'integer', nullable: true } as const;
const nullableSeconds = { type: 'integer', nullable: true } as const;
const isoTime = { type: String, format: 'date-time' };
const target = { enum: SLA_TARGETS, enumName: 'SlaTarget' };

export class SlaPolicyDto {
  @ApiProperty(id) id: number;
  @ApiProperty() name: string;
  @ApiProperty() active: boolean;
  @ApiProperty(nullableId) inboxId: number | null;
  @ApiProperty({ type: String, enum: CHANNEL_TYPES, nullable: true }) channel: ChannelType | null;
  @ApiProperty({ type: String, enum: PRIORITIES, nullable: true }) priority: Priority | null;
  @ApiProperty(nullableId) labelId: number | null;
  @ApiProperty(nullableSeconds) firstResponseSeconds: number | null;
  @ApiProperty(nullableSeconds) nextResponseSeconds: number | null;
  @ApiProperty(nullableSeconds) resolutionSeconds: number | null;
  @ApiProperty() businessHours: boolean;
  @ApiProperty({ type: 'integer' }) amberPercent: number;
  @ApiProperty(nullableSeconds) warnBeforeSeconds: number | null;
  @ApiProperty() snoozedTimeCounts: boolean;
  @ApiProperty(isoTime) createdAt: string;
}

/** A conversation at risk now (amber or red) on the supervisors' floor. */
export class SlaAtRiskDto {
  @ApiProperty(id) conversationId: number;
  @ApiProperty(id) inboxId: number;
  @ApiProperty() inboxName: string;
  @ApiProperty({ type: String, nullable: true }) contactName: string | null;
  @ApiProperty({ type: String }) status: string;
  @ApiProperty(nullableId) assigneeId: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who holds it' }) assigneeName: string | null;
  @ApiProperty(target) target: SlaTarget;
  @ApiProperty(isoTime) amberAt: string;
  @ApiProperty(isoTime) dueAt: string;
  @ApiProperty({ description: 'Past its due time' }) breached: boolean;
}

/** Share met of the targets decided in the period, for one policy, inbox, team, operator or label. */
export class SlaReportRow {
  @ApiProperty(nullableId) id: number | null;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: 'integer' }) decided: number;
  @ApiProperty({ type: 'integer' }) met: number;
  @ApiProperty({ type: 'number', nullable: true, description: 'met / decided, 0–1; null when nothing was decided' }) share: number | null;
}

export class SlaBreachDto {
  @ApiProperty(id) clockId: number;
  @ApiProperty(id) conversationId: number;
  @ApiProperty(target) target: SlaTarget;
  @ApiProperty(id) policyId: number;
  @ApiProperty({ type: String, nullable: true }) policyName: string | null;
  @ApiProperty(id) inboxId: number;
  @ApiProperty(nullableId) agentId: number | null;
  @ApiProperty({ type: String, nullable: true }) agentName: string | null;
  @ApiProperty(isoTime) dueAt: string;
  @ApiProperty(isoTime) breachedAt: string;
}

export class SlaReportDto {
  @ApiProperty({ type: [SlaReportRow] }) policies: SlaReportRow[];
  @ApiProperty({ type: [SlaReportRow] }) inboxes: SlaReportRow[];
  @ApiProperty({ type: [SlaReportRow] }) teams: SlaReportRow[];
  @ApiProperty({ type: [SlaReportRow] }) operators: SlaReportRow[];
  @ApiProperty({ type: [SlaReportRow] }) labels: SlaReportRow[];
  @ApiProperty({ type: [SlaBreachDto], description: 'The period’s breaches, newest first (at most 200), to review their dialogs' }) breaches: SlaBreachDto[];
}
