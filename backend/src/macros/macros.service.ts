import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Agent } from '../agents/agent.entity';
import { Team } from '../agents/team.entity';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { macroTextsProblem, type MacroAction } from './macro-actions';
import type { CreateMacroDto, UpdateMacroDto } from './macro.dto';
import { Macro } from './macro.entity';
import { canManage, canRun, type MacroViewer } from './macro.policy';
import type { MacroDto } from './macro.responses';

export function toMacroDto(m: Macro): MacroDto {
  return { id: m.id, name: m.name, scope: m.scope, teamId: m.teamId, ownerId: m.ownerId, actions: m.actions, updatedAt: new Date(m.updatedAt).toISOString() };
}

/** Macros with scopes (personal, team, shared), kept as quick replies are (docs/operators.md, Macros). */
@Injectable()
export class MacrosService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async viewer(agent: Agent): Promise<MacroViewer> {
    const rows: Array<{ teamId: number | string }> = await this.db.query('SELECT teamId FROM agent_teams WHERE agentId = ?', [agent.id]);
    return { id: agent.id, role: agent.role, teamIds: rows.map((r) => Number(r.teamId)) };
  }

  /** What the operator may run (the palette, the header's menu), or what they may change (Settings → Macros): by name. */
  async list(agent: Agent, purpose: 'run' | 'manage'): Promise<Macro[]> {
    const viewer = await this.viewer(agent);
    const rows = await this.db.getRepository(Macro).find({
      where: [{ scope: 'shared' }, { scope: 'team', ...(agent.role === 'admin' && purpose === 'manage' ? {} : { teamId: In(viewer.teamIds.length ? viewer.teamIds : [0]) }) }, { scope: 'personal', ownerId: agent.id }],
      order: { name: 'ASC', id: 'ASC' },
    });
    return rows.filter((m) => (purpose === 'run' ? canRun(viewer, m) : canManage(viewer, m)));
  }

  /** Every text an operator writes is held to MESSAGE_MAX_CHARS, a macro's too. */
  private assertTextsFit(actions: MacroAction[]): void {
    const problem = macroTextsProblem(actions, this.config.messageMaxChars);
    if (problem) throw new BadRequestException(problem);
  }

  async create(agent: Agent, input: CreateMacroDto): Promise<Macro> {
    this.assertTextsFit(input.actions);
    if (input.scope === 'team' && input.teamId === undefined) throw new BadRequestException('teamId: a team macro needs the team');
    if (input.scope !== 'team' && input.teamId !== undefined) throw new BadRequestException('teamId: only for scope team');
    if (input.teamId !== undefined && !(await this.db.getRepository(Team).existsBy({ id: input.teamId }))) throw new NotFoundException(`teamId: no team with id ${input.teamId}`);
    const owner = { scope: input.scope, teamId: input.teamId ?? null, ownerId: input.scope === 'personal' ? agent.id : null };
    if (!canManage(await this.viewer(agent), owner)) {
      throw new ForbiddenException(
        input.scope === 'shared' ? 'scope: only admins keep shared macros; yours can be personal' : 'scope: only the team’s supervisors and admins keep its macros; yours can be personal',
      );
    }
    const repo = this.db.getRepository(Macro);
    return repo.save(repo.create({ ...owner, name: input.name, actions: input.actions }));
  }

  async update(agent: Agent, id: number, input: UpdateMacroDto): Promise<Macro> {
    if (input.actions !== undefined) this.assertTextsFit(input.actions);
    const macro = await this.manageable(agent, id);
    if (input.name !== undefined) macro.name = input.name;
    if (input.actions !== undefined) macro.actions = input.actions;
    return this.db.getRepository(Macro).save(macro);
  }

  async remove(agent: Agent, id: number): Promise<void> {
    await this.db.getRepository(Macro).delete({ id: (await this.manageable(agent, id)).id });
  }

  /** A macro the operator may run; 404 for any other (one they may not see looks like one that does not exist). */
  async runnable(agent: Agent, id: number): Promise<Macro> {
    const macro = await this.db.getRepository(Macro).findOneBy({ id });
    if (!macro || !canRun(await this.viewer(agent), macro)) throw new NotFoundException(`Macro ${id} does not exist`);
    return macro;
  }

  private async manageable(agent: Agent, id: number): Promise<Macro> {
    const macro = await this.db.getRepository(Macro).findOneBy({ id });
    const viewer = await this.viewer(agent);
    if (!macro || (!canRun(viewer, macro) && !canManage(viewer, macro))) throw new NotFoundException(`Macro ${id} does not exist`);
    if (!canManage(viewer, macro)) throw new ForbiddenException(`Macro ${id} is ${macro.scope}: ${macro.scope === 'shared' ? 'only admins change it' : 'only the team’s supervisors and admins change it'}`);
    return macro;
  }
}
