import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageHandleMs, isNews, lookGapMs, nextLookAt, planQueueUpdates, type QueuePlace, type ToldPlace } from './queue-updates.policy';

const INTERVAL = 3000;
const place = (conversationId: number, position: number, expectedWaitMs: number | null = null): QueuePlace => ({ conversationId, position, expectedWaitMs });

describe(isNews.name, () => {
  it('is news when never told, when the place moved or the wait changed by a minute', () => {
    expect(isNews(undefined, place(1, 3))).toBe(true);
    expect(isNews({ position: 3, expectedWaitMs: null, at: 0 }, place(1, 3))).toBe(false);
    expect(isNews({ position: 3, expectedWaitMs: null, at: 0 }, place(1, 2))).toBe(true);
    expect(isNews({ position: 3, expectedWaitMs: 240_000, at: 0 }, place(1, 3, 250_000))).toBe(false);
    expect(isNews({ position: 3, expectedWaitMs: 240_000, at: 0 }, place(1, 3, 300_000))).toBe(true);
    expect(isNews({ position: 3, expectedWaitMs: 240_000, at: 0 }, place(1, 3, null))).toBe(true);
  });
});

describe(planQueueUpdates.name, () => {
  it('tells a new customer at once and holds back one told within the interval', () => {
    const told = new Map<number, ToldPlace>([
      [1, { position: 2, expectedWaitMs: null, at: 9_000 }],
      [2, { position: 3, expectedWaitMs: null, at: 5_000 }],
      [3, { position: 3, expectedWaitMs: null, at: 9_500 }],
    ]);
    const plan = planQueueUpdates([place(1, 1), place(2, 2), place(3, 3), place(4, 4)], told, 10_000, INTERVAL);
    // 1 heard something a second ago; 2 long ago; 3 has no news; 4 is new.
    expect(plan.tell.map((p) => p.conversationId)).toEqual([2, 4]);
    expect(plan.nextAt).toBe(12_000);
  });

  it('tells those asked for at once even without news or within the interval', () => {
    const told = new Map<number, ToldPlace>([[1, { position: 1, expectedWaitMs: null, at: 9_900 }]]);
    expect(planQueueUpdates([place(1, 1)], told, 10_000, INTERVAL, new Set([1])).tell).toEqual([place(1, 1)]);
    expect(planQueueUpdates([place(1, 1)], told, 10_000, INTERVAL).tell).toEqual([]);
  });

  it('waits for nothing when nothing is held back', () => {
    expect(planQueueUpdates([], new Map(), 0, INTERVAL)).toEqual({ tell: [], nextAt: null });
  });

  /**
   * The loop QueueUpdates runs: the queue changes at random moments; each
   * change is looked at at once, and a look again is due when the plan says.
   * Whatever the moves, nobody hears twice within an interval and everyone
   * ends on their true place.
   */
  it('in any burst of moves gives each customer at most one update per interval and ends on the true place', () => {
    const moves = fc.array(fc.record({ after: fc.integer({ min: 0, max: 2500 }), served: fc.boolean() }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), moves, (size, changes) => {
        let queue = Array.from({ length: size }, (_, i) => i + 1);
        let nextId = size + 1;
        const told = new Map<number, ToldPlace>();
        const heard = new Map<number, number[]>();
        let due: number | null = null;
        const look = (now: number) => {
          const plan = planQueueUpdates(queue.map((id, i) => place(id, i + 1)), told, now, INTERVAL);
          for (const p of plan.tell) {
            told.set(p.conversationId, { position: p.position, expectedWaitMs: p.expectedWaitMs, at: now });
            heard.set(p.conversationId, [...(heard.get(p.conversationId) ?? []), now]);
          }
          due = plan.nextAt;
        };
        let now = 0;
        look(now);
        for (const change of changes) {
          const at = now + change.after;
          // Trailing looks that came due before this change.
          while (due !== null && due <= at) look(due);
          now = at;
          if (change.served && queue.length > 0) queue = queue.slice(1);
          else queue = [...queue, nextId++];
          look(now);
        }
        while (due !== null) look(due);

        for (const times of heard.values()) for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(INTERVAL);
        queue.forEach((id, i) => expect(told.get(id)?.position).toBe(i + 1));
      }),
    );
  });
});

describe(averageHandleMs.name, () => {
  it('averages only with enough history', () => {
    expect(averageHandleMs([60_000, 120_000, 180_000, 240_000, 300_000])).toBe(180_000);
    expect(averageHandleMs([60_000, 120_000])).toBeNull();
    expect(averageHandleMs([60_000, 120_000], 1)).toBe(90_000);
    expect(averageHandleMs([], 1)).toBeNull();
  });
});

describe(nextLookAt.name, () => {
  it('reads a quiet inbox at once and a busy one at most once per gap', () => {
    expect(nextLookAt(1_000, null, 500)).toBe(1_000);
    expect(nextLookAt(1_000, 200, 500)).toBe(1_000);
    expect(nextLookAt(1_000, 800, 500)).toBe(1_300);
  });

  it('reads a long queue less often, never less than once per interval', () => {
    expect(lookGapMs(0)).toBe(500);
    expect(lookGapMs(1_200)).toBe(1_200);
    expect(lookGapMs(50_000)).toBe(3_000);
  });
});
