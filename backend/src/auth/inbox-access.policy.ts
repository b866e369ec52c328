import type { AgentRole } from '../agents/agent.entity';

export interface Viewer {
  id: number;
  role: AgentRole;
  teamIds: number[];
}

/** Supervisors and admins watch the whole floor; operators only their inboxes. */
export const seesEveryInbox = (viewer: Pick<Viewer, 'role'>): boolean => viewer.role === 'supervisor' || viewer.role === 'admin';

/**
 * An inbox without a team is shared: every operator works it. An inbox
 * with a team belongs to that team's operators, the same ones the router
 * hands its conversations to.
 */
export function mayAccessInbox(viewer: Viewer, inbox: { teamId: number | null }): boolean {
  return seesEveryInbox(viewer) || inbox.teamId === null || viewer.teamIds.includes(inbox.teamId);
}

/**
 * A conversation is visible through its inbox, and always to the operator
 * holding it (a supervisor may have transferred it across teams).
 */
export function mayAccessConversation(viewer: Viewer, inbox: { teamId: number | null }, conversation: { assigneeId: number | null }): boolean {
  return conversation.assigneeId === viewer.id || mayAccessInbox(viewer, inbox);
}
