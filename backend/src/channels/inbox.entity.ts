import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ChannelType } from '@inbox/connectors';
import type { InboxAutomation } from '../automation/inbox-automation';
import { jsonText, timestamp } from '../database/column-types';

export const ROUTING_MODES = ['auto', 'offer', 'broadcast', 'manual'] as const;
export type RoutingMode = (typeof ROUTING_MODES)[number];

export interface InboxRouting {
  /** Offer mode: seconds an operator has to accept (default 60). */
  offerTimeoutSeconds?: number;
  /** Seconds a returning customer waits for their full previous operator (default 120). */
  stickyWaitSeconds?: number;
  /** Only operators who speak the conversation's language. */
  requireLanguage?: boolean;
  /** Skills every operator of this inbox needs. */
  requiredSkills?: string[];
  /** Offer or product tags of this inbox: operators must serve one of them or the contact's country. */
  segments?: string[];
  /** Match the contact's country against operators' `country:XX` segments. */
  requireCountry?: boolean;
  /** This inbox's conversations may be offered to operators who are on a phone call (default: no). */
  offerDuringCalls?: boolean;
  /** Voice inboxes: a call takes one of the operator's slots (default: yes). */
  callsTakeSlot?: boolean;
}

/** One connected channel instance: a site widget, a Telegram bot, a mailbox... */
@Entity('inboxes')
export class Inbox {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'varchar', length: 32 }) type: ChannelType;

  @Column({ type: 'varchar', length: 120 }) name: string;

  /** Public identifier for the widget snippet and webhooks; not a secret. */
  @Column({ type: 'varchar', length: 64, unique: true }) publicKey: string;

  /** Channel settings visible to admins (greeting, pre-chat form, colours...). */
  @Column(jsonText) settings: Record<string, unknown> = {};

  /** Provider credentials, encrypted at rest (see SecretBox). */
  @Column({ type: 'text', nullable: true }) secretsEncrypted: string | null;

  @Column({ type: 'int', nullable: true }) teamId: number | null;

  @Column({ type: 'varchar', length: 16, default: 'auto' }) routingMode: RoutingMode;

  /** How the router treats this inbox's conversations (see InboxRouting). */
  @Column(jsonText) routing: InboxRouting = {};

  /** Greetings, business hours, goodbye, auto-close, CSAT (see InboxAutomation). */
  @Column(jsonText) automation: InboxAutomation = {};

  /**
   * False once an admin archives the inbox: its connector is stopped, its
   * webhooks answer 404 and nothing is sent from it; its history stays.
   */
  @Column({ type: 'boolean', default: true }) active: boolean;

  @CreateDateColumn(timestamp as object) createdAt: Date;
}
