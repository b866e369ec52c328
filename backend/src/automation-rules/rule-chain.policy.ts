/**
 * Loop protection (docs/automation.md, Rules): the rules whose actions led
 * to an event travel with it. A rule already in that chain does not run
 * again for it (its own action does not trigger it, nor does a rule it
 * triggered trigger it back), and a chain stops at a depth limit.
 */
export interface RuleChain {
  /** Rule ids, the first rule's first. */
  ruleIds: number[];
}

/** Rules that acted because of rules that acted because of…: this many at most. */
export const RULE_CHAIN_MAX_DEPTH = 3;

export const EMPTY_CHAIN: RuleChain = { ruleIds: [] };

/** Why the rule must not run for an event raised by this chain, or null when it may. */
export function chainStops(chain: RuleChain, ruleId: number): 'own-action' | 'depth-limit' | null {
  if (chain.ruleIds.includes(ruleId)) return 'own-action';
  if (chain.ruleIds.length >= RULE_CHAIN_MAX_DEPTH) return 'depth-limit';
  return null;
}

export const extendChain = (chain: RuleChain, ruleId: number): RuleChain => ({ ruleIds: [...chain.ruleIds, ruleId] });
