import type { ConversationEventType } from '../conversations/conversation-event.entity';

/** One row of the event log, as the reports read it. */
export interface EventRow {
  type: ConversationEventType;
  agentId: number | null;
  actorId: number | null;
  /** Epoch milliseconds. */
  at: number;
  data: Record<string, string | number | boolean | null> | null;
}

/** Where the conversation lives: copied onto its facts so reports filter without joins. */
export interface ConversationPlace {
  conversationId: number;
  inboxId: number;
  channel: string;
  teamId: number | null;
}

/**
 * What the reports need of one conversation, folded from its events. Times
 * are epoch milliseconds; null where the conversation never got there.
 */
export interface ConversationFact extends ConversationPlace {
  createdAt: number;
  /** The customer started waiting for a human: the first `queued` (after a bot, when there was one). */
  waitStartAt: number | null;
  firstAssignedAt: number | null;
  /** The first public message an operator wrote (automatic and bot messages never count). */
  firstReplyAt: number | null;
  /** The last close, unless the conversation was reopened after it. */
  closedAt: number | null;
  /** The operator who answered first, else the last one it was given to. */
  agentId: number | null;
  /** Gave up before an operator answered (see docs/metrics.md). */
  abandoned: boolean;
  transfers: number;
  csatScore: number | null;
}

/**
 * Folds a conversation's events (oldest first) into its facts. Pure, so the
 * rollup can be rebuilt from the log at any time and gives the same rows.
 */
export function foldConversation(place: ConversationPlace, events: EventRow[]): ConversationFact {
  const fact: ConversationFact = {
    ...place,
    createdAt: events[0]?.at ?? 0,
    waitStartAt: null,
    firstAssignedAt: null,
    firstReplyAt: null,
    closedAt: null,
    agentId: null,
    abandoned: false,
    transfers: 0,
    csatScore: null,
  };
  let lastAssignee: number | null = null;
  let answeredBy: number | null = null;
  let gaveUp = false;
  for (const event of events) {
    switch (event.type) {
      case 'created':
        fact.createdAt = event.at;
        break;
      case 'queued':
        fact.waitStartAt ??= event.at;
        break;
      case 'assigned':
      case 'transferred':
        if (event.type === 'transferred') fact.transfers += 1;
        if (event.agentId !== null) {
          fact.firstAssignedAt ??= event.at;
          lastAssignee = event.agentId;
        }
        break;
      case 'first_reply':
        if (fact.firstReplyAt === null) {
          fact.firstReplyAt = event.at;
          answeredBy = event.agentId;
        }
        break;
      case 'closed':
        fact.closedAt = event.at;
        // The system closing an unanswered conversation means the customer went quiet and left.
        if (fact.firstReplyAt === null && event.actorId === null) gaveUp = true;
        break;
      case 'abandoned':
        if (fact.firstReplyAt === null) gaveUp = true;
        break;
      case 'reopened':
        fact.closedAt = null;
        break;
      case 'csat': {
        const score = event.data?.score;
        if (typeof score === 'number') fact.csatScore = score;
        break;
      }
      default:
        break;
    }
  }
  fact.agentId = answeredBy ?? lastAssignee;
  // A bot-only conversation the system closed never waited for a human: not abandoned.
  fact.abandoned = gaveUp && fact.firstReplyAt === null && fact.waitStartAt !== null;
  return fact;
}
