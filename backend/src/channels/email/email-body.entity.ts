import { Column, Entity, PrimaryColumn } from 'typeorm';
import { longText } from '../../database/column-types';

/**
 * The whole of an inbound e-mail, one click away from the folded view: the
 * message row keeps the visible reply (and a short quote for folding); a
 * mail's HTML and long quoted history do not fit in its JSON payload on MySQL.
 */
@Entity('email_bodies')
export class EmailBody {
  @PrimaryColumn({ type: 'int' }) messageId: number;

  /** Sanitized when the mail was parsed; inline images already point at our stored files. */
  @Column({ ...longText, nullable: true }) html: string | null;

  /** The full plain-text body, quotes and signature included. */
  @Column({ ...longText, nullable: true }) text: string | null;
}
