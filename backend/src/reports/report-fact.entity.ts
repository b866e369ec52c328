import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

const epochMs = { type: 'bigint' as const, nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | number | null) => (v === null ? null : Number(v)) } };

/**
 * One row per conversation, folded from its events (`foldConversation`): a
 * cache of the event log that the reports read instead of the log itself,
 * rebuilt from the log whenever its events change. Times are epoch
 * milliseconds, so both databases read them without date parsing.
 */
@Entity('report_conversation_facts')
@Index('ix_report_facts_created', ['createdAt'])
@Index('ix_report_facts_agent_created', ['agentId', 'createdAt'])
@Index('ix_report_facts_inbox_created', ['inboxId', 'createdAt'])
export class ReportFact {
  @PrimaryColumn({ type: 'int' }) conversationId: number;

  @Column({ type: 'int' }) inboxId: number;

  @Column({ type: 'varchar', length: 32 }) channel: string;

  @Column({ type: 'int', nullable: true }) teamId: number | null;

  @Column({ type: 'int', nullable: true }) agentId: number | null;

  @Column({ ...epochMs, nullable: false }) createdAt: number;

  @Column(epochMs) waitStartAt: number | null;

  @Column(epochMs) firstAssignedAt: number | null;

  @Column(epochMs) firstReplyAt: number | null;

  @Column(epochMs) closedAt: number | null;

  @Column({ type: 'boolean', default: false }) abandoned: boolean;

  @Column({ type: 'int', default: 0 }) transfers: number;

  @Column({ type: 'int', nullable: true }) csatScore: number | null;
}

/** How far the facts have folded the event log: every event up to `lastEventId` is in them. */
@Entity('report_rollup_state')
export class ReportRollupState {
  @PrimaryColumn({ type: 'varchar', length: 32 }) name: string;

  @Column({ type: 'int', default: 0 }) lastEventId: number;
}

/** An inbox's service-level goal: `targetPercent` % answered within `thresholdSeconds`. */
@Entity('service_level_targets')
export class ServiceLevelTargetRow {
  @PrimaryColumn({ type: 'int' }) inboxId: number;

  @Column({ type: 'int' }) thresholdSeconds: number;

  @Column({ type: 'int' }) targetPercent: number;
}
