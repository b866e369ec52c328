/** Operators and teams as REST and the /agents socket send them (toAgentDto builds an AgentDto). */
import { ApiProperty } from '@nestjs/swagger';
import { AGENT_LEVELS, AGENT_ROLES, AGENT_STATUSES, type AgentLevel, type AgentRole, type AgentStatus } from './agent.entity';

export class TeamDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty() name: string;
}

export class AgentDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: AGENT_ROLES, enumName: 'AgentRole' }) role: AgentRole;
  @ApiProperty({ enum: AGENT_STATUSES, enumName: 'AgentStatus' }) status: AgentStatus;
  @ApiProperty({ type: 'integer', description: 'Conversations at once the router gives them at most' }) maxChats: number;
  @ApiProperty({ type: 'integer', description: 'Conversations that take one of their slots now' }) openChats: number;
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiProperty({ type: [String] }) segments: string[];
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ enum: AGENT_LEVELS, enumName: 'AgentLevel' }) level: AgentLevel;
  @ApiProperty({ type: [TeamDto] }) teams: TeamDto[];
  @ApiProperty({ description: 'On a phone call of a voice inbox right now' }) onCall: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Since when none of their sockets is open: the router gives them nothing new meanwhile' })
  disconnectedAt: string | null;
  @ApiProperty({ description: 'false: deactivated by an admin (cannot log in, gets nothing)' }) active: boolean;
}
