import { ProviderError } from '@inbox/connectors';
import { describe, expect, it } from 'vitest';
import { decideAfterFailure, MAX_RATE_LIMIT_WAITS } from './delivery.policy';

const policy = { maxAttempts: 4, backoffMs: 1000 };
const first = { attempt: 1, rateLimitWaits: 0 };

describe(decideAfterFailure.name, () => {
  it('retries a temporary error with a doubling delay until the attempts run out', () => {
    const error = new ProviderError('temporary', 'Telegram sendMessage failed: 502');
    expect(decideAfterFailure(error, first, policy)).toMatchObject({ action: 'retry', delayMs: 1000, next: { attempt: 2 } });
    expect(decideAfterFailure(error, { attempt: 3, rateLimitWaits: 0 }, policy)).toMatchObject({ action: 'retry', delayMs: 4000, next: { attempt: 4 } });
    expect(decideAfterFailure(error, { attempt: 4, rateLimitWaits: 0 }, policy)).toEqual({
      action: 'fail',
      reason: 'Gave up after 4 attempts: Telegram sendMessage failed: 502',
    });
  });

  it('waits what the provider asked when rate limited, without using up an attempt', () => {
    const error = new ProviderError('rate-limited', '429', 7000);
    expect(decideAfterFailure(error, { attempt: 4, rateLimitWaits: 2 }, policy)).toMatchObject({
      action: 'retry',
      delayMs: 7000,
      next: { attempt: 4, rateLimitWaits: 3 },
    });
    expect(decideAfterFailure(error, { attempt: 1, rateLimitWaits: MAX_RATE_LIMIT_WAITS }, policy).action).toBe('fail');
  });

  it('fails at once on auth and permanent errors, with the provider’s reason', () => {
    expect(decideAfterFailure(new ProviderError('permanent', 'Forbidden: bot was blocked by the user'), first, policy)).toEqual({
      action: 'fail',
      reason: 'Forbidden: bot was blocked by the user',
    });
    expect(decideAfterFailure(new ProviderError('auth', '401 Unauthorized'), first, policy)).toMatchObject({ action: 'fail', reason: expect.stringMatching(/credentials: 401/) });
  });

  it('treats a lost database as temporary and any other surprise as permanent', () => {
    expect(decideAfterFailure(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }), first, policy).action).toBe('retry');
    expect(decideAfterFailure(new Error('ENOENT: file gone'), first, policy)).toEqual({ action: 'fail', reason: 'ENOENT: file gone' });
  });
});
