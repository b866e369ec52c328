import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { jsonText, timestamp } from '../database/column-types';
import type { ApiTokenScope } from './api-token.policy';

/**
 * An integration's access to the REST API. The secret is shown once, at
 * creation; only its SHA-256 is kept. Deleting the row revokes it: every
 * request looks the hash up afresh, so no process accepts it afterwards.
 */
@Entity('api_tokens')
export class ApiToken {
  @PrimaryGeneratedColumn() id: number;

  /** Names the token in the list and in the audit log ("API token <name>"): unique, so that entry is unambiguous. */
  @Column({ type: 'varchar', length: 120, unique: true }) name: string;

  @Column({ type: 'varchar', length: 64, unique: true }) secretHash: string;

  /** The first characters of the secret (`inb_ab12`), so people can tell their tokens apart. */
  @Column({ type: 'varchar', length: 16 }) secretStart: string;

  @Column(jsonText) scopes: ApiTokenScope[] = [];

  /** Empty: every inbox. Otherwise the token acts as an operator of these teams. */
  @Column(jsonText) teamIds: number[] = [];

  @Column({ ...timestamp, nullable: true }) expiresAt: Date | null;

  /** Updated at most once a minute per token (a throttle shared through Redis), not on every request. */
  @Column({ ...timestamp, nullable: true }) lastUsedAt: Date | null;

  /** The admin who created it. */
  @Column({ type: 'int' }) createdById: number;

  @CreateDateColumn(timestamp as object) createdAt: Date;
}
