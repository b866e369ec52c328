import type { MacroAction, MacroActionType, MacroDto } from '../api/types';

/** The action kinds in the order the editor offers them. */
export const MACRO_ACTION_TYPES: MacroActionType[] = ['send-message', 'add-note', 'add-labels', 'remove-labels', 'set-priority', 'assign', 'snooze', 'close'];

/** A new action of a kind, with the fields it needs filled with something sensible to edit. */
export function blankAction(type: MacroActionType): MacroAction {
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
    case 'close':
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
export function cleanAction(action: MacroAction): MacroAction {
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
    case 'close':
      return { type: 'close' };
  }
}

/** The palette's matches: every word typed found in the name, in any case; all of them for an empty query. */
export function matchMacros(macros: MacroDto[], query: string): MacroDto[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return macros.filter((m) => words.every((w) => m.name.toLowerCase().includes(w)));
}
