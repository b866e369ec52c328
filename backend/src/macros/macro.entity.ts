import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { jsonText, timestamp } from '../database/column-types';
import type { MacroAction } from './macro-actions';
import type { MacroScope } from './macro.policy';

/** A named list of actions an operator runs on a conversation with one command (docs/operators.md, Macros). */
@Entity('macros')
@Index('ix_macros_scope', ['scope', 'teamId', 'ownerId'])
export class Macro {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'varchar', length: 120 }) name: string;

  @Column({ type: 'varchar', length: 16 }) scope: MacroScope;

  /** Scope team: the team whose members run it and whose supervisors keep it. */
  @Column({ type: 'int', nullable: true }) teamId: number | null;

  /** Scope personal: the operator it belongs to. */
  @Column({ type: 'int', nullable: true }) ownerId: number | null;

  /** In order; checked with macroActionsProblem when saved. */
  @Column(jsonText) actions: MacroAction[];

  @CreateDateColumn(timestamp as object) createdAt: Date;

  @UpdateDateColumn(timestamp as object) updatedAt: Date;
}
