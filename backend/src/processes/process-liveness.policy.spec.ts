import { describe, expect, it } from 'vitest';
import { deadProcessBoundMs, heartbeatIntervalMs } from './process-liveness.policy';

describe('process liveness timing', () => {
  it('beats four times per timeout and bounds a dead process by the timeout plus one beat', () => {
    expect(heartbeatIntervalMs(10_000)).toBe(2500);
    expect(deadProcessBoundMs(10_000)).toBe(12_500);
    expect(heartbeatIntervalMs(100)).toBe(250);
  });
});
