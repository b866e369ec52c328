import { Column, CreateDateColumn, Entity, Index, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';
import { jsonText, timestamp } from '../database/column-types';
import { Team } from './team.entity';

export const AGENT_ROLES = ['agent', 'supervisor', 'admin'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

/** Supervisors and admins watch and steer every conversation. */
export const isSupervisor = (agent: { role: AgentRole }): boolean => agent.role === 'supervisor' || agent.role === 'admin';
export const AGENT_STATUSES = ['online', 'away', 'offline'] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];
export const AGENT_LEVELS = ['novice', 'regular', 'senior'] as const;
export type AgentLevel = (typeof AGENT_LEVELS)[number];

/** An operator, supervisor or admin: everyone who logs in to the inbox. */
@Entity('agents')
@Index('ix_agents_status_load', ['status', 'openChats', 'lastAssignedAt'])
export class Agent {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'varchar', length: 254, unique: true }) email: string;

  @Column({ type: 'varchar', length: 120 }) name: string;

  @Column({ type: 'varchar', length: 255 }) passwordHash: string;

  @Column({ type: 'varchar', length: 16, default: 'agent' }) role: AgentRole;

  @Column({ type: 'varchar', length: 16, default: 'offline' }) status: AgentStatus;

  /** Most open conversations this operator may hold at once. */
  @Column({ type: 'int', default: 5 }) maxChats: number;

  /**
   * Open conversations held now. Changed only in the same transaction as
   * the conversation, by conditional updates (`openChats < maxChats`): this
   * column is how the database itself enforces the limit.
   */
  @Column({ type: 'int', default: 0 }) openChats: number;

  @Column(jsonText) languages: string[] = [];

  @Column(jsonText) skills: string[] = [];

  /** Segments served, e.g. `country:DE` or `offer:premium`. */
  @Column(jsonText) segments: string[] = [];

  @Column({ type: 'varchar', length: 16, default: 'regular' }) level: AgentLevel;

  /**
   * False once an admin deactivated the account (someone left): no login,
   * no token, no conversation; history, reviews and report rows stay, named.
   */
  @Column({ type: 'boolean', default: true }) active: boolean;

  /** Bumped on password or role change: older access tokens stop working. */
  @Column({ type: 'int', default: 0 }) tokenVersion: number;


  @Column({ ...timestamp, nullable: true }) statusChangedAt: Date | null;

  /**
   * Since when none of the operator's `/agents` sockets is open on any
   * process (null: connected, or never connected, as an API client).
   * The router gives such an operator nothing new; after the grace their
   * conversations go back to the queue (docs/routing.md, Presence).
   */
  @Column({ ...timestamp, nullable: true }) disconnectedAt: Date | null;

  @Column({ ...timestamp, nullable: true }) lastAssignedAt: Date | null;

  /** Talking on a phone call since then (voice inboxes); the router keeps chats and other calls away meanwhile. */
  @Column({ ...timestamp, nullable: true }) onCallSince: Date | null;

  @CreateDateColumn(timestamp as object) createdAt: Date;

  @ManyToMany(() => Team)
  @JoinTable({ name: 'agent_teams', joinColumn: { name: 'agentId' }, inverseJoinColumn: { name: 'teamId' } })
  teams: Team[];
}
