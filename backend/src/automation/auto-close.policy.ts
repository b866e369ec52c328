import type { ConversationStatus } from '../conversations/conversation.entity';

export interface SilenceFacts {
  status: ConversationStatus;
  /** Who wrote the last public message of the two (by order of storage; clocks can tie). */
  lastWordBy: 'customer' | 'operator' | null;
  /** Time (ms) of the last public message an operator wrote, if any. */
  lastOperatorAt: number | null;
  afterMinutes: number;
}

/**
 * When a conversation is closed for the customer's silence, or null if it is
 * not to be. Only a conversation an operator holds whose last word is the
 * operator's: the customer is silent since then. A customer waiting for an
 * answer, a queued conversation or one a bot holds is never closed by it.
 */
export function autoCloseDueAt(facts: SilenceFacts): number | null {
  if (facts.status !== 'assigned' || facts.lastOperatorAt === null) return null;
  if (facts.lastWordBy !== 'operator') return null;
  return facts.lastOperatorAt + facts.afterMinutes * 60_000;
}
