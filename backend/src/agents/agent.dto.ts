import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsPositive,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { AGENT_LEVELS, AGENT_ROLES, AGENT_STATUSES, type Agent, type AgentLevel, type AgentRole, type AgentStatus } from './agent.entity';
import type { AgentDto } from './agent.responses';

export function toAgentDto(agent: Agent): AgentDto {
  return {
    id: agent.id,
    email: agent.email,
    name: agent.name,
    role: agent.role,
    status: agent.status,
    maxChats: agent.maxChats,
    openChats: agent.openChats,
    languages: agent.languages,
    segments: agent.segments,
    skills: agent.skills,
    level: agent.level,
    teams: (agent.teams ?? []).map((t) => ({ id: t.id, name: t.name })),
    /** On a phone call of a voice inbox right now. */
    onCall: agent.onCallSince !== null && agent.onCallSince !== undefined,
    /** Since when none of their sockets is open (ISO time), or null: the router gives them nothing new meanwhile. */
    disconnectedAt: agent.disconnectedAt ? new Date(agent.disconnectedAt).toISOString() : null,
    /** False: deactivated by an admin (cannot log in, gets nothing). */
    active: agent.active !== false,
  };
}

export class UpdateStatusDto {
  @ApiProperty({ enum: AGENT_STATUSES }) @IsIn(AGENT_STATUSES) status: AgentStatus;
}

/** What creating and changing an operator share; `name` is not here, since creating needs it and class-validator would keep an inherited @IsOptional. */
class AgentFieldsDto {
  @ApiPropertyOptional({ enum: AGENT_ROLES }) @IsOptional() @IsIn(AGENT_ROLES) role?: AgentRole;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(100) maxChats?: number;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @Matches(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, { each: true, message: 'languages must be language codes like "en" or "pt-BR"' }) languages?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(60, { each: true }) skills?: string[];
  @ApiPropertyOptional({ type: [String], example: ['country:DE', 'offer:premium'] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(60, { each: true }) segments?: string[];
  @ApiPropertyOptional({ enum: AGENT_LEVELS }) @IsOptional() @IsIn(AGENT_LEVELS) level?: AgentLevel;
  @ApiPropertyOptional({ type: [Number] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsInt({ each: true }) @IsPositive({ each: true }) teamIds?: number[];
}

export class CreateAgentDto extends AgentFieldsDto {
  @ApiProperty() @IsEmail() @MaxLength(254) email: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(120) name: string;
  @ApiProperty() @IsString() @MinLength(8) @MaxLength(200) password: string;
}

export class UpdateAgentDto extends AgentFieldsDto {
  @ApiPropertyOptional({ description: 'false deactivates the account (tokens refused, sockets closed, conversations back to the queue); true restores login' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(120) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(8) @MaxLength(200) password?: string;
}

/** A new team's name, or a team's new name. */
export class TeamNameDto {
  @ApiProperty() @IsString() @Matches(/\S/, { message: 'name must not be blank' }) @MaxLength(120) name: string;
}
