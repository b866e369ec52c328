import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { jsonText, timestamp } from '../database/column-types';

/** A person, whatever channels they write from. */
@Entity('contacts')
export class Contact {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'varchar', length: 200, nullable: true }) name: string | null;

  @Index() @Column({ type: 'varchar', length: 254, nullable: true }) email: string | null;

  /** E.164 when known, so the same phone on two channels can be merged. */
  @Index() @Column({ type: 'varchar', length: 32, nullable: true }) phone: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true }) language: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true }) country: string | null;

  @Column(jsonText) attributes: Record<string, unknown> = {};

  /**
   * Set once the contact was merged into another: its conversations and
   * identities moved there. The row stays so that a message resolved to it
   * just before the merge, or an old link, still finds the person.
   */
  @Column({ type: 'int', nullable: true }) mergedIntoId: number | null;

  /** Marked as spam (an automation rule's mark-spam): when. Null for everyone else. */
  @Column({ ...timestamp, nullable: true }) blockedAt: Date | null;

  @CreateDateColumn(timestamp as object) createdAt: Date;

  @UpdateDateColumn(timestamp as object) updatedAt: Date;
}
