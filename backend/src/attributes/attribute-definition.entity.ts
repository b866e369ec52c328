import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { jsonText, timestamp } from '../database/column-types';
import type { AttributeTarget, AttributeType } from './attribute.policy';

/** An admin-defined custom attribute of contacts or of conversations (attribute.policy.ts holds its rules). */
@Entity('attribute_definitions')
@Index('ix_attribute_definitions_target_key', ['target', 'key'], { unique: true })
export class AttributeDefinition {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'varchar', length: 16 }) target: AttributeTarget;

  /** How templates, filters and the API name it (`order_id`); unique per target. */
  @Column({ type: 'varchar', length: 64 }) key: string;

  @Column({ type: 'varchar', length: 100 }) label: string;

  @Column({ type: 'varchar', length: 16 }) type: AttributeType;

  /** The choices of a `list`, in the order shown; null for other types. */
  @Column({ ...jsonText, nullable: true }) options: string[] | null;

  @Column({ type: 'boolean', default: false }) required: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true }) description: string | null;

  @CreateDateColumn(timestamp as object) createdAt: Date;
}
