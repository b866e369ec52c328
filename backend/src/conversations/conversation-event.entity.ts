import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { jsonText, timestamp } from '../database/column-types';

export type ConversationEventType =
  | 'created'
  | 'queued'
  | 'offered'
  | 'offer_expired'
  | 'assigned'
  | 'transferred'
  | 'requeued'
  | 'first_reply'
  | 'closed'
  | 'reopened'
  | 'csat'
  | 'abandoned'
  /** A label was put on it (`data.labelId`, `data.name`): by an operator, or a bot (no actor). */
  | 'labelled'
  /** A label was taken off; `data.reason: 'label-deleted'` when an admin deleted the label. */
  | 'unlabelled'
  /** An operator or supervisor changed its priority (`data.from`, `data.to`: the names). */
  | 'prioritised'
  /** Its holder (`agentId`) put it aside: `data.mode`, `data.until` (ISO, or null for "until the customer writes"); freed their slot. */
  | 'snoozed'
  /** A snoozed conversation woke: `data.reason` (`time`, `customer`, `operator`: unsnoozed by hand), `data.to` (`operator`: back to `agentId`; `queue`). */
  | 'woke'
  /** An operator (`actorId`) did one action through a macro: `data.macroId`, `data.macro` (its name then), `data.step`, `data.action` (its type). The action's own event, if it has one, comes just before. */
  | 'macro_action'
  /** An automation rule did one action (no actor): `data.ruleId`, `data.rule` (its name then), `data.version`, `data.event`, `data.step`, `data.action` (its type), `data.error` when it failed. The action's own event, if it has one, comes just before. */
  | 'rule_action'
  /** An SLA target passed its due time unmet (sla/sla.service.ts): `data.target`, `data.policyId`, `data.dueAt`; `agentId` held it then. */
  | 'sla.breached';

/** Append-only: reports read it, nothing rewrites it. */
@Entity('conversation_events')
@Index('ix_events_conversation', ['conversationId', 'id'])
@Index('ix_events_type_time', ['type', 'createdAt'])
export class ConversationEvent {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) conversationId: number;

  @Column({ type: 'varchar', length: 32 }) type: ConversationEventType;

  /** The operator the event is about (assignee, transfer target...). */
  @Column({ type: 'int', nullable: true }) agentId: number | null;

  /** Who caused it: an agent id, or null for the system. */
  @Column({ type: 'int', nullable: true }) actorId: number | null;

  @Column({ ...jsonText, nullable: true }) data: Record<string, string | number | boolean | null> | null;

  @CreateDateColumn(timestamp as object) createdAt: Date;
}
