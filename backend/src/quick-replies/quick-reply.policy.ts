import type { AgentRole } from '../agents/agent.entity';
import type { QuickReplyScope } from './quick-reply.entity';

export interface QuickReplyOwner {
  scope: QuickReplyScope;
  teamId: number | null;
  agentId: number | null;
}

export interface Viewer {
  id: number;
  role: AgentRole;
  teamIds: number[];
}

const manages = (role: AgentRole) => role === 'admin' || role === 'supervisor';

/** The key that keeps shortcuts unique per owner: one list for everyone, one per team, one per operator. */
export function ownerKeyOf(owner: QuickReplyOwner): string {
  if (owner.scope === 'global') return 'global';
  if (owner.scope === 'team') return `team:${owner.teamId}`;
  return `agent:${owner.agentId}`;
}

/** Who sees a reply in their picker: everyone the global ones, a team's members its own, an operator their personal ones. */
export function canUse(viewer: Viewer, reply: QuickReplyOwner): boolean {
  if (reply.scope === 'global') return true;
  if (reply.scope === 'team') return reply.teamId !== null && viewer.teamIds.includes(reply.teamId);
  return reply.agentId === viewer.id;
}

/**
 * Who may create, change or delete a reply: supervisors and admins the
 * global and team ones; every operator their own personal ones (and only
 * those: a supervisor does not edit someone's personal list).
 */
export function canManage(viewer: Viewer, reply: QuickReplyOwner): boolean {
  if (reply.scope === 'personal') return reply.agentId === viewer.id;
  return manages(viewer.role);
}
