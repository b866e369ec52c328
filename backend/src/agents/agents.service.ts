import { ConflictException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { DataSource, In, Not } from 'typeorm';
import { generatePassword, hashPassword } from '../auth/password';
import { isUniqueViolation } from '../common/database-errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MembershipRooms } from '../realtime/membership-rooms.service';
import { RealtimeService } from '../realtime/realtime.service';
import { DomainEventBus } from '../common/domain-events';
import { Agent, type AgentStatus } from './agent.entity';
import { toAgentDto, type CreateAgentDto, type UpdateAgentDto } from './agent.dto';
import { Team } from './team.entity';

@Injectable()
export class AgentsService {
  private readonly logger = new Logger('Agents');

  constructor(
    private readonly db: DataSource,
    private readonly realtime: RealtimeService,
    private readonly domainEvents: DomainEventBus,
    private readonly membershipRooms: MembershipRooms,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * On an empty database, creates the first admin so someone can log in.
   * The password comes from ADMIN_PASSWORD or is generated and printed once.
   */
  async ensureFirstAdmin(): Promise<void> {
    const repo = this.db.getRepository(Agent);
    if ((await repo.count()) > 0) return;
    const password = this.config.admin.password ?? generatePassword();
    const admin = repo.create({
      email: this.config.admin.email,
      name: 'Admin',
      role: 'admin',
      passwordHash: await hashPassword(password),
    });
    try {
      await repo.insert(admin);
    } catch (error) {
      // Another process of the same deployment created it first.
      if (isUniqueViolation(error)) return;
      throw error;
    }
    const shown = this.config.admin.password ? '(the ADMIN_PASSWORD you set)' : password;
    this.logger.log(`First start: log in as ${admin.email} with password ${shown}`);
  }

  list(): Promise<Agent[]> {
    return this.db.getRepository(Agent).find({ relations: { teams: true }, order: { id: 'ASC' } });
  }

  async get(id: number): Promise<Agent> {
    const agent = await this.db.getRepository(Agent).findOne({ where: { id }, relations: { teams: true } });
    if (!agent) throw new NotFoundException(`Agent ${id} does not exist`);
    return agent;
  }

  async create(input: CreateAgentDto): Promise<Agent> {
    const repo = this.db.getRepository(Agent);
    const agent = repo.create({
      email: input.email.trim().toLowerCase(),
      name: input.name,
      role: input.role ?? 'agent',
      maxChats: input.maxChats ?? 5,
      languages: input.languages ?? [],
      skills: input.skills ?? [],
      segments: input.segments ?? [],
      level: input.level ?? 'regular',
      passwordHash: await hashPassword(input.password),
      teams: await this.findTeams(input.teamIds ?? []),
    });
    try {
      await repo.save(agent);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException(`email: ${agent.email} already has an account`);
      throw error;
    }
    return this.get(agent.id);
  }

  async update(id: number, input: UpdateAgentDto): Promise<Agent> {
    const agent = await this.get(id);
    const { password, teamIds, ...fields } = input;
    const roleChanged = fields.role !== undefined && fields.role !== agent.role;
    const deactivated = fields.active === false && agent.active;
    if (agent.role === 'admin' && agent.active && (deactivated || roleChanged)) await this.assertAnotherActiveAdmin(agent, deactivated ? 'active' : 'role');
    Object.assign(agent, fields);
    if (password) agent.passwordHash = await hashPassword(password);
    // A deactivated account's tokens die with it; it is offline for the router and the floor.
    if (password || roleChanged || deactivated) agent.tokenVersion += 1;
    if (deactivated) Object.assign(agent, { status: 'offline', statusChangedAt: new Date(), disconnectedAt: null });
    if (teamIds) agent.teams = await this.findTeams(teamIds);
    await this.db.getRepository(Agent).save(agent);
    const updated = await this.get(id);
    // Open sockets follow the token and the teams: a voided token closes them, any other change re-checks their rooms.
    if (password || roleChanged || deactivated) this.realtime.disconnectAgent(id);
    else await this.membershipRooms.follow([id]);
    await this.domainEvents.emit('agent.updated', { agent: toAgentDto(updated) });
    if (fields.maxChats !== undefined) await this.domainEvents.emit('agent.slot-freed', { agentId: id });
    if (deactivated) await this.domainEvents.emit('agent.deactivated', { agentId: id });
    return updated;
  }

  /**
   * Somebody must be able to administer the deployment: the last active
   * admin keeps their account and role (an admin API token, which is
   * nobody's account, could otherwise lock every admin out).
   */
  private async assertAnotherActiveAdmin(agent: Agent, field: 'active' | 'role'): Promise<void> {
    const others = await this.db.getRepository(Agent).countBy({ role: 'admin', active: true, id: Not(agent.id) });
    if (others === 0) throw new ConflictException(`${field}: ${agent.name} is the last active admin; make another operator an admin first`);
  }

  async setStatus(agent: Agent, status: AgentStatus): Promise<Agent> {
    await this.db.getRepository(Agent).update({ id: agent.id }, { status, statusChangedAt: new Date() });
    const updated = await this.get(agent.id);
    await this.domainEvents.emit('agent.updated', { agent: toAgentDto(updated) });
    await this.domainEvents.emit('agent.status-changed', { agentId: agent.id, status });
    return updated;
  }

  listTeams(): Promise<Team[]> {
    return this.db.getRepository(Team).find({ order: { name: 'ASC' } });
  }

  createTeam(name: string): Promise<Team> {
    return this.saveTeam({ name });
  }

  async renameTeam(id: number, name: string): Promise<Team> {
    return this.saveTeam({ ...(await this.getTeam(id)), name });
  }

  /** Team names are unique: a taken one is the admin's to change (409 naming the field). */
  private async saveTeam(team: Partial<Team> & { name: string }): Promise<Team> {
    const name = team.name.trim();
    try {
      return await this.db.getRepository(Team).save({ ...team, name });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException(`name: a team called "${name}" already exists`);
      throw error;
    }
  }

  /**
   * Removes a team nothing depends on: an inbox or a team quick reply would
   * be left to nobody (or to everybody), so they are named and the team
   * stays. Members simply lose it (agent_teams cascades); conversations and
   * report rows keep the old team id as history.
   */
  async deleteTeam(id: number): Promise<void> {
    const team = await this.getTeam(id);
    const inboxes = (await this.db.query('SELECT name FROM inboxes WHERE teamId = ? ORDER BY id', [id])) as Array<{ name: string }>;
    if (inboxes.length > 0) {
      throw new ConflictException(`Team "${team.name}" still receives the conversations of ${inboxes.map((i) => `"${i.name}"`).join(', ')}: give those inboxes another team (or none) first`);
    }
    const replies = (await this.db.query('SELECT title FROM quick_replies WHERE teamId = ? ORDER BY id', [id])) as Array<{ title: string }>;
    if (replies.length > 0) {
      throw new ConflictException(`Team "${team.name}" has quick replies (${replies.map((r) => `"${r.title}"`).join(', ')}): move or delete them first`);
    }
    const members = (await this.db.query('SELECT agentId FROM agent_teams WHERE teamId = ?', [id])) as Array<{ agentId: number | string }>;
    await this.db.getRepository(Team).delete({ id });
    for (const member of members) await this.domainEvents.emit('agent.updated', { agent: toAgentDto(await this.get(Number(member.agentId))) });
  }

  private async getTeam(id: number): Promise<Team> {
    const team = await this.db.getRepository(Team).findOneBy({ id });
    if (!team) throw new NotFoundException(`Team ${id} does not exist`);
    return team;
  }

  private async findTeams(ids: number[]): Promise<Team[]> {
    if (ids.length === 0) return [];
    const teams = await this.db.getRepository(Team).findBy({ id: In(ids) });
    const missing = ids.filter((id) => !teams.some((t) => t.id === id));
    if (missing.length > 0) throw new NotFoundException(`teamIds: no team with id ${missing.join(', ')}`);
    return teams;
  }
}
