import { describe, expect, it } from 'vitest';
import { PRIORITIES, priorityFromNumber, priorityOf, priorityRank } from './priority.policy';

describe('priorities', () => {
  it('ranks urgent over high over normal over low, normal being the column default 0', () => {
    const ranks = PRIORITIES.map(priorityRank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(priorityRank('normal')).toBe(0);
  });

  it('reads every rank back as its name', () => {
    for (const p of PRIORITIES) expect(priorityOf(priorityRank(p))).toBe(p);
    expect(priorityOf(40)).toBe('urgent');
    expect(priorityOf(-3)).toBe('low');
  });

  it('maps the old 0–100 numbers: 0 normal, 1–49 high, 50 and more urgent', () => {
    expect([0, 1, 3, 49, 50, 100].map(priorityFromNumber)).toEqual(['normal', 'high', 'high', 'high', 'urgent', 'urgent']);
  });
});
