/**
 * Who sees and keeps which macros, and whether a macro can run on a
 * conversation from first action to last, as pure functions.
 */
import type { AgentRole } from '../agents/agent.entity';
import type { ConversationStatus } from '../conversations/conversation.entity';
import type { MacroAction } from './macro-actions';

export const MACRO_SCOPES = ['personal', 'team', 'shared'] as const;
export type MacroScope = (typeof MACRO_SCOPES)[number];

export interface MacroOwner {
  scope: MacroScope;
  teamId: number | null;
  ownerId: number | null;
}

export interface MacroViewer {
  id: number;
  role: AgentRole;
  teamIds: number[];
}

/** Everyone runs the shared ones, a team's members (supervisors included) the team's, an operator their own. */
export function canRun(viewer: MacroViewer, macro: MacroOwner): boolean {
  if (macro.scope === 'shared') return true;
  if (macro.scope === 'team') return macro.teamId !== null && viewer.teamIds.includes(macro.teamId);
  return macro.ownerId === viewer.id;
}

/**
 * Who creates, changes and deletes them: admins the shared ones; a team's
 * supervisors (and admins) the team's; the owner their personal ones, and
 * nobody else, as with quick replies.
 */
export function canManage(viewer: MacroViewer, macro: MacroOwner): boolean {
  if (macro.scope === 'personal') return macro.ownerId === viewer.id;
  if (viewer.role === 'admin') return true;
  if (macro.scope === 'shared') return false;
  return viewer.role === 'supervisor' && macro.teamId !== null && viewer.teamIds.includes(macro.teamId);
}

/** What the check needs to know of the world when the macro is asked to run. */
export interface RunFacts {
  actor: { id: number; supervisor: boolean };
  conversation: { status: ConversationStatus; assigneeId: number | null };
  inboxActive: boolean;
  labelIds: ReadonlySet<number>;
  teamIds: ReadonlySet<number>;
  agents: ReadonlyMap<number, { name: string; active: boolean; status: string; connected: boolean; openChats: number; maxChats: number }>;
}

/**
 * Why each action could not be done (null: it can), walking the actions in
 * order over the conversation as the earlier ones leave it: after a
 * transfer to a colleague the operator no longer holds it, after a snooze
 * it is no longer assigned. The services check again when each action is
 * done; this is what makes a macro all or nothing in the common case.
 */
export function macroProblems(actions: MacroAction[], facts: RunFacts): Array<string | null> {
  let status = facts.conversation.status;
  let holder = facts.conversation.assigneeId;
  return actions.map((action) => {
    const mayWrite = facts.actor.supervisor || holder === facts.actor.id;
    const notYours = status === 'queued' ? 'the conversation is in the queue: accept it first' : 'the conversation belongs to another operator';
    switch (action.type) {
      case 'send-message':
        if (status === 'closed') return 'the conversation is closed';
        if (!mayWrite) return notYours;
        return facts.inboxActive ? null : 'the inbox is archived: replies cannot be sent from it';
      case 'add-note':
        return mayWrite ? null : notYours;
      case 'add-labels':
      case 'remove-labels': {
        const missing = action.labelIds.filter((id) => !facts.labelIds.has(id));
        if (missing.length) return `no label with id ${missing.join(', ')}`;
        return mayWrite ? null : notYours;
      }
      case 'set-priority':
        return mayWrite ? null : notYours;
      case 'assign': {
        if (status === 'closed') return 'the conversation is closed';
        if (status === 'snoozed') return 'the conversation is snoozed';
        if (!mayWrite) return notYours;
        if (action.teamId !== undefined) {
          if (!facts.teamIds.has(action.teamId)) return `no team with id ${action.teamId}`;
          [status, holder] = ['queued', null];
          return null;
        }
        const target = facts.agents.get(action.agentId);
        if (!target) return `no operator with id ${action.agentId}`;
        if (action.agentId === holder && status === 'assigned') return null;
        if (!target.active) return `${target.name} is deactivated`;
        if (target.status !== 'online') return `${target.name} is ${target.status}`;
        if (!target.connected) return `${target.name} has lost their connection`;
        if (target.openChats >= target.maxChats) return `${target.name} has ${target.openChats} of ${target.maxChats} open conversations, their limit`;
        [status, holder] = ['assigned', action.agentId];
        return null;
      }
      case 'snooze':
        if (status !== 'assigned') return `the conversation is ${status}; only an assigned conversation can be snoozed`;
        if (!mayWrite) return notYours;
        status = 'snoozed';
        return null;
      case 'close':
        if (status === 'closed') return 'the conversation is already closed';
        if (!mayWrite) return notYours;
        status = 'closed';
        return null;
    }
  });
}
