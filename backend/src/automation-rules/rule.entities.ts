import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { jsonText, timestamp } from '../database/column-types';
import type { RuleAction } from './rule-actions';
import type { RuleConditions } from './rule-conditions.policy';
import type { RuleEvent } from './rule-events';

/** An automation rule as it is now (docs/automation.md, Rules); every version of it is kept in `automation_rule_versions`. */
@Entity('automation_rules')
@Index('ix_automation_rules_event', ['event', 'position'])
export class AutomationRule {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ type: 'varchar', length: 32 }) event: RuleEvent;
  /** Rules of one event run in this order (then by id). */
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** When it matched, the rules after it do not run for the event. */
  @Column({ type: 'boolean', default: false }) stopsOthers: boolean;
  @Column(jsonText) conditions: RuleConditions;
  @Column(jsonText) actions: RuleAction[];
  /** 1 when created, one more at every change. */
  @Column({ type: 'int' }) version: number;
  @CreateDateColumn(timestamp as object) createdAt: Date;
  @UpdateDateColumn(timestamp as object) updatedAt: Date;
}

/** One version of a rule, as saved; never changed. Deleting a rule keeps its versions. */
@Entity('automation_rule_versions')
@Index('ux_automation_rule_versions', ['ruleId', 'version'], { unique: true })
export class AutomationRuleVersion {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) ruleId: number;
  @Column({ type: 'int' }) version: number;
  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ type: 'varchar', length: 32 }) event: RuleEvent;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'boolean' }) active: boolean;
  @Column({ type: 'boolean' }) stopsOthers: boolean;
  @Column(jsonText) conditions: RuleConditions;
  @Column(jsonText) actions: RuleAction[];
  /** The admin who saved it. */
  @Column({ type: 'int', nullable: true }) savedBy: number | null;
  @CreateDateColumn(timestamp as object) createdAt: Date;
}
