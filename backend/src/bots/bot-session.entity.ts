import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { jsonText, timestamp } from '../database/column-types';
import type { BotState } from './bot-flow.policy';

/** A conversation a bot holds or held: which bot, which version of its flow, and where it is. */
@Entity('bot_sessions')
export class BotSession {
  @PrimaryColumn({ type: 'int' }) conversationId: number;

  @Column({ type: 'int' }) botId: number;

  /** The flow version the conversation started on; 0 for an external bot. */
  @Column({ type: 'int' }) version: number;

  /** The interpreter's state (flow bots). */
  @Column({ ...jsonText, nullable: true }) state: BotState | null;

  /** The last customer message the bot has taken in: each is taken once, in order. */
  @Column({ type: 'int', default: 0 }) lastMessageId: number;

  /** Raised by every change: a turn is stored only over the revision it was computed from. */
  @Column({ type: 'int', default: 0 }) revision: number;

  /** Set at the handover: the bot no longer speaks. */
  @Column({ ...timestamp, nullable: true }) endedAt: Date | null;

  @CreateDateColumn(timestamp as object) createdAt: Date;

  @UpdateDateColumn(timestamp as object) updatedAt: Date;
}
