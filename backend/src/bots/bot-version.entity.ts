import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { jsonText, timestamp } from '../database/column-types';
import type { BotDefinition } from './bot-definition';

/** One saved definition of a flow bot. Never changed: a save is a new version, and conversations keep theirs. */
@Entity('bot_versions')
@Unique('uq_bot_versions_bot_version', ['botId', 'version'])
export class BotVersion {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) botId: number;

  @Column({ type: 'int' }) version: number;

  @Column(jsonText) definition: BotDefinition;

  /** The admin who saved it. */
  @Column({ type: 'int', nullable: true }) createdBy: number | null;

  @CreateDateColumn(timestamp as object) createdAt: Date;
}
