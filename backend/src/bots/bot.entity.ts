import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { jsonText, timestamp } from '../database/column-types';

export const BOT_KINDS = ['flow', 'external'] as const;
export type BotKind = (typeof BOT_KINDS)[number];

/**
 * An inbox's bot: it holds the inbox's new conversations (status `bot`)
 * until it hands over. A flow bot runs its versioned definition; an
 * external bot is a webhook that answers through the bot API.
 */
@Entity('bots')
export class Bot {
  @PrimaryGeneratedColumn() id: number;

  /** One bot per inbox. */
  @Column({ type: 'int', unique: true }) inboxId: number;

  @Column({ type: 'varchar', length: 120 }) name: string;

  @Column({ type: 'varchar', length: 16 }) kind: BotKind;

  /** Off: new conversations go straight to the queue, and those the bot holds are handed over. */
  @Column({ type: 'boolean', default: true }) enabled: boolean;

  /** A flow bot's newest definition version (BotVersion.version); new conversations start on it. */
  @Column({ type: 'int', default: 0 }) version: number;

  /** Hosts a flow bot's HTTP steps may call (`api.example.com`, `orders.example.com:8443`). */
  @Column(jsonText) allowedHosts: string[] = [];

  /** External bots: where their inbox's `bot` conversations are posted. */
  @Column({ type: 'varchar', length: 2000, nullable: true }) webhookUrl: string | null;

  /** External bots: the HMAC key the webhook requests are signed with, encrypted at rest (SecretBox). */
  @Column({ type: 'text', nullable: true }) webhookSecretEncrypted: string | null;

  /** External bots: SHA-256 of the bearer token they call the bot API with; the token itself is shown once. */
  @Column({ type: 'varchar', length: 64, nullable: true, unique: true }) tokenHash: string | null;

  @CreateDateColumn(timestamp as object) createdAt: Date;

  @UpdateDateColumn(timestamp as object) updatedAt: Date;
}
