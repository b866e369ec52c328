import { describe, expect, it } from 'vitest';
import { erlangAverageSpeedOfAnswer, erlangC, erlangServiceLevel, operatorsNeeded } from './erlang-c.policy';

describe('Erlang C', () => {
  // Published worked example: Call Centre Helper, "Erlang C Formula – Made
  // Simple With an Easy Worked Example" (callcentrehelper.com): 100 calls per
  // half hour, AHT 180 s (A = 10 erlangs), 80 % answered within 20 s. The
  // article steps N = 11..14: probability of waiting 68.21 %, 44.94 %,
  // 28.53 %, 17.41 %; service level 39.0 %, 64.0 %, 79.6 %, 88.8 %; so 14
  // agents are needed.
  it.each([
    [11, 0.6821, 0.39],
    [12, 0.4494, 0.64],
    [13, 0.2853, 0.796],
    [14, 0.1741, 0.888],
  ])('matches the Call Centre Helper example with %i agents', (agents, waits, serviceLevel) => {
    expect(erlangC(agents, 10)).toBeCloseTo(waits, 4);
    expect(erlangServiceLevel(agents, 10, 180, 20)).toBeCloseTo(serviceLevel, 3);
  });

  it('needs 14 agents for 200 calls an hour at 180 s and 80/20, as the example concludes', () => {
    expect(operatorsNeeded({ perHour: 200, handlingSeconds: 180, thresholdSeconds: 20, target: 0.8, concurrency: 1 })).toBe(14);
  });

  // Published worked example: "The Erlang-C formula" step by step (Lester
  // Bromley, mitan.co.uk/erlang/elgcmath.htm, also reproduced in Westbay's
  // Erlang C notes): 360 calls per half hour, 4 minutes each (A = 48), 55
  // agents, 15 s target: probability of waiting 0.2387, ASA 8.2 s, 84.6 %
  // answered within 15 s.
  it('matches the 360 calls / 55 agents example', () => {
    expect(erlangC(55, 48)).toBeCloseTo(0.2387, 4);
    expect(erlangAverageSpeedOfAnswer(55, 48, 240)).toBeCloseTo(8.18, 2);
    expect(erlangServiceLevel(55, 48, 240, 15)).toBeCloseTo(0.8459, 4);
  });

  it('stays finite for large centres where A^N / N! overflows', () => {
    const waits = erlangC(400, 380);
    expect(Number.isFinite(waits)).toBe(true);
    expect(waits).toBeGreaterThan(0);
    expect(waits).toBeLessThan(1);
  });

  it('says everyone waits when the agents cannot keep up, and nobody when nothing arrives', () => {
    expect(erlangC(10, 10)).toBe(1);
    expect(erlangServiceLevel(9, 10, 180, 20)).toBe(0);
    expect(erlangC(3, 0)).toBe(0);
    expect(operatorsNeeded({ perHour: 0, handlingSeconds: 180, thresholdSeconds: 20, target: 0.8, concurrency: 1 })).toBe(0);
  });

  it('divides the Erlang servers among the chats an operator holds at once', () => {
    const base = { perHour: 200, handlingSeconds: 180, thresholdSeconds: 20, target: 0.8 };
    expect(operatorsNeeded({ ...base, concurrency: 3 })).toBe(5); // 14 slots, 3 per operator
    expect(operatorsNeeded({ ...base, concurrency: 2 })).toBe(7);
  });
});
