import { ProviderError } from '@inbox/connectors';
import { isDatabaseUnavailable } from '../common/database-errors';

/** Where a send job stands; carried in the job data from one try to the next. */
export interface SendProgress {
  /** 1-based try that just failed. Provider rate limits do not use one up. */
  attempt: number;
  /** How many times the provider has already told us to slow down. */
  rateLimitWaits: number;
}

export interface RetryPolicy {
  maxAttempts: number;
  /** First retry delay; doubles on every further try. */
  backoffMs: number;
}

/** Past this many 429s in a row something is wrong with the bot: stop instead of waiting forever. */
export const MAX_RATE_LIMIT_WAITS = 20;
/** Never wait longer than this between two tries, whatever the doubling says. */
export const MAX_BACKOFF_MS = 10 * 60_000;

export type FailureDecision =
  | { action: 'retry'; delayMs: number; next: SendProgress; note: string }
  | { action: 'fail'; reason: string };

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The one handler for provider errors:
 * temporary → retry with exponential backoff until the attempts run out;
 * rate-limited → wait what the provider asked, without using up an attempt;
 * auth and permanent → fail now, with the provider's reason for the operator.
 * A lost database is temporary; anything else unexpected is permanent, so a
 * bug shows as a failed message instead of a loop.
 */
export function decideAfterFailure(error: unknown, progress: SendProgress, policy: RetryPolicy): FailureDecision {
  const code = error instanceof ProviderError ? error.code : isDatabaseUnavailable(error) ? 'temporary' : 'permanent';
  const reason = describe(error).slice(0, 400);
  if (code === 'rate-limited' && error instanceof ProviderError) {
    if (progress.rateLimitWaits >= MAX_RATE_LIMIT_WAITS) return { action: 'fail', reason: `Still rate limited after ${MAX_RATE_LIMIT_WAITS} waits: ${reason}` };
    const delayMs = Math.min(Math.max(error.retryAfterMs ?? policy.backoffMs, 0), MAX_BACKOFF_MS);
    return {
      action: 'retry',
      delayMs,
      next: { attempt: progress.attempt, rateLimitWaits: progress.rateLimitWaits + 1 },
      note: `Rate limited by the provider; sending again in ${seconds(delayMs)}`,
    };
  }
  if (code === 'temporary') {
    if (progress.attempt >= policy.maxAttempts) return { action: 'fail', reason: `Gave up after ${progress.attempt} attempts: ${reason}` };
    const delayMs = Math.min(policy.backoffMs * 2 ** (progress.attempt - 1), MAX_BACKOFF_MS);
    return {
      action: 'retry',
      delayMs,
      next: { attempt: progress.attempt + 1, rateLimitWaits: progress.rateLimitWaits },
      note: `Attempt ${progress.attempt} of ${policy.maxAttempts} failed (${reason}); retrying in ${seconds(delayMs)}`,
    };
  }
  if (code === 'auth') return { action: 'fail', reason: `The channel refused the inbox's credentials: ${reason}` };
  return { action: 'fail', reason };
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
