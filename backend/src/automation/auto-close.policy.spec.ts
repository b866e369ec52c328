import { describe, expect, it } from 'vitest';
import { autoCloseDueAt } from './auto-close.policy';

const minute = 60_000;

describe('autoCloseDueAt', () => {
  it('counts the silence from the operator’s last message', () => {
    expect(autoCloseDueAt({ status: 'assigned', lastWordBy: 'operator', lastOperatorAt: 2 * minute, afterMinutes: 30 })).toBe(32 * minute);
  });

  it('never closes while the customer waits for an answer', () => {
    expect(autoCloseDueAt({ status: 'assigned', lastWordBy: 'customer', lastOperatorAt: 2 * minute, afterMinutes: 30 })).toBeNull();
    expect(autoCloseDueAt({ status: 'assigned', lastWordBy: 'customer', lastOperatorAt: null, afterMinutes: 30 })).toBeNull();
  });

  it('leaves queued, bot and closed conversations alone', () => {
    for (const status of ['queued', 'bot', 'closed'] as const) {
      expect(autoCloseDueAt({ status, lastWordBy: 'operator', lastOperatorAt: 2, afterMinutes: 1 })).toBeNull();
    }
  });
});
