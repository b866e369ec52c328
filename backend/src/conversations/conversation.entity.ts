import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AttributeValue } from '../attributes/attribute.policy';
import { jsonText, timestamp } from '../database/column-types';

/**
 * `snoozed`: put aside by its operator (docs/routing.md, Snooze). It keeps
 * `assigneeId` (whom it goes back to when it wakes) but holds no slot.
 */
export const CONVERSATION_STATUSES = ['bot', 'queued', 'assigned', 'snoozed', 'closed'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

@Entity('conversations')
@Index('ix_conversations_status_inbox', ['status', 'inboxId'])
@Index('ix_conversations_queue', ['status', 'priority', 'queuedAt'])
@Index('ix_conversations_assignee_status', ['assigneeId', 'status'])
@Index('ix_conversations_contact', ['contactId', 'createdAt'])
@Index('ix_conversations_identity', ['identityId'])
@Index('ix_conversations_sla_due', ['slaDueAt'])
export class Conversation {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) inboxId: number;

  @Column({ type: 'int' }) contactId: number;

  /**
   * The channel identity the customer opened it through (a widget visitor, a
   * chat, a number). After two contacts are merged one contact may have two
   * visitors in one widget inbox, and each visitor's widget shows only what
   * was opened through their own identity. Null for conversations no single
   * identity could be credited with when this was first recorded.
   */
  @Column({ type: 'int', nullable: true }) identityId: number | null;

  @Column({ type: 'varchar', length: 16 }) status: ConversationStatus;

  @Column({ type: 'int', nullable: true }) assigneeId: number | null;

  /**
   * While assigned, it takes one of the assignee's slots (`agents.openChats`).
   * Set when it is assigned, so giving the slot back matches taking it even
   * if the inbox's rule changed meanwhile: only calls of a voice inbox with
   * `routing.callsTakeSlot: false` take none.
   */
  @Column({ type: 'boolean', default: true }) holdsSlot: boolean;

  @Column({ type: 'int', nullable: true }) teamId: number | null;

  /** The rank of its priority (`priority.policy.ts`): urgent 2, high 1, normal 0, low -1; higher is served first. */
  @Column({ type: 'int', default: 0 }) priority: number;

  @Column({ type: 'varchar', length: 16, nullable: true }) language: string | null;

  /** VIP customers and escalations never go to novices. */
  @Column({ type: 'boolean', default: false }) vip: boolean;

  @Column({ type: 'boolean', default: false }) escalated: boolean;

  /** Custom attributes (attribute definitions of target `conversation`, and whatever a bot set); null until one is set. */
  @Column({ ...jsonText, nullable: true }) attributes: Record<string, AttributeValue> | null;

  /** Skills an operator needs for this conversation (set by bots or rules). */
  @Column({ ...jsonText, nullable: true }) requiredSkills: string[] | null;

  /** When it entered the queue (again): the queue is served oldest first. */
  @Column({ ...timestamp, nullable: true }) queuedAt: Date | null;

  /** Offer mode: the operator it is offered to, until `offerExpiresAt`. */
  @Column({ type: 'int', nullable: true }) offeredTo: number | null;

  @Column({ ...timestamp, nullable: true }) offerExpiresAt: Date | null;

  /** Operators who let an offer expire or declined it: not offered again. */
  @Column({ ...jsonText, nullable: true }) declinedBy: number[] | null;

  /** Sticky agent who is full: the conversation waits for them until `stickyUntil`. */
  @Column({ type: 'int', nullable: true }) stickyAgentId: number | null;

  @Column({ ...timestamp, nullable: true }) stickyUntil: Date | null;

  /** Snoozed: when it wakes by itself; null while it waits for the customer's next message only. */
  @Column({ ...timestamp, nullable: true }) snoozedUntil: Date | null;

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

  /** When the satisfaction survey went out; set once, so a conversation is surveyed at most once. */
  @Column({ ...timestamp, nullable: true }) csatRequestedAt: Date | null;

  @Column({ type: 'int', nullable: true }) csatScore: number | null;

  @Column({ type: 'text', nullable: true }) csatComment: string | null;

  /**
   * The SLA target due soonest among its running ones (sla/sla.service.ts
   * keeps these from its `sla_clocks`), on the row so lists show and sort
   * by it without another query; null when no target runs (or all paused).
   */
  @Column({ type: 'varchar', length: 16, nullable: true }) slaTarget: string | null;

  @Column({ ...timestamp, nullable: true }) slaAmberAt: Date | null;

  @Column({ ...timestamp, nullable: true }) slaDueAt: Date | null;
}
