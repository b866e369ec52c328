import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ineligibility,
  positionChangedMeaningfully,
  queueEstimate,
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
    expect(positionChangedMeaningfully(null, 9)).toBe(true);
    expect(positionChangedMeaningfully(10, 9)).toBe(false);
    expect(positionChangedMeaningfully(10, 7)).toBe(true);
    expect(positionChangedMeaningfully(4, 3)).toBe(true);
  });
});
