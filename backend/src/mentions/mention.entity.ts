import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../database/column-types';

/** An operator named with `@` in a private note: their notification, and for a while their way into the conversation (mention.policy.ts). */
@Entity('mentions')
@Index('ix_mentions_agent_read', ['agentId', 'readAt'])
@Index('ix_mentions_conversation_agent', ['conversationId', 'agentId'])
export class Mention {
  @PrimaryGeneratedColumn() id: number;

  /** The operator mentioned. */
  @Column({ type: 'int' }) agentId: number;

  @Column({ type: 'int' }) conversationId: number;

  /** The note that mentions them. */
  @Column({ type: 'int' }) messageId: number;

  /** Who wrote the note. */
  @Column({ type: 'int' }) authorId: number;

  @CreateDateColumn(timestamp as object) createdAt: Date;

  @Column({ ...timestamp, nullable: true }) readAt: Date | null;
}
