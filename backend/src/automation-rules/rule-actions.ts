/**
 * What a rule does, one action after another: the macros' actions (macro-actions.ts,
 * checked by the same rule) and two of its own, a signed webhook and
 * "mark as spam". `ruleActionsProblem` is the one check of their shape.
 */
import { MACRO_ACTION_TYPES, macroActionProblem, type MacroAction } from '../macros/macro-actions';

export const RULE_ONLY_ACTION_TYPES = ['send-webhook', 'mark-spam'] as const;
export const RULE_ACTION_TYPES = [...MACRO_ACTION_TYPES, ...RULE_ONLY_ACTION_TYPES] as const;
export type RuleActionType = (typeof RULE_ACTION_TYPES)[number];

export type RuleAction =
  | MacroAction
  /** A signed POST to one of the outgoing webhooks (docs/integrations.md), event `automation.rule`, whatever events it subscribes to. */
  | { type: 'send-webhook'; webhookId: number }
  /** Close without goodbye or survey and block the contact. */
  | { type: 'mark-spam' };

export const RULE_ACTIONS_MAX = 20;

const isId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0;

function ruleActionProblem(action: unknown): string | null {
  const type = (action as { type?: unknown } | null)?.type;
  if (type === 'send-webhook') {
    const extra = Object.keys(action as object).find((key) => key !== 'type' && key !== 'webhookId');
    if (extra) return `${extra} is not a field of a send-webhook action`;
    return isId((action as { webhookId?: unknown }).webhookId) ? null : 'webhookId must be a webhook id';
  }
  if (type === 'mark-spam') {
    const extra = Object.keys(action as object).find((key) => key !== 'type');
    return extra ? `${extra} is not a field of a mark-spam action` : null;
  }
  const problem = macroActionProblem(action);
  // The macros' list of types, with the rules' own added.
  return problem?.startsWith('type must be one of: ') ? `${problem}, ${RULE_ONLY_ACTION_TYPES.join(', ')}` : problem;
}

/** The first problem of a rule's action list, as `actions[i].field …`, or null. */
export function ruleActionsProblem(actions: unknown): string | null {
  if (!Array.isArray(actions) || actions.length === 0 || actions.length > RULE_ACTIONS_MAX) return `actions must be a list of 1 to ${RULE_ACTIONS_MAX} actions`;
  for (const [i, action] of actions.entries()) {
    const problem = ruleActionProblem(action);
    if (problem) return `actions[${i}]${problem.startsWith('must') ? ' ' : '.'}${problem}`;
  }
  const endAt = actions.findIndex((a: RuleAction) => a.type === 'close' || a.type === 'mark-spam');
  if (endAt >= 0 && endAt < actions.length - 1) return `actions[${endAt + 1}]: nothing can follow ${(actions[endAt] as RuleAction).type}`;
  return null;
}
