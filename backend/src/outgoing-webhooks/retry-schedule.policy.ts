/**
 * Tries of one webhook delivery, the first included. With the default first
 * wait of 30 s, doubling up to 4 hours, the last try is about 24 hours after
 * the first (docs/integrations.md, "Retries").
 */
export const WEBHOOK_MAX_ATTEMPTS = 15;

/** The longest wait between two tries. */
export const WEBHOOK_MAX_RETRY_DELAY_MS = 4 * 3600 * 1000;

/**
 * The wait before the next try of a delivery whose `failedAttempts`-th try
 * (1-based) just failed: `firstDelayMs`, doubled after every further
 * failure, at most 4 hours; null once the delivery has had all its tries.
 */
export function webhookRetryDelayMs(failedAttempts: number, firstDelayMs: number): number | null {
  if (failedAttempts >= WEBHOOK_MAX_ATTEMPTS) return null;
  return Math.min(firstDelayMs * 2 ** (failedAttempts - 1), WEBHOOK_MAX_RETRY_DELAY_MS);
}
