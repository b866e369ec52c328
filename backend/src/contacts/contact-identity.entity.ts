import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { timestamp } from '../database/column-types';

/** (inbox, the provider's id of the person) → contact. One row per pair, ever. */
@Entity('contact_identities')
@Unique('uq_identity_inbox_external', ['inboxId', 'externalId'])
export class ContactIdentity {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) inboxId: number;

  @Column({ type: 'varchar', length: 191 }) externalId: string;

  @Index() @Column({ type: 'int' }) contactId: number;

  @CreateDateColumn(timestamp as object) createdAt: Date;
}
