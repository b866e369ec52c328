/**
 * Which SLA policy a conversation follows. A policy names up to four
 * conditions (inbox, channel, priority, label) and applies when all that it
 * names hold; a policy naming none applies to every conversation. Among
 * those that apply the most specific wins, compared condition by condition
 * in this order: label, then priority, then inbox, then channel (a policy
 * for a label beats any without one; between two with labels, or two
 * without, the one with a priority wins, and so on). Two policies naming
 * the same conditions: the older one (lower id) wins.
 */

export interface PolicyScope {
  id: number;
  active: boolean;
  inboxId: number | null;
  channel: string | null;
  priority: number | null;
  labelId: number | null;
}

export interface ConversationScope {
  inboxId: number;
  channel: string | null;
  priority: number;
  labelIds: readonly number[];
}

/** Label 8, priority 4, inbox 2, channel 1: a higher number is more specific in the documented order. */
export function specificity(policy: PolicyScope): number {
  return (policy.labelId !== null ? 8 : 0) + (policy.priority !== null ? 4 : 0) + (policy.inboxId !== null ? 2 : 0) + (policy.channel !== null ? 1 : 0);
}

export function applies(policy: PolicyScope, conversation: ConversationScope): boolean {
  return (
    policy.active &&
    (policy.inboxId === null || policy.inboxId === conversation.inboxId) &&
    (policy.channel === null || policy.channel === conversation.channel) &&
    (policy.priority === null || policy.priority === conversation.priority) &&
    (policy.labelId === null || conversation.labelIds.includes(policy.labelId))
  );
}

export function matchPolicy<P extends PolicyScope>(policies: readonly P[], conversation: ConversationScope): P | null {
  let best: P | null = null;
  for (const policy of policies) {
    if (!applies(policy, conversation)) continue;
    if (!best || specificity(policy) > specificity(best) || (specificity(policy) === specificity(best) && policy.id < best.id)) best = policy;
  }
  return best;
}
