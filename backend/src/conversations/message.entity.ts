import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { DeliveryStatus, MessageKind } from '@inbox/connectors';
import { jsonText, longText, mysqlOnly, timestamp } from '../database/column-types';

export type MessageDirection = 'in' | 'out';
export type SenderType = 'contact' | 'agent' | 'bot' | 'system';

@Entity('messages')
@Unique('uq_messages_inbox_external', ['inboxId', 'externalId'])
@Index('ix_messages_conversation', ['conversationId', 'id'])
// The last message customers see, in one step whatever the conversation's length (the presenter).
@Index('ix_messages_conversation_public', ['conversationId', 'private', 'id'])
export class Message {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) conversationId: number;

  /** Copied from the conversation so the de-duplication key needs no join. */
  @Column({ type: 'int' }) inboxId: number;

  @Column({ type: 'varchar', length: 3 }) direction: MessageDirection;

  @Column({ type: 'varchar', length: 16 }) senderType: SenderType;

  /** The agent who wrote it, for senderType 'agent'. */
  @Column({ type: 'int', nullable: true }) senderId: number | null;

  @Column({ type: 'varchar', length: 16, default: 'text' }) kind: MessageKind;

  /** Searched by words (GET /api/search): a FULLTEXT index on MySQL, an FTS5 table on SQLite. */
  @mysqlOnly(Index('ix_messages_text_fulltext', { fulltext: true }))
  @Column({ ...longText, nullable: true })
  text: string | null;

  /** Kind-specific data: location, contact card, button payloads... */
  @Column({ ...jsonText, nullable: true }) payload: Record<string, unknown> | null;

  /**
   * The provider's id (inbound) or what the provider returned (outbound).
   * Unique per inbox: a webhook delivered twice stores one message.
   */
  @Column({ type: 'varchar', length: 191, nullable: true }) externalId: string | null;

  @Column({ type: 'varchar', length: 16, default: 'sent' }) status: DeliveryStatus;

  @Column({ type: 'varchar', length: 500, nullable: true }) error: string | null;

  /** Internal notes are never sent to the customer. */
  @Column({ type: 'boolean', default: false }) private: boolean;

  @Column({ type: 'boolean', default: false }) edited: boolean;

  /**
   * The message of the same conversation this one answers (a customer's
   * swipe-to-reply on Telegram or WhatsApp, an operator's reply to one
   * message). Null when it quotes nothing, or something we never stored.
   */
  @Column({ type: 'int', nullable: true }) replyToId: number | null;

  /**
   * An outbound send in progress holds the message until this time, so two
   * jobs for one message (a duplicate, a stalled job picked up again) never
   * both call the provider. Expires by itself if the sender died.
   */
  @Column({ ...timestamp, nullable: true }) deliveryLeaseUntil: Date | null;

  /** The backend process holding the send's lease (ProcessRegistry id): if it dies, the others take the send back. */
  @Index('ix_messages_delivery_owner')
  @Column({ type: 'varchar', length: 64, nullable: true })
  deliveryOwner: string | null;

  /**
   * When the provider call of the send in progress started: a send whose
   * process died after this may have reached the customer, so it is not
   * made again blindly (delivery-send.job.ts).
   */
  @Column({ ...timestamp, nullable: true }) sendingSince: Date | null;

  @CreateDateColumn(timestamp as object) createdAt: Date;
}
