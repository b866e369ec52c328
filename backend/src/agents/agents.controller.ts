import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentAgent, Roles } from '../auth/auth.decorators';
import type { Agent } from './agent.entity';
import { CreateAgentDto, TeamNameDto, toAgentDto, UpdateAgentDto, UpdateStatusDto } from './agent.dto';
import { AgentsService } from './agents.service';
import { ApiAnswer } from '../common/api-answer';
import { AgentDto, TeamDto } from './agent.responses';
import { Audited } from '../audit/audited.decorator';

@ApiTags('agents')
@Controller('api')
export class AgentsController {
  constructor(private readonly agents: AgentsService) {}

  @ApiOperation({ summary: 'Set my status (online, away, offline)' })
  @ApiAnswer({ agent: AgentDto })
  @Patch('agents/me/status')
  async setMyStatus(@CurrentAgent() me: Agent, @Body() body: UpdateStatusDto) {
    return { agent: toAgentDto(await this.agents.setStatus(me, body.status)) };
  }

  /**
   * "Log out" in the inbox: the operator goes offline (their conversations
   * return to the queue after the grace, as for a manual Offline). The
   * access token itself is the client's to forget.
   */
  @ApiOperation({ summary: 'Log out: void my access tokens' })
  @ApiAnswer({ agent: AgentDto })
  @Post('auth/logout')
  @HttpCode(200)
  async logout(@CurrentAgent() me: Agent) {
    return { agent: toAgentDto(me.status === 'offline' ? me : await this.agents.setStatus(me, 'offline')) };
  }

  @ApiOperation({ summary: 'List operators' })
  @ApiAnswer({ items: [AgentDto] })
  @Get('agents')
  async list() {
    return { items: (await this.agents.list()).map(toAgentDto) };
  }

  @ApiOperation({ summary: 'Get an operator' })
  @ApiAnswer({ agent: AgentDto })
  @Get('agents/:id')
  async get(@Param('id', ParseIntPipe) id: number) {
    return { agent: toAgentDto(await this.agents.get(id)) };
  }

  @ApiOperation({ summary: 'Create an operator' })
  @ApiConflictResponse({ description: 'The e-mail address has an account already' })
  @ApiAnswer({ agent: AgentDto })
  @Roles('admin')
  @Audited('agent.create', 'agent')
  @Post('agents')
  async create(@Body() body: CreateAgentDto) {
    return { agent: toAgentDto(await this.agents.create(body)) };
  }

  @ApiOperation({ summary: 'Change or deactivate an operator' })
  @ApiConflictResponse({ description: 'The last active admin cannot be deactivated or lose the role' })
  @ApiAnswer({ agent: AgentDto })
  @Roles('admin')
  @Audited('agent.update', 'agent')
  @Patch('agents/:id')
  async update(@Param('id', ParseIntPipe) id: number, @Body() body: UpdateAgentDto) {
    return { agent: toAgentDto(await this.agents.update(id, body)) };
  }

  @ApiOperation({ summary: 'List teams' })
  @ApiAnswer({ items: [TeamDto] })
  @Get('teams')
  async listTeams() {
    return { items: await this.agents.listTeams() };
  }

  @ApiOperation({ summary: 'Create a team' })
  @ApiConflictResponse({ description: 'A team has that name already' })
  @ApiAnswer({ team: TeamDto })
  @Roles('admin')
  @Audited('team.create', 'team')
  @Post('teams')
  async createTeam(@Body() body: TeamNameDto) {
    return { team: await this.agents.createTeam(body.name) };
  }

  @ApiOperation({ summary: 'Rename a team' })
  @ApiConflictResponse({ description: 'A team has that name already' })
  @ApiAnswer({ team: TeamDto })
  @Roles('admin')
  @Audited('team.update', 'team')
  @Patch('teams/:id')
  async renameTeam(@Param('id', ParseIntPipe) id: number, @Body() body: TeamNameDto) {
    return { team: await this.agents.renameTeam(id, body.name) };
  }

  /** 409 naming the inboxes (or team quick replies) that still need the team. */
  @ApiOperation({ summary: 'Delete a team' })
  @ApiConflictResponse({ description: 'Inboxes or quick replies still need the team (named in the message)' })
  @Roles('admin')
  @Audited('team.delete', 'team')
  @Delete('teams/:id')
  @HttpCode(204)
  async deleteTeam(@Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.agents.deleteTeam(id);
  }
}
