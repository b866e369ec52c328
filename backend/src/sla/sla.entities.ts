import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { timestamp } from '../database/column-types';

export const SLA_TARGETS = ['first_response', 'next_response', 'resolution'] as const;
export type SlaTarget = (typeof SLA_TARGETS)[number];

/** An admin's service-level policy (docs/sla.md): its targets, where it applies (sla-match.policy.ts) and how it counts. */
@Entity('sla_policies')
export class SlaPolicy {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'varchar', length: 100 }) name: string;

  @Column({ type: 'boolean', default: true }) active: boolean;

  /** Where it applies; null: any. */
  @Column({ type: 'int', nullable: true }) inboxId: number | null;

  @Column({ type: 'varchar', length: 32, nullable: true }) channel: string | null;

  /** A priority's rank (priority.policy.ts). */
  @Column({ type: 'int', nullable: true }) priority: number | null;

  @Column({ type: 'int', nullable: true }) labelId: number | null;

  /** Targets in seconds of counted time; null: not measured. */
  @Column({ type: 'int', nullable: true }) firstResponseSeconds: number | null;

  @Column({ type: 'int', nullable: true }) nextResponseSeconds: number | null;

  @Column({ type: 'int', nullable: true }) resolutionSeconds: number | null;

  /** Count only the inbox's business hours (around the clock when the inbox has none). */
  @Column({ type: 'boolean', default: false }) businessHours: boolean;

  /** The share of a target, in percent, after which the badge turns amber. */
  @Column({ type: 'int', default: 75 }) amberPercent: number;

  /** Warn this long before a breach; null: warn when the badge turns amber. */
  @Column({ type: 'int', nullable: true }) warnBeforeSeconds: number | null;

  /** Whether time spent snoozed counts towards the targets. */
  @Column({ type: 'boolean', default: false }) snoozedTimeCounts: boolean;

  @CreateDateColumn(timestamp as object) createdAt: Date;

  @UpdateDateColumn(timestamp as object) updatedAt: Date;
}

/**
 * One target measured on one conversation: from the moment it started
 * (the opening, or a customer's message after an operator's answer) until
 * it was met, breached, or stopped without a verdict (the policy no longer
 * applies, the conversation closed unanswered). Open clocks are the live
 * due times; decided ones are the report's rows.
 */
@Entity('sla_clocks')
@Index('ix_sla_clocks_conversation', ['conversationId'])
// The report reads only this index: a range of decidedAt, with every column it filters and counts by.
@Index('ix_sla_clocks_decided', ['decidedAt', 'target', 'policyId', 'inboxId', 'teamId', 'agentId', 'met', 'conversationId'])
@Index('ix_sla_clocks_breached', ['breachedAt'])
export class SlaClock {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) conversationId: number;

  @Column({ type: 'int' }) policyId: number;

  @Column({ type: 'varchar', length: 16 }) target: SlaTarget;

  /** `conversationId:target` while it runs, NULL once stopped: at most one running clock per target. */
  @Column({ type: 'varchar', length: 48, nullable: true, unique: true }) openKey: string | null;

  @Column(timestamp) startedAt: Date;

  /** The instants of sla-time.policy.ts; null when the schedule never opens again. */
  @Column({ ...timestamp, nullable: true }) amberAt: Date | null;

  @Column({ ...timestamp, nullable: true }) warnAt: Date | null;

  @Column({ ...timestamp, nullable: true }) dueAt: Date | null;

  /** Snoozed under a policy whose snoozed time does not count. */
  @Column({ ...timestamp, nullable: true }) pausedAt: Date | null;

  @Column({ ...timestamp, nullable: true }) warnedAt: Date | null;

  @Column({ ...timestamp, nullable: true }) breachedAt: Date | null;

  @Column({ ...timestamp, nullable: true }) stoppedAt: Date | null;

  /** The verdict, null until there is one: met in time, or not (breached). */
  @Column({ type: 'boolean', nullable: true }) met: boolean | null;

  @Column({ ...timestamp, nullable: true }) decidedAt: Date | null;

  /** Where the conversation was when the verdict came: the report's breakdowns. */
  @Column({ type: 'int' }) inboxId: number;

  @Column({ type: 'int', nullable: true }) teamId: number | null;

  @Column({ type: 'int', nullable: true }) agentId: number | null;
}
