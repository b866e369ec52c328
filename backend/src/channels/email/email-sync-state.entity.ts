import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { timestamp } from '../../database/column-types';

/**
 * How far an e-mail inbox's IMAP folder has been imported: UIDs up to
 * `lastUid` under `uidValidity` are stored. Written after each batch is
 * committed, so a restart goes on from here and never imports twice.
 */
@Entity('email_sync_states')
export class EmailSyncState {
  @PrimaryColumn({ type: 'int' }) inboxId: number;

  /** The folder the UIDs belong to: after the admin picks another folder the position means nothing. */
  @Column({ type: 'varchar', length: 255 }) folder: string;

  /** IMAP's UIDVALIDITY (a 32-bit unsigned number) as text. */
  @Column({ type: 'varchar', length: 20 }) uidValidity: string;

  /** UIDs are 32-bit unsigned: more than a signed INT holds. */
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } }) lastUid: number;

  @UpdateDateColumn(timestamp as object) updatedAt: Date;
}
