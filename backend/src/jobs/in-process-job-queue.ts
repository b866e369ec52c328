import { randomUUID } from 'node:crypto';
import { closedQueueError, duplicateHandlerError, nestJobErrorLog, unknownJobError } from './job-errors.util';
import { resolveJobOptions, retryDelayMs } from './job-options.util';
import type { JobErrorLog, JobHandler, JobOptions, JobQueue } from './job-queue';

export interface InProcessJobQueueOptions {
  /** Handlers running at the same time; further due jobs wait for a slot (default 10). */
  concurrency?: number;
  logError?: JobErrorLog;
}

interface PendingJob {
  name: string;
  data: unknown;
  /** The caller's jobId, or a generated one handed to the handler. */
  jobId: string;
  /** Set only when the caller gave a jobId: the key held for de-duplication. */
  dedupId: string | undefined;
  attempt: number;
  attempts: number;
  backoffMs: number;
}

/**
 * The job port on timers in this process, for the embedded install (no
 * REDIS_URL). Jobs live in memory only: a restart loses the waiting ones,
 * which is acceptable because every job can be rebuilt from database rows.
 *
 * De-duplication ids are shared by all job names, as in the BullMQ queue
 * (one queue for every name), so build them with the name in them.
 */
export class InProcessJobQueue implements JobQueue {
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  /** Timers of jobs waiting for their delay or their retry backoff. */
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Jobs that are due and wait for a free slot (or for start()). */
  private readonly due: PendingJob[] = [];
  private readonly running = new Set<Promise<void>>();
  /** Caller-given ids of jobs that are waiting or running. */
  private readonly liveIds = new Set<string>();
  private readonly concurrency: number;
  private readonly logError: JobErrorLog;
  private state: 'created' | 'started' | 'closed' = 'created';

  constructor(options: InProcessJobQueueOptions = {}) {
    this.concurrency = Math.max(1, options.concurrency ?? 10);
    this.logError = options.logError ?? nestJobErrorLog();
  }

  register<T>(name: string, handler: JobHandler<T>): void {
    if (this.handlers.has(name)) throw duplicateHandlerError(name);
    this.handlers.set(name, handler as JobHandler<unknown>);
  }

  async enqueue<T>(name: string, data: T, options?: JobOptions): Promise<void> {
    if (this.state === 'closed') throw closedQueueError(name);
    if (!this.handlers.has(name)) throw unknownJobError(name);
    const { delayMs, attempts, backoffMs, jobId } = resolveJobOptions(options);
    if (jobId !== undefined) {
      if (this.liveIds.has(jobId)) return;
      this.liveIds.add(jobId);
    }
    this.schedule({ name, data, jobId: jobId ?? randomUUID(), dedupId: jobId, attempt: 1, attempts, backoffMs }, delayMs);
  }

  async start(): Promise<void> {
    if (this.state === 'closed') throw new Error('The job queue is closed and cannot be started again');
    this.state = 'started';
    this.pump();
  }

  /** The store is this process's memory: it is never lost while the process lives. */
  onStoreRestored(): void {}

  async ping(): Promise<'disabled'> {
    return 'disabled';
  }

  async close(): Promise<void> {
    this.state = 'closed';
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.due.length = 0;
    // A handler that fails while we wait does not schedule its retry (see
    // finish), so the set only shrinks.
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
    this.liveIds.clear();
  }

  private schedule(job: PendingJob, delayMs: number): void {
    if (delayMs <= 0) {
      this.due.push(job);
      this.pump();
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.due.push(job);
      this.pump();
    }, delayMs);
    this.timers.add(timer);
  }

  private pump(): void {
    if (this.state !== 'started') return;
    while (this.running.size < this.concurrency && this.due.length > 0) {
      const job = this.due.shift()!;
      const run: Promise<void> = this.run(job).finally(() => {
        this.running.delete(run);
        this.pump();
      });
      this.running.add(run);
    }
  }

  /** Never rejects: a failure becomes a retry or a log line, not an unhandled rejection. */
  private async run(job: PendingJob): Promise<void> {
    const handler = this.handlers.get(job.name)!;
    try {
      await handler(job.data, { attempt: job.attempt, jobId: job.jobId });
    } catch (error) {
      if (job.attempt < job.attempts && this.state === 'started') {
        this.schedule({ ...job, attempt: job.attempt + 1 }, retryDelayMs(job.backoffMs, job.attempt));
        return;
      }
      const why = job.attempt < job.attempts ? 'the queue is closing' : 'no attempts left';
      this.safeLog(`Job ${job.name} (${job.jobId}) failed on attempt ${job.attempt} of ${job.attempts}; dropped: ${why}`, error);
    }
    if (job.dedupId !== undefined) this.liveIds.delete(job.dedupId);
  }

  private safeLog(message: string, error: unknown): void {
    try {
      this.logError(message, error);
    } catch {
      // A broken logger must not turn a dropped job into an unhandled rejection.
    }
  }
}
