import type { MacroActionType, MacroDto, RuleAction, RuleActionType } from '../api/types';

/** The action kinds in the order the editor offers them. */
export const MACRO_ACTION_TYPES: MacroActionType[] = ['send-message', 'add-note', 'add-labels', 'remove-labels', 'set-priority', 'assign', 'snooze', 'close'];
/** An automation rule's: the macros' and two of its own. */
export const RULE_ACTION_TYPES: RuleActionType[] = [...MACRO_ACTION_TYPES, 'send-webhook', 'mark-spam'];

/**
 * A new action of a kind, with the fields it needs filled with something
 * sensible to edit. Macros and automation rules share the actions (a rule
 * has two more), so these work on a rule's action.
 */
export function blankAction(type: RuleActionType): RuleAction {
  switch (type) {
    case 'send-message':
    case 'add-note':
      return { type, text: '' };
    case 'add-labels':
    case 'remove-labels':
      return { type, labelIds: [] };
    case 'set-priority':
      return { type, priority: 'high' };
    case 'assign':
      return { type, teamId: undefined, agentId: undefined };
    case 'snooze':
      return { type, mode: 'until-customer-writes' };
    case 'send-webhook':
      return { type, webhookId: undefined };
    case 'close':
    case 'mark-spam':
      return { type };
  }
}

/** The list with the action at `index` moved one place up (-1) or down (1); the same list at either end. */
export function moveAction<T>(list: T[], index: number, step: -1 | 1): T[] {
  const to = index + step;
  if (to < 0 || to >= list.length) return list;
  const next = list.slice();
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

/**
 * An action as the API takes it: only the fields of its kind, the
 * assignment's unused target and an unused `minutes` left out.
 */
export function cleanAction(action: RuleAction): RuleAction {
  switch (action.type) {
    case 'send-message':
    case 'add-note':
      return { type: action.type, text: action.text ?? '' };
    case 'add-labels':
    case 'remove-labels':
      return { type: action.type, labelIds: action.labelIds ?? [] };
    case 'set-priority':
      return { type: action.type, priority: action.priority };
    case 'assign':
      return action.agentId ? { type: 'assign', agentId: action.agentId } : { type: 'assign', teamId: action.teamId };
    case 'snooze':
      return action.mode === 'for' ? { type: 'snooze', mode: 'for', minutes: action.minutes } : { type: 'snooze', mode: action.mode };
    case 'send-webhook':
      return { type: 'send-webhook', webhookId: action.webhookId };
    case 'close':
    case 'mark-spam':
      return { type: action.type };
  }
}

/** The palette's matches: every word typed found in the name, in any case; all of them for an empty query. */
export function matchMacros(macros: MacroDto[], query: string): MacroDto[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return macros.filter((m) => words.every((w) => m.name.toLowerCase().includes(w)));
}
