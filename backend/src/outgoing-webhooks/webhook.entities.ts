import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { jsonText, longText, timestamp } from '../database/column-types';
import type { WebhookEvent } from './webhook-events';

/** An integration's subscription: where to send which events, signed with its secret. */
@Entity('webhook_subscriptions')
export class WebhookSubscription {
  @PrimaryGeneratedColumn() id: number;

  /** http(s), to a public address (public-address.policy.ts) unless WEBHOOKS_ALLOW_PRIVATE. */
  @Column({ type: 'varchar', length: 2000 }) url: string;

  @Column(jsonText) events: WebhookEvent[] = [];

  /** message.created also for operators' private notes and supervisors' whispers. */
  @Column({ type: 'boolean', default: false }) includePrivateNotes: boolean;

  /** The signing secret, sealed with SecretBox: the admin sees it once, at creation or rotation. */
  @Column({ type: 'varchar', length: 255 }) secret: string;

  /** false: paused, by an admin or after too many failed tries in a row; deliveries wait. */
  @Column({ type: 'boolean', default: true }) active: boolean;

  /** Why it was paused automatically; null when an admin paused it or it is active. */
  @Column({ type: 'varchar', length: 255, nullable: true }) pausedReason: string | null;

  /** Failed tries since the last success, across its deliveries. */
  @Column({ type: 'int', default: 0 }) consecutiveFailures: number;

  @Column({ type: 'int' }) createdById: number;

  @CreateDateColumn(timestamp as object) createdAt: Date;

  @UpdateDateColumn(timestamp as object) updatedAt: Date;
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One event for one subscription, tried until it is answered 2xx or its tries run out. */
@Entity('webhook_deliveries')
@Index('ix_webhook_deliveries_lane', ['subscriptionId', 'lane', 'status'])
export class WebhookDelivery {
  /** Also the payload's `id` and `X-Inbox-Delivery`: the same on every try. */
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) subscriptionId: number;

  @Column({ type: 'varchar', length: 40 }) event: string;

  /** Deliveries of one lane go out in id order (webhook-events.ts, laneOf). */
  @Column({ type: 'varchar', length: 64 }) lane: string;

  @Column({ ...longText }) data: string;

  @Column(timestamp) occurredAt: Date;

  @Column({ type: 'varchar', length: 16 }) status: WebhookDeliveryStatus;

  /** Automatic tries made (manual redeliveries not counted). */
  @Column({ type: 'int', default: 0 }) attempts: number;

  /** The automatic try to make next: not before this. */
  @Column({ ...timestamp, nullable: true }) nextAttemptAt: Date | null;

  @CreateDateColumn(timestamp as object) createdAt: Date;
}

/** One try of a delivery: what the subscription's log shows (its newest 100 are kept). */
@Entity('webhook_attempts')
@Index('ix_webhook_attempts_subscription', ['subscriptionId', 'id'])
export class WebhookAttempt {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) subscriptionId: number;

  @Column({ type: 'int' }) deliveryId: number;

  @Column({ type: 'varchar', length: 40 }) event: string;

  /** An admin's "redeliver" or "send test event", not the automatic schedule. */
  @Column({ type: 'boolean', default: false }) manual: boolean;

  /** The receiver's HTTP status; null when none came (refused address, timeout, connection error). */
  @Column({ type: 'int', nullable: true }) statusCode: number | null;

  @Column({ type: 'boolean', default: false }) ok: boolean;

  /** Why it failed without an answer. */
  @Column({ type: 'varchar', length: 500, nullable: true }) error: string | null;

  @Column({ type: 'int' }) latencyMs: number;

  /** The start of the receiver's answer. */
  @Column({ type: 'varchar', length: 500, nullable: true }) responseSnippet: string | null;

  @CreateDateColumn(timestamp as object) createdAt: Date;
}
