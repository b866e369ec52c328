import { DataSource, In } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { Team } from '../agents/team.entity';
import { Label } from '../labels/label.entity';
import { MACRO_ACTION_TYPES, type MacroAction } from './macro-actions';

/** The rows a list of actions names (by id): its labels, operators and teams. */
export interface NamedRows {
  labels: Label[];
  agents: Agent[];
  teams: Team[];
}

/** The labels, operators and teams the actions name, with one read each (none when nothing names one). */
export async function rowsNamedBy(db: DataSource, actions: ReadonlyArray<MacroAction | { type: string }>): Promise<NamedRows> {
  const macroActions = actions.filter(isMacroAction);
  const ids = (pick: (a: MacroAction) => number[]) => [...new Set(macroActions.flatMap(pick))];
  const labelIds = ids((a) => (a.type === 'add-labels' || a.type === 'remove-labels' ? a.labelIds : []));
  const agentIds = ids((a) => (a.type === 'assign' && a.agentId !== undefined ? [a.agentId] : []));
  const teamIds = ids((a) => (a.type === 'assign' && a.teamId !== undefined ? [a.teamId] : []));
  const [labels, agents, teams] = await Promise.all([
    labelIds.length ? db.getRepository(Label).findBy({ id: In(labelIds) }) : [],
    agentIds.length ? db.getRepository(Agent).findBy({ id: In(agentIds) }) : [],
    teamIds.length ? db.getRepository(Team).findBy({ id: In(teamIds) }) : [],
  ]);
  return { labels, agents, teams };
}

/** What one action names, by name, for a preview: its labels (`#id` for one gone), and the operator or team it assigns to. */
export function namesIn(action: MacroAction | { type: string }, rows: NamedRows): { labelNames: string[]; targetName: string | null } {
  if (!isMacroAction(action)) return { labelNames: [], targetName: null };
  const labelNames = action.type === 'add-labels' || action.type === 'remove-labels' ? action.labelIds.map((id) => rows.labels.find((l) => l.id === id)?.name ?? `#${id}`) : [];
  const targetName =
    action.type === 'assign'
      ? action.agentId !== undefined
        ? (rows.agents.find((a) => a.id === action.agentId)?.name ?? null)
        : (rows.teams.find((t) => t.id === action.teamId)?.name ?? null)
      : null;
  return { labelNames, targetName };
}

/** A macro's action (an automation rule has some of its own, which name nothing here). */
function isMacroAction(action: MacroAction | { type: string }): action is MacroAction {
  return (MACRO_ACTION_TYPES as readonly string[]).includes(action.type);
}
