import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/fixtures/report-dataset';
import { sampleConversations, scorecardScore } from './scorecard.policy';

const rating = (weight: number, value: number | null, criterionId = weight) => ({ criterionId, name: `c${criterionId}`, weight, value });

describe(scorecardScore.name, () => {
  it('weights each criterion’s share of the top rating', () => {
    // (15·5/5 + 20·4/5 + 20·3/5 + 30·5/5 + 15·2/5) / 100 = (15 + 16 + 12 + 30 + 6) / 100 = 79 %
    expect(scorecardScore([rating(15, 5, 1), rating(20, 4, 2), rating(20, 3, 3), rating(30, 5, 4), rating(15, 2, 5)])).toBe(79);
  });

  it('leaves criteria that do not apply out of the weights', () => {
    // (20·5/5 + 30·0/5) / 50 = 40 %
    expect(scorecardScore([rating(20, 5, 1), rating(30, 0, 2), rating(50, null, 3)])).toBe(40);
  });

  it('is null until something is rated', () => {
    expect(scorecardScore([rating(20, null)])).toBeNull();
    expect(scorecardScore([])).toBeNull();
  });
});

describe(sampleConversations.name, () => {
  const candidates = [
    ...Array.from({ length: 8 }, (_, i) => ({ agentId: 1, id: i + 1 })),
    ...Array.from({ length: 3 }, (_, i) => ({ agentId: 2, id: 100 + i })),
  ];

  it('takes up to the asked number per operator, all different', () => {
    const picked = sampleConversations(candidates, 5, seededRandom(7));
    expect(picked.filter((c) => c.agentId === 1)).toHaveLength(5);
    expect(picked.filter((c) => c.agentId === 2)).toHaveLength(3);
    expect(new Set(picked.map((c) => c.id)).size).toBe(8);
  });

  it('chooses differently with another seed and the same with the same one', () => {
    const ids = (seed: number) => sampleConversations(candidates, 3, seededRandom(seed)).map((c) => c.id);
    expect(ids(1)).toEqual(ids(1));
    expect([2, 3, 4, 5].some((seed) => ids(seed).join() !== ids(1).join())).toBe(true);
  });
});
