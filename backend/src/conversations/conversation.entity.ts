import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { timestamp } from '../database/column-types';

export const CONVERSATION_STATUSES = ['bot', 'queued', 'assigned', 'closed'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

@Entity('conversations')
@Index('ix_conversations_status_inbox', ['status', 'inboxId'])
@Index('ix_conversations_assignee_status', ['assigneeId', 'status'])
@Index('ix_conversations_contact', ['contactId', 'createdAt'])
export class Conversation {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) inboxId: number;

  @Column({ type: 'int' }) contactId: number;

  @Column({ type: 'varchar', length: 16 }) status: ConversationStatus;

  @Column({ type: 'int', nullable: true }) assigneeId: number | null;

  @Column({ type: 'int', nullable: true }) teamId: number | null;

  /** Higher is served first. */
  @Column({ type: 'int', default: 0 }) priority: number;

  @Column({ type: 'varchar', length: 16, nullable: true }) language: string | null;

  /**
   * `inboxId:contactId` while the conversation is open, NULL once closed.
   * Its unique index is what makes "at most one open conversation per
   * contact and inbox" hold when two messages arrive at the same instant;
   * both databases allow many NULLs under a unique index.
   */
  @Column({ type: 'varchar', length: 64, nullable: true, unique: true }) openKey: string | null;

  @CreateDateColumn(timestamp as object) createdAt: Date;

  @UpdateDateColumn(timestamp as object) updatedAt: Date;

  @Column({ ...timestamp, nullable: true }) lastMessageAt: Date | null;

  @Column({ ...timestamp, nullable: true }) firstAssignedAt: Date | null;

  @Column({ ...timestamp, nullable: true }) firstAgentReplyAt: Date | null;

  @Column({ ...timestamp, nullable: true }) closedAt: Date | null;

  @Column({ type: 'int', nullable: true }) csatScore: number | null;

  @Column({ type: 'text', nullable: true }) csatComment: string | null;
}
