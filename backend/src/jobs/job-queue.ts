/**
 * The job port (docs/architecture.md). Services enqueue named jobs; exactly one handler
 * is registered per name. Two implementations share this contract:
 * BullMQ on Redis when REDIS_URL is set, and an in-process queue otherwise.
 *
 * Jobs carry ids of rows, never the rows themselves: the database is the
 * source of truth and every job can be rebuilt from it after a crash.
 */
export interface JobOptions {
  /** Run no earlier than this many milliseconds from now. */
  delayMs?: number;
  /**
   * A job with the same id that is still waiting, delayed, waiting for a retry
   * or running is not added again. Once it has finished (done, or failed its
   * last attempt) the id is free: enqueueing it again schedules a new run.
   */
  jobId?: string;
  /** Total tries including the first (default 1). */
  attempts?: number;
  /** First retry delay; doubles on every further retry (default 1000). */
  backoffMs?: number;
}

export type JobHandler<T> = (data: T, meta: { attempt: number; jobId: string }) => Promise<void>;

export interface JobQueue {
  /** Registers the one handler for a job name. Throws if the name already has one. */
  register<T>(name: string, handler: JobHandler<T>): void;
  /**
   * Adds a job. Rejects if no handler is registered for the name (fail fast at
   * boot, not at run time), after close(), or when the backing store is down
   * (then BullMQ keeps the job in this process and adds it once the store
   * answers again: job ids make that and any retry of the caller's one job).
   */
  enqueue<T>(name: string, data: T, options?: JobOptions): Promise<void>;
  /** Starts processing registered names. Idempotent. */
  start(): Promise<void>;
  /**
   * Calls `listener` whenever the backing store answers again after an
   * outage. It may have come back empty (a Redis restarted without
   * persistence), so owners of jobs enqueue them again from their rows; job
   * ids make that safe. Never called by the in-process queue.
   */
  onStoreRestored(listener: () => void): void;
  /** Health of the backing store: 'disabled' for the in-process queue. */
  ping(): Promise<'ok' | 'down' | 'disabled'>;
  /** Stops taking new jobs, waits for running ones, releases connections. */
  close(): Promise<void>;
}

/**
 * Where an implementation reports a job that failed its last attempt and is
 * dropped (and Redis/worker errors). Injected so tests can observe it; the
 * implementations default to Nest's Logger under the 'Jobs' context.
 */
export type JobErrorLog = (message: string, error: unknown) => void;

export const JOB_QUEUE = Symbol('JOB_QUEUE');
