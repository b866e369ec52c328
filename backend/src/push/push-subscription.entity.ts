import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../database/column-types';

/** One browser of an operator that accepted notifications: where to post, the keys to encrypt for, and what it wants. */
@Entity('push_subscriptions')
@Index('ix_push_subscriptions_agent', ['agentId'])
@Index('ux_push_subscriptions_endpoint', ['endpointHash'], { unique: true })
export class PushSubscription {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) agentId: number;

  /** The push service's URL for this browser (up to 1000 characters; unique through its hash). */
  @Column({ type: 'varchar', length: 1000 }) endpoint: string;

  /** SHA-256 of the endpoint: a unique index that fits MariaDB's key length. */
  @Column({ type: 'varchar', length: 64 }) endpointHash: string;

  /** The browser's public key (P-256, base64url) and its auth secret: the payload is encrypted for them. */
  @Column({ type: 'varchar', length: 200 }) p256dh: string;

  @Column({ type: 'varchar', length: 100 }) auth: string;

  /** The language of the notifications' text: the app's at subscribing. */
  @Column({ type: 'varchar', length: 5 }) locale: string;

  /** JSON list of PushEvent: the operator's choice, the same on each of their browsers. */
  @Column({ type: 'text' }) events: string;

  @CreateDateColumn(timestamp as object) createdAt: Date;
}
