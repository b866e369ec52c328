import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../database/column-types';

/** A stored file. Uploaded first, then linked to the message that carries it. */
@Entity('attachments')
export class Attachment {
  @PrimaryGeneratedColumn() id: number;

  @Index() @Column({ type: 'int', nullable: true }) messageId: number | null;

  @Column({ type: 'int' }) inboxId: number;

  /** Who uploaded it before it was sent: `contact:<id>`, `visitor:<id>` or `agent:<id>`. */
  @Column({ type: 'varchar', length: 80 }) uploadedBy: string;

  /** Random name in storage; also the unguessable part of its URL. */
  @Column({ type: 'varchar', length: 64, unique: true }) storageKey: string;

  @Column({ type: 'varchar', length: 255 }) fileName: string;

  @Column({ type: 'varchar', length: 127 }) mimeType: string;

  @Column({ type: 'int' }) size: number;

  @CreateDateColumn(timestamp as object) createdAt: Date;
}
