import type { JobOptions } from './job-queue';

export interface ResolvedJobOptions {
  delayMs: number;
  attempts: number;
  backoffMs: number;
  jobId: string | undefined;
}

const DEFAULT_BACKOFF_MS = 1000;

/** The defaults of the port in one place, so both implementations agree on them. */
export function resolveJobOptions(options: JobOptions = {}): ResolvedJobOptions {
  return {
    delayMs: Math.max(0, Math.floor(options.delayMs ?? 0)),
    attempts: Math.max(1, Math.floor(options.attempts ?? 1)),
    backoffMs: Math.max(0, Math.floor(options.backoffMs ?? DEFAULT_BACKOFF_MS)),
    jobId: options.jobId || undefined,
  };
}

/** Wait before the retry that follows failed attempt number `attempt` (1-based). */
export function retryDelayMs(backoffMs: number, attempt: number): number {
  return backoffMs * 2 ** (attempt - 1);
}
