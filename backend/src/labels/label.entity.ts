import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../database/column-types';

/** An admin-managed label operators and bots put on conversations (billing, complaint, VIP…). */
@Entity('labels')
export class Label {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'varchar', length: 64 }) name: string;

  /**
   * The name as uniqueness sees it (`labelNameKey`): names differ only in
   * case are one name on both databases, whatever their collation says.
   */
  @Column({ type: 'varchar', length: 64, unique: true }) nameKey: string;

  /** `#rrggbb`, lowercase. */
  @Column({ type: 'varchar', length: 7 }) color: string;

  @Column({ type: 'varchar', length: 500, nullable: true }) description: string | null;

  @CreateDateColumn(timestamp as object) createdAt: Date;
}

/** A label on a conversation: at most once each (the primary key). */
@Entity('conversation_labels')
@Index('ix_conversation_labels_label', ['labelId', 'conversationId'])
export class ConversationLabel {
  @PrimaryColumn({ type: 'int' }) conversationId: number;

  @PrimaryColumn({ type: 'int' }) labelId: number;
}
