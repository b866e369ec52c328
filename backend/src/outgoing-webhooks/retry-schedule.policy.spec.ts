import { describe, expect, it } from 'vitest';
import { WEBHOOK_MAX_ATTEMPTS, webhookRetryDelayMs } from './retry-schedule.policy';

describe('webhookRetryDelayMs', () => {
  it('doubles from the first wait', () => {
    expect([1, 2, 3, 4].map((n) => webhookRetryDelayMs(n, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it('waits at most 4 hours', () => {
    expect(webhookRetryDelayMs(10, 30_000)).toBe(4 * 3600_000);
    expect(webhookRetryDelayMs(14, 30_000)).toBe(4 * 3600_000);
  });

  it('gives up after the last try', () => {
    expect(webhookRetryDelayMs(WEBHOOK_MAX_ATTEMPTS, 30_000)).toBeNull();
  });

  it('spreads the tries over about a day by default', () => {
    let total = 0;
    for (let failed = 1; failed < WEBHOOK_MAX_ATTEMPTS; failed++) total += webhookRetryDelayMs(failed, 30_000) as number;
    expect(total / 3600_000).toBeGreaterThan(23);
    expect(total / 3600_000).toBeLessThan(25);
  });
});
