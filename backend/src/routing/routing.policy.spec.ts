import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conversationTakesSlot,
  ineligibility,
  planBatch,
  queueEstimate,
  inQueueOrder,
  queueOrder,
  rankCandidates,
  stickyDecision,
  type AgentSnapshot,
  type ConversationNeeds,
} from './routing.policy';

const anyNeeds: ConversationNeeds = { teamId: null, language: null, skills: [], segments: [], sensitive: false };

const agentArb: fc.Arbitrary<AgentSnapshot> = fc.record({
  id: fc.integer({ min: 1, max: 10_000 }),
  status: fc.constantFrom('online', 'away', 'offline'),
  openChats: fc.integer({ min: 0, max: 8 }),
  maxChats: fc.integer({ min: 0, max: 8 }),
  teamIds: fc.subarray([1, 2, 3]),
  languages: fc.subarray(['en', 'ru', 'uk', 'de']),
  skills: fc.subarray(['billing', 'tech', 'sales']),
  segments: fc.subarray(['country:DE', 'country:UA', 'offer:premium']),
  level: fc.constantFrom('novice', 'regular', 'senior'),
  lastAssignedAt: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
});

const needsArb: fc.Arbitrary<ConversationNeeds> = fc.record({
  teamId: fc.option(fc.constantFrom(1, 2, 3), { nil: null }),
  language: fc.option(fc.constantFrom('en', 'ru', 'uk', 'de'), { nil: null }),
  skills: fc.subarray(['billing', 'tech', 'sales'], { maxLength: 1 }),
  segments: fc.subarray(['country:DE', 'country:UA', 'offer:premium'], { maxLength: 2 }),
  sensitive: fc.boolean(),
});

const uniqueAgents = fc.uniqueArray(agentArb, { selector: (a) => a.id, maxLength: 30 });

const agent = (over: Partial<AgentSnapshot>): AgentSnapshot => ({
  id: 1,
  status: 'online',
  openChats: 0,
  maxChats: 5,
  teamIds: [],
  languages: ['en'],
  skills: [],
  segments: [],
  level: 'regular',
  lastAssignedAt: null,
  ...over,
});

describe('routing policy', () => {
  it('never ranks an operator who is at or over their limit', () => {
    fc.assert(
      fc.property(uniqueAgents, needsArb, (agents, needs) => {
        for (const a of rankCandidates(agents, needs)) expect(a.openChats).toBeLessThan(a.maxChats);
      }),
    );
  });

  it('skips no eligible operator: every eligible one is ranked, and only those', () => {
    fc.assert(
      fc.property(uniqueAgents, needsArb, (agents, needs) => {
        const ranked = rankCandidates(agents, needs).map((a) => a.id).sort((x, y) => x - y);
        const eligible = agents.filter((a) => ineligibility(a, needs) === null).map((a) => a.id).sort((x, y) => x - y);
        expect(ranked).toEqual(eligible);
      }),
    );
  });

  it('puts the least loaded first, and among equals whoever waited longest', () => {
    fc.assert(
      fc.property(uniqueAgents, (agents) => {
        const ranked = rankCandidates(agents, anyNeeds);
        for (let i = 1; i < ranked.length; i++) {
          const [a, b] = [ranked[i - 1], ranked[i]];
          expect(a.openChats).toBeLessThanOrEqual(b.openChats);
          if (a.openChats === b.openChats) {
            expect(a.lastAssignedAt ?? -Infinity).toBeLessThanOrEqual(b.lastAssignedAt ?? -Infinity);
          }
        }
      }),
    );
  });

  it('prefers the sticky operator whenever they are eligible', () => {
    fc.assert(
      fc.property(agentArb, needsArb, fc.integer({ min: 0, max: 10_000 }), (previous, needs, waitMs) => {
        const decision = stickyDecision(previous, needs, 1_000, 1_000, waitMs);
        if (ineligibility(previous, needs) === null) expect(decision).toEqual({ kind: 'sticky', agentId: previous.id });
        else expect(decision.kind).not.toBe('sticky');
      }),
    );
  });

  it('waits for a full sticky operator only until the sticky wait is over', () => {
    const full = agent({ id: 7, openChats: 5, maxChats: 5 });
    expect(stickyDecision(full, anyNeeds, 1_000, 1_000, 60_000)).toEqual({ kind: 'wait', agentId: 7, until: 61_000 });
    expect(stickyDecision(full, anyNeeds, 61_000, 1_000, 60_000)).toEqual({ kind: 'pool' });
    expect(stickyDecision(agent({ status: 'offline' }), anyNeeds, 0, 0, 60_000)).toEqual({ kind: 'pool' });
    expect(stickyDecision(null, anyNeeds, 0, 0, 60_000)).toEqual({ kind: 'pool' });
  });

  it('gives nothing to an online operator whose browser is gone, and holds nothing for them as a sticky operator', () => {
    const gone = agent({ id: 7, connected: false });
    expect(ineligibility(gone, anyNeeds)).toBe('disconnected');
    expect(rankCandidates([gone, agent({ id: 8, openChats: 4 })], anyNeeds).map((a) => a.id)).toEqual([8]);
    expect(stickyDecision(gone, anyNeeds, 0, 0, 60_000)).toEqual({ kind: 'pool' });
    // Full as well as gone: the customer is not kept waiting for a slot they will never free.
    expect(stickyDecision(agent({ id: 7, connected: false, openChats: 5, maxChats: 5 }), anyNeeds, 0, 0, 60_000)).toEqual({ kind: 'pool' });
  });

  it('serves the queue by priority, then first in first out', () => {
    const entry = fc.record({ id: fc.integer({ min: 1, max: 1e6 }), priority: fc.integer({ min: 0, max: 3 }), queuedAt: fc.integer({ min: 0, max: 1e6 }) });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.id }), (queue) => {
        const ordered = queueOrder(queue);
        expect(ordered).toHaveLength(queue.length);
        for (let i = 1; i < ordered.length; i++) {
          const [a, b] = [ordered[i - 1], ordered[i]];
          expect(a.priority).toBeGreaterThanOrEqual(b.priority);
          if (a.priority === b.priority) expect(a.queuedAt).toBeLessThanOrEqual(b.queuedAt);
        }
      }),
    );
  });

  it('plans a batch in queue order whatever order its requests came in, a case not yet queued counting as arriving now', () => {
    const at = (iso: string) => new Date(iso);
    const cases = [
      { conversation: { id: 1, priority: 0, queuedAt: at('2026-12-07T09:00:00Z') } },
      { conversation: { id: 2, priority: 0, queuedAt: null } },
      { conversation: { id: 3, priority: 2, queuedAt: at('2026-12-07T09:05:00Z') } },
      { conversation: { id: 4, priority: 0, queuedAt: at('2026-12-07T08:59:00Z') } },
      { conversation: { id: 5, priority: -1, queuedAt: at('2026-12-07T08:00:00Z') } },
    ];
    const now = Date.parse('2026-12-07T09:10:00Z');
    expect(inQueueOrder(cases, now).map((c) => c.conversation.id)).toEqual([3, 4, 1, 2, 5]);
  });

  it('keeps novices away from VIP and escalated conversations', () => {
    expect(ineligibility(agent({ level: 'novice' }), { ...anyNeeds, sensitive: true })).toBe('level');
    expect(ineligibility(agent({ level: 'regular' }), { ...anyNeeds, sensitive: true })).toBeNull();
  });

  it('matches languages by their base and requires every segment', () => {
    expect(ineligibility(agent({ languages: ['pt-BR'] }), { ...anyNeeds, language: 'pt' })).toBeNull();
    expect(ineligibility(agent({ languages: ['en'] }), { ...anyNeeds, language: 'uk' })).toBe('language');
    expect(ineligibility(agent({ segments: ['country:DE', 'offer:premium'] }), { ...anyNeeds, segments: ['country:DE', 'offer:premium'] })).toBeNull();
    expect(ineligibility(agent({ segments: ['country:DE'] }), { ...anyNeeds, segments: ['country:DE', 'offer:premium'] })).toBe('segment');
    expect(ineligibility(agent({ segments: [] }), { ...anyNeeds, segments: ['country:DE'] })).toBe('segment');
  });

  it('estimates the wait from the place and the operators who can serve', () => {
    expect(queueEstimate(0, 2, 60_000)).toEqual({ position: 1, estimateMs: 30_000 });
    expect(queueEstimate(5, 0, 60_000)).toEqual({ position: 6, estimateMs: null });
  });

  describe(planBatch.name, () => {
    const item = (conversationId: number, over: Partial<Parameters<typeof planBatch>[0][number]> = {}) => ({
      conversationId,
      needs: anyNeeds,
      preferredAgentId: null,
      declinedBy: [],
      ...over,
    });

    it('never plans an operator past their limit, and places as many as there are free slots', () => {
      fc.assert(
        fc.property(uniqueAgents, fc.array(needsArb, { maxLength: 40 }), (agents, needs) => {
          const plan = planBatch(needs.map((n, i) => item(i + 1, { needs: n })), agents, 1_000);
          const taken = new Map<number, number>();
          for (const a of plan.assignments) taken.set(a.agentId, (taken.get(a.agentId) ?? 0) + 1);
          for (const a of agents) expect(a.openChats + (taken.get(a.id) ?? 0)).toBeLessThanOrEqual(Math.max(a.openChats, a.maxChats));
          expect(plan.assignments.length + plan.unplaced.length).toBe(needs.length);
          // Everything unplaced really had nobody left: replaying the plan's loads, no eligible operator remains.
          for (const id of plan.unplaced) {
            const loaded = agents.map((a) => ({ ...a, openChats: a.openChats + (taken.get(a.id) ?? 0) }));
            expect(rankCandidates(loaded, needs[id - 1])).toEqual([]);
          }
        }),
      );
    });

    it('plans the same operators as routing the conversations one by one', () => {
      fc.assert(
        fc.property(uniqueAgents, fc.integer({ min: 1, max: 30 }), (agents, count) => {
          const items = Array.from({ length: count }, (_, i) => item(i + 1));
          const batch = planBatch(items, agents, 1_000).assignments;
          let pool = agents;
          const oneByOne: Array<{ conversationId: number; agentId: number }> = [];
          for (const [i, it] of items.entries()) {
            const single = planBatch([it], pool, 1_000 + i).assignments[0];
            if (!single) continue;
            oneByOne.push(single);
            pool = pool.map((a) => (a.id === single.agentId ? { ...a, openChats: a.openChats + 1, lastAssignedAt: 1_000 + i } : a));
          }
          expect(batch).toEqual(oneByOne);
        }),
      );
    });

    it('gives a returning customer their sticky operator and skips operators who declined', () => {
      const agents = [agent({ id: 1, openChats: 0 }), agent({ id: 2, openChats: 3 }), agent({ id: 3, openChats: 1 })];
      const plan = planBatch([item(10, { preferredAgentId: 2 }), item(11, { declinedBy: [1] }), item(12)], agents, 1_000);
      expect(plan.assignments).toEqual([
        { conversationId: 10, agentId: 2, holdsSlot: true },
        { conversationId: 11, agentId: 3, holdsSlot: true },
        { conversationId: 12, agentId: 1, holdsSlot: true },
      ]);
    });

    it('spreads a burst round-robin among equally loaded operators', () => {
      const agents = [agent({ id: 1, maxChats: 2 }), agent({ id: 2, maxChats: 2 })];
      const plan = planBatch([item(1), item(2), item(3), item(4), item(5)], agents, 1_000);
      expect(plan.assignments.map((a) => a.agentId)).toEqual([1, 2, 1, 2]);
      expect(plan.unplaced).toEqual([5]);
    });
  });
});

describe('routing policy with phone calls', () => {
  const chat: ConversationNeeds = { ...anyNeeds };
  const call: ConversationNeeds = { ...anyNeeds, call: true };

  it('offers no chat to an operator on a call, unless the chat’s inbox allows it', () => {
    const talking = agent({ onCall: true });
    expect(ineligibility(talking, chat)).toBe('on-call');
    expect(ineligibility(talking, { ...chat, offerDuringCalls: true })).toBeNull();
    expect(ineligibility(agent({ onCall: false }), chat)).toBeNull();
  });

  it('never gives a second call to an operator on a call, whatever the inbox allows', () => {
    expect(ineligibility(agent({ onCall: true }), { ...call, offerDuringCalls: true })).toBe('on-call');
    expect(ineligibility(agent({}), call)).toBeNull();
  });

  it('does not hold a returning caller for their operator while that operator is on a call', () => {
    expect(stickyDecision(agent({ id: 4, onCall: true }), call, 1000, 0, 60_000)).toEqual({ kind: 'pool' });
  });

  it('plans no conversation onto an operator who is on a call', () => {
    fc.assert(
      fc.property(uniqueAgents, fc.boolean(), (agents, offerDuringCalls) => {
        const talking = agents.map((a, i) => ({ ...a, onCall: i % 2 === 0 }));
        const items = talking.map((_, i) => ({ conversationId: i + 1, needs: { ...call, offerDuringCalls }, preferredAgentId: null, declinedBy: [] }));
        const byId = new Map(talking.map((a) => [a.id, a]));
        for (const assignment of planBatch(items, talking, 0).assignments) expect(byId.get(assignment.agentId)?.onCall).toBe(false);
      }),
    );
  });

  it('keeps the rest of a batch away from an operator it just gave a call', () => {
    const items = [
      { conversationId: 1, needs: call, preferredAgentId: null, declinedBy: [] },
      { conversationId: 2, needs: chat, preferredAgentId: null, declinedBy: [] },
      { conversationId: 3, needs: call, preferredAgentId: null, declinedBy: [] },
    ];
    expect(planBatch(items, [agent({ id: 1 })], 0)).toEqual({ assignments: [{ conversationId: 1, agentId: 1, holdsSlot: true }], unplaced: [2, 3] });
    expect(planBatch([items[1], items[0]], [agent({ id: 1 })], 0).assignments).toHaveLength(2);
  });

  describe('when the inbox’s calls take no slot', () => {
    it('only a voice inbox can say so, and by default its calls take a slot', () => {
      expect(conversationTakesSlot({ type: 'twilio-voice', routing: {} })).toBe(true);
      expect(conversationTakesSlot({ type: 'twilio-voice', routing: { callsTakeSlot: false } })).toBe(false);
      expect(conversationTakesSlot({ type: 'webchat', routing: { callsTakeSlot: false } })).toBe(true);
      expect(conversationTakesSlot({ type: 'telegram', routing: null })).toBe(true);
    });

    const slotFreeCall: ConversationNeeds = { ...call, takesSlot: false };

    it('a full operator may still take the call, but not a second one, and not while away', () => {
      const full = agent({ openChats: 5, maxChats: 5 });
      expect(ineligibility(full, call)).toBe('full');
      expect(ineligibility(full, slotFreeCall)).toBeNull();
      expect(ineligibility({ ...full, onCall: true }, slotFreeCall)).toBe('on-call');
      expect(ineligibility({ ...full, status: 'away' }, slotFreeCall)).toBe('not-online');
    });

    it('the operator’s sticky caller comes back to them even when their chats are full', () => {
      expect(stickyDecision(agent({ id: 4, openChats: 5, maxChats: 5 }), slotFreeCall, 1000, 0, 60_000)).toEqual({ kind: 'sticky', agentId: 4 });
    });

    it('planned calls leave the load as it is, so the chats behind them still fit (where chats may come during a call)', () => {
      const items = [
        { conversationId: 1, needs: slotFreeCall, preferredAgentId: null, declinedBy: [] },
        { conversationId: 2, needs: { ...chat, offerDuringCalls: true }, preferredAgentId: null, declinedBy: [] },
      ];
      const plan = planBatch(items, [agent({ id: 1, openChats: 0, maxChats: 1 }), agent({ id: 2, openChats: 1, maxChats: 1 })], 0);
      expect(plan.assignments).toEqual([
        { conversationId: 1, agentId: 1, holdsSlot: false },
        { conversationId: 2, agentId: 1, holdsSlot: true },
      ]);
    });

    it('never plans anyone past their limit with the slots it holds, whatever mix of calls and chats', () => {
      fc.assert(
        fc.property(uniqueAgents, fc.array(fc.boolean(), { maxLength: 60 }), (agents, kinds) => {
          const items = kinds.map((isCall, i) => ({ conversationId: i + 1, needs: isCall ? slotFreeCall : chat, preferredAgentId: null, declinedBy: [] }));
          const plan = planBatch(items, agents, 0);
          for (const a of agents) {
            const mine = plan.assignments.filter((p) => p.agentId === a.id);
            const held = mine.filter((p) => p.holdsSlot).length;
            if (held > 0) expect(a.openChats + held).toBeLessThanOrEqual(a.maxChats);
            expect(mine.filter((p) => !p.holdsSlot).length).toBeLessThanOrEqual(a.onCall ? 0 : 1);
            expect(mine.every((p) => p.holdsSlot === !items[p.conversationId - 1].needs.call)).toBe(true);
          }
        }),
      );
    });
  });
});
