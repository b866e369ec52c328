import type { Logger } from '@nestjs/common';
import type { JobQueue } from './job-queue';

/**
 * Timers kept as delayed jobs die with the process that runs them in memory,
 * or with a Redis that comes back empty; the rows still say what is pending.
 * Their owner derives them again with `rebuild` at every start and whenever
 * the job store answers again after an outage (job ids make a timer that
 * still exists a no-op). Returns the start's rebuild, for an owner that must
 * finish it before the application is up.
 */
export function keepTimersFromRows(jobs: JobQueue, logger: Logger, what: string, rebuild: () => Promise<void>): Promise<void> {
  jobs.onStoreRestored(() => {
    rebuild().catch((error: unknown) => logger.warn(`${what} not rebuilt: ${error instanceof Error ? error.message : String(error)}`));
  });
  return rebuild();
}
