import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { timestamp } from '../database/column-types';

/**
 * Wrong passwords in a row for one e-mail address, whether or not an
 * account has it: an unknown address locks the same way as a known one,
 * so the answers never tell which addresses have accounts.
 */
@Entity('login_failures')
export class LoginFailure {
  /** As typed at login, trimmed and lowercased. */
  @PrimaryColumn({ type: 'varchar', length: 254 }) email: string;

  @Column({ type: 'int', default: 0 }) failedLogins: number;

  @Column({ ...timestamp, nullable: true }) lockedUntil: Date | null;

  /** Rows untouched for a day are swept away on later failures. */
  @Index() @Column({ ...timestamp }) updatedAt: Date;
}
