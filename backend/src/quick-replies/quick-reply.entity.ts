import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { jsonText, timestamp } from '../database/column-types';

/** A file a quick reply carries: stored once, copied into each message it is inserted into. */
export interface QuickReplyFile {
  storageKey: string;
  fileName: string;
  mimeType: string;
  size: number;
}

export const QUICK_REPLY_SCOPES = ['global', 'team', 'personal'] as const;
export type QuickReplyScope = (typeof QUICK_REPLY_SCOPES)[number];

/** A canned answer operators insert with `/shortcut`; its content may use template variables. */
@Entity('quick_replies')
@Unique('uq_quick_replies_owner_shortcut', ['ownerKey', 'shortcut'])
export class QuickReply {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'varchar', length: 16 }) scope: QuickReplyScope;

  /** The team whose operators see it (scope team). */
  @Column({ type: 'int', nullable: true }) teamId: number | null;

  /** The operator it belongs to (scope personal). */
  @Column({ type: 'int', nullable: true }) agentId: number | null;

  /** `global`, `team:<id>` or `agent:<id>`: a shortcut is unique among the replies one owner keeps. */
  @Column({ type: 'varchar', length: 32 }) ownerKey: string;

  @Column({ type: 'varchar', length: 64 }) shortcut: string;

  @Column({ type: 'varchar', length: 120 }) title: string;

  @Column({ type: 'text' }) content: string;

  /** Shown first to operators writing in this language; null for any. */
  @Column({ type: 'varchar', length: 16, nullable: true }) language: string | null;

  @Column({ type: 'int', default: 0 }) usageCount: number;

  @Column({ ...jsonText, nullable: true }) attachments: QuickReplyFile[] | null;

  @CreateDateColumn(timestamp as object) createdAt: Date;

  @UpdateDateColumn(timestamp as object) updatedAt: Date;
}
