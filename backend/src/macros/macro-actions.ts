/**
 * What a macro does, one action after another, as stored (JSON) and sent by
 * clients; `macroActionsProblem` is the one check of their shape, used by
 * the DTO so bad input is a 400 naming the action and its field.
 */
import { templateProblems } from '../automation/message-template.policy';
import { INT32_MAX } from '../common/validation.pipe';
import { PRIORITIES, type Priority } from '../conversations/priority.policy';
import { MAX_SNOOZE_MINUTES } from '../snooze/snooze.policy';

export const MACRO_ACTION_TYPES = ['send-message', 'add-note', 'add-labels', 'remove-labels', 'set-priority', 'assign', 'snooze', 'close'] as const;
export type MacroActionType = (typeof MACRO_ACTION_TYPES)[number];

/** Relative snoozes only: a macro is run on many days, so a fixed time would soon lie in the past. */
export const MACRO_SNOOZE_MODES = ['until-customer-writes', 'for', 'tomorrow'] as const;

export type MacroAction =
  /** A reply to the customer; `text` may use template variables ({{contact.name}}, {{agent.name}}…). */
  | { type: 'send-message'; text: string }
  /** A private note, templated too. */
  | { type: 'add-note'; text: string }
  | { type: 'add-labels'; labelIds: number[] }
  | { type: 'remove-labels'; labelIds: number[] }
  | { type: 'set-priority'; priority: Priority }
  /** A transfer: to an operator, or to a team's queue. */
  | { type: 'assign'; agentId: number; teamId?: undefined }
  | { type: 'assign'; teamId: number; agentId?: undefined }
  | { type: 'snooze'; mode: (typeof MACRO_SNOOZE_MODES)[number]; minutes?: number }
  | { type: 'close' };

export const MACRO_ACTIONS_MAX = 20;
export const MACRO_TEXT_MAX = 5000;
const LABELS_MAX = 20;

/** A row id as the integer columns hold it: an id past them could never name a row. */
const isId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= INT32_MAX;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with one action (its field named), or null; automation rules check their macro-like actions with it too. */
export function macroActionProblem(action: unknown): string | null {
  if (!isRecord(action)) return 'must be an object with a type';
  const type = action.type as MacroActionType;
  if (!MACRO_ACTION_TYPES.includes(type)) return `type must be one of: ${MACRO_ACTION_TYPES.join(', ')}`;
  const allowed: Record<MacroActionType, string[]> = {
    'send-message': ['text'],
    'add-note': ['text'],
    'add-labels': ['labelIds'],
    'remove-labels': ['labelIds'],
    'set-priority': ['priority'],
    assign: ['agentId', 'teamId'],
    snooze: ['mode', 'minutes'],
    close: [],
  };
  const unknown = Object.keys(action).filter((key) => key !== 'type' && !allowed[type].includes(key));
  if (unknown.length) return `${unknown[0]} is not a field of a ${type} action`;
  switch (type) {
    case 'send-message':
    case 'add-note': {
      const text = action.text;
      if (typeof text !== 'string' || !text.trim()) return 'text must be a non-empty text';
      if (text.length > MACRO_TEXT_MAX) return `text must be at most ${MACRO_TEXT_MAX} characters`;
      const unknownVariables = templateProblems(text);
      return unknownVariables.length ? `text uses unknown variable(s): ${unknownVariables.map((v) => `{{${v}}}`).join(', ')}` : null;
    }
    case 'add-labels':
    case 'remove-labels': {
      const ids = action.labelIds;
      if (!Array.isArray(ids) || ids.length === 0 || ids.length > LABELS_MAX || !ids.every(isId)) return `labelIds must be 1 to ${LABELS_MAX} label ids`;
      return null;
    }
    case 'set-priority':
      return PRIORITIES.includes(action.priority as Priority) ? null : `priority must be one of: ${PRIORITIES.join(', ')}`;
    case 'assign':
      if ((action.agentId === undefined) === (action.teamId === undefined)) return 'agentId or teamId: give exactly one';
      if (action.agentId !== undefined && !isId(action.agentId)) return 'agentId must be an operator id';
      if (action.teamId !== undefined && !isId(action.teamId)) return 'teamId must be a team id';
      return null;
    case 'snooze':
      if (!(MACRO_SNOOZE_MODES as readonly unknown[]).includes(action.mode)) return `mode must be one of: ${MACRO_SNOOZE_MODES.join(', ')}`;
      if (action.mode === 'for') {
        const minutes = action.minutes;
        if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > MAX_SNOOZE_MINUTES) return `minutes must be a whole number from 1 to ${MAX_SNOOZE_MINUTES}`;
      } else if (action.minutes !== undefined) return `minutes is only for mode for`;
      return null;
    case 'close':
      return null;
  }
}

/** The first problem of a macro's action list, as `actions[i].field …`, or null when every action is well formed. */
export function macroActionsProblem(actions: unknown): string | null {
  if (!Array.isArray(actions) || actions.length === 0 || actions.length > MACRO_ACTIONS_MAX) return `actions must be a list of 1 to ${MACRO_ACTIONS_MAX} actions`;
  for (const [i, action] of actions.entries()) {
    const problem = macroActionProblem(action);
    if (problem) return `actions[${i}]${problem.startsWith('must') ? ' ' : '.'}${problem}`;
  }
  const closeAt = actions.findIndex((a: MacroAction) => a.type === 'close');
  if (closeAt >= 0 && closeAt < actions.length - 1) return `actions[${closeAt + 1}]: nothing can follow close`;
  return null;
}

/**
 * The first text past MESSAGE_MAX_CHARS (configuration, so the service asks
 * this after the DTO's own check), as `actions[i].text …`, or null.
 */
export function macroTextsProblem(actions: MacroAction[], maxChars: number): string | null {
  const at = actions.findIndex((a) => (a.type === 'send-message' || a.type === 'add-note') && a.text.length > maxChars);
  return at < 0 ? null : `actions[${at}].text must be at most ${maxChars} characters`;
}
