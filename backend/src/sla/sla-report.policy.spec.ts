import { describe, expect, it } from 'vitest';
import { rollUp, type DecidedGroup } from './sla-report.policy';

const group = (g: Partial<DecidedGroup>): DecidedGroup => ({ policyId: 1, inboxId: 1, teamId: null, agentId: null, decided: 1, met: 1, ...g });

describe('rollUp', () => {
  const groups = [
    group({ inboxId: 1, agentId: 5, decided: 4, met: 3 }),
    group({ inboxId: 2, agentId: 5, decided: 2, met: 0 }),
    group({ inboxId: 2, agentId: null, decided: 1, met: 1 }),
    group({ policyId: 2, inboxId: 2, agentId: 6, decided: 3, met: 3 }),
  ];

  it('adds the counts up by the breakdown’s key, most decided first', () => {
    expect(rollUp(groups, (g) => g.inboxId)).toEqual([
      { id: 2, decided: 6, met: 4, share: 4 / 6 },
      { id: 1, decided: 4, met: 3, share: 0.75 },
    ]);
    expect(rollUp(groups, (g) => g.policyId).map((r) => [r.id, r.decided])).toEqual([
      [1, 7],
      [2, 3],
    ]);
  });

  it('keeps the targets nobody held as a row of their own', () => {
    expect(rollUp(groups, (g) => g.agentId)).toEqual([
      { id: 5, decided: 6, met: 3, share: 0.5 },
      { id: 6, decided: 3, met: 3, share: 1 },
      { id: null, decided: 1, met: 1, share: 1 },
    ]);
  });
});
