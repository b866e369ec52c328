import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { jsonText, timestamp } from '../database/column-types';

/** One admin action, or any write of an API token: who did what to which row, with the request's fields (secrets redacted). Append-only. */
@Entity('audit_log')
@Index('ix_audit_entity', ['entityType', 'entityId'])
export class AuditEntry {
  @PrimaryGeneratedColumn() id: number;

  /** The agent who acted; null when it was not a person: an API token (named by actorName) or the system (a webhook paused after failing). */
  @Column({ type: 'int', nullable: true }) actorId: number | null;

  /** `API token <name>` for a write made with an API token; null for an agent (named by actorId). */
  @Column({ type: 'varchar', length: 160, nullable: true }) actorName: string | null;

  /** e.g. `agent.update`, `inbox.create`. */
  @Column({ type: 'varchar', length: 64 }) action: string;

  @Column({ type: 'varchar', length: 32 }) entityType: string;

  @Column({ type: 'int', nullable: true }) entityId: number | null;

  @Column({ ...jsonText, nullable: true }) changes: Record<string, unknown> | null;

  @CreateDateColumn(timestamp as object) createdAt: Date;
}
