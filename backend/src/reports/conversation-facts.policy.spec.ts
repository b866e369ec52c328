import { describe, expect, it } from 'vitest';
import { foldConversation, type EventRow } from './conversation-facts.policy';

const place = { conversationId: 1, inboxId: 1, channel: 'webchat', teamId: null };
const at = (s: number) => 1_000_000 + s * 1000;
const ev = (type: EventRow['type'], s: number, extra: Partial<EventRow> = {}): EventRow => ({ type, at: at(s), agentId: null, actorId: null, data: null, ...extra });

describe(foldConversation.name, () => {
  it('takes the first queue entry, assignment and reply and the operator who answered', () => {
    const fact = foldConversation(place, [
      ev('created', 0),
      ev('queued', 2),
      ev('assigned', 10, { agentId: 7 }),
      ev('first_reply', 15, { agentId: 7, actorId: 7 }),
      ev('transferred', 40, { agentId: 8, actorId: 7 }),
      ev('closed', 90, { agentId: 8, actorId: 8 }),
      ev('csat', 95, { data: { score: 4 } }),
    ]);
    expect(fact).toMatchObject({ createdAt: at(0), waitStartAt: at(2), firstAssignedAt: at(10), firstReplyAt: at(15), closedAt: at(90), agentId: 7, transfers: 1, csatScore: 4, abandoned: false });
  });

  it('counts a queued conversation the system closed before any reply as abandoned', () => {
    expect(foldConversation(place, [ev('created', 0), ev('queued', 1), ev('closed', 300)]).abandoned).toBe(true);
    expect(foldConversation(place, [ev('created', 0), ev('queued', 1), ev('abandoned', 30)]).abandoned).toBe(true);
  });

  it('does not count an operator closing it unanswered, or a bot that solved it, as abandoned', () => {
    expect(foldConversation(place, [ev('created', 0), ev('queued', 1), ev('assigned', 3, { agentId: 7 }), ev('closed', 9, { agentId: 7, actorId: 7 })]).abandoned).toBe(false);
    expect(foldConversation(place, [ev('created', 0), ev('closed', 60)]).abandoned).toBe(false);
  });

  it('forgets the close of a reopened conversation and keeps the last survey answer', () => {
    const fact = foldConversation(place, [ev('created', 0), ev('closed', 5, { actorId: 7 }), ev('csat', 6, { data: { score: 2 } }), ev('reopened', 9), ev('csat', 10, { data: { score: 5 } })]);
    expect(fact.closedAt).toBeNull();
    expect(fact.csatScore).toBe(5);
  });

  it('falls back to the last assignee when nobody answered', () => {
    expect(foldConversation(place, [ev('created', 0), ev('queued', 0), ev('assigned', 3, { agentId: 7 }), ev('transferred', 9, { agentId: 9 })]).agentId).toBe(9);
  });
});
