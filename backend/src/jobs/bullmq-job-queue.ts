import { Logger } from '@nestjs/common';
import { type Job, Queue, Worker } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { REDIS_COMMAND_TIMEOUT_MS } from '../common/redis-command-timeout';
import { closedQueueError, duplicateHandlerError, nestJobErrorLog, unknownJobError } from './job-errors.util';
import { resolveJobOptions } from './job-options.util';
import type { JobErrorLog, JobHandler, JobOptions, JobQueue } from './job-queue';

export interface BullMqJobQueueOptions {
  redisUrl: string;
  /** Redis key prefix, so several deployments can share one server (default 'inbox:jobs'). */
  prefix?: string;
  /** Jobs this process runs at the same time (default 10). */
  concurrency?: number;
  /**
   * How long enqueue(), ping() and start() wait for a Redis connection that is
   * being made before they give up (default 2000). Redis being down never
   * blocks the caller for longer.
   */
  connectWaitMs?: number;
  logError?: JobErrorLog;
}

/** All job names share one BullMQ queue; the BullMQ job name is the port's job name. */
const QUEUE_NAME = 'default';
/** Jobs refused for want of Redis that this process keeps to add when it is back; past that the newest are dropped and counted. */
const MAX_KEPT_JOBS = 10_000;
const PING_TIMEOUT_MS = 1000;

/**
 * Finished jobs kept for inspection. Bounded so Redis does not grow forever
 * (Redis must run with maxmemory-policy noeviction, so it cannot drop them).
 * https://docs.bullmq.io/guide/queues/auto-removal-of-jobs
 */
const KEEP_COMPLETED = { count: 1000, age: 24 * 3600 };
const KEEP_FAILED = { count: 5000, age: 7 * 24 * 3600 };

/**
 * The job port on BullMQ. One Queue and (after start()) one Worker serve
 * every job name; the Worker dispatches on the job name. Any number of
 * backend processes on the same prefix share the work, and each job runs in
 * exactly one of them.
 */
export class BullMqJobQueue implements JobQueue {
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private readonly logError: JobErrorLog;
  private readonly concurrency: number;
  private readonly prefix: string;
  private readonly redisUrl: string;
  private readonly connectWaitMs: number;
  /**
   * For adds and pings. No offline queue: an enqueue while Redis is down
   * rejects instead of hanging the HTTP request that made it; a Redis that
   * stopped answering fails it after the command timeout.
   */
  private readonly connection: Redis;
  private readonly queue: Queue;
  /** Workers wait on Redis forever instead of failing: maxRetriesPerRequest must be null (https://docs.bullmq.io/guide/connections). */
  private workerConnection: Redis | null = null;
  private worker: Worker | null = null;
  private starting: Promise<void> | null = null;
  private closing: Promise<void> | null = null;
  /** Set by the first connection error, cleared when the queue connection is ready again: one log line per outage. */
  private redisDown = false;
  private readonly restoredListeners: Array<() => void> = [];
  /** Enqueues refused while Redis was unreachable, with when each was due, in order. */
  private kept: Array<{ name: string; data: unknown; options: JobOptions | undefined; dueAt: number }> = [];
  private keptDropped = 0;

  constructor(options: BullMqJobQueueOptions) {
    this.redisUrl = options.redisUrl;
    this.prefix = options.prefix ?? 'inbox:jobs';
    this.concurrency = Math.max(1, options.concurrency ?? 10);
    this.connectWaitMs = options.connectWaitMs ?? 2000;
    this.logError = options.logError ?? nestJobErrorLog();
    this.connection = this.connect('job queue', { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: REDIS_COMMAND_TIMEOUT_MS });
    // The queue connection coming back after it was lost: Redis may have restarted empty.
    let lost = false;
    this.connection.on('close', () => {
      lost = true;
    });
    this.connection.on('ready', () => {
      if (!lost || this.closing) return;
      lost = false;
      void this.addKept();
      for (const listener of this.restoredListeners) {
        try {
          listener();
        } catch (error) {
          this.safeLog('A listener for the restored job store failed', error);
        }
      }
    });
    this.queue = new Queue(QUEUE_NAME, {
      connection: this.connection,
      prefix: this.prefix,
      defaultJobOptions: { removeOnComplete: KEEP_COMPLETED, removeOnFail: KEEP_FAILED },
    });
    this.queue.on('error', (error) => this.reportError('BullMQ queue error', error));
  }

  register<T>(name: string, handler: JobHandler<T>): void {
    if (this.handlers.has(name)) throw duplicateHandlerError(name);
    this.handlers.set(name, handler as JobHandler<unknown>);
  }

  async enqueue<T>(name: string, data: T, options?: JobOptions): Promise<void> {
    if (this.closing) throw closedQueueError(name);
    if (!this.handlers.has(name)) throw unknownJobError(name);
    const { delayMs, attempts, backoffMs, jobId } = resolveJobOptions(options);
    if (!(await this.isConnected(this.connectWaitMs))) {
      this.keep(name, data, options, Date.now() + delayMs);
      throw new Error(`Cannot enqueue job "${name}" now: Redis is not reachable (this process adds it once Redis is back)`);
    }
    await this.queue.add(name, data, {
      delay: delayMs,
      attempts,
      // BullMQ waits 2^(attemptsMade-1) * delay: the port's backoffMs * 2^(attempt-1).
      backoff: { type: 'exponential', delay: backoffMs },
      // The port's jobId is a BullMQ deduplication id, not a BullMQ job id: a
      // custom job id stays taken while the finished job is kept (removeOnComplete),
      // so re-enqueueing it after a run would be silently ignored. Simple-mode
      // deduplication holds exactly while the job is waiting, delayed or active,
      // and it accepts any string, ':' included.
      // https://docs.bullmq.io/guide/jobs/deduplication
      ...(jobId === undefined ? {} : { deduplication: { id: jobId } }),
    });
  }

  onStoreRestored(listener: () => void): void {
    this.restoredListeners.push(listener);
  }

  /**
   * What was decided while Redis was away still happens once it is back:
   * an enqueue refused then (its caller hears so, and may have a way back
   * of its own, like a 503 the provider retries) is kept here and added
   * when the connection is ready again, due when it was due. Job ids make
   * it and the caller's own retry, or a job rebuilt from the rows, one job;
   * handlers check their rows, as for any job run twice. Kept in memory: a
   * process that dies meanwhile loses them, and only what is rebuilt from
   * the rows (sends, timers) comes back at its next start.
   */
  private keep(name: string, data: unknown, options: JobOptions | undefined, dueAt: number): void {
    if (this.kept.length < MAX_KEPT_JOBS) this.kept.push({ name, data, options, dueAt });
    else this.keptDropped += 1;
  }

  private async addKept(): Promise<void> {
    const kept = this.kept;
    const dropped = this.keptDropped;
    this.kept = [];
    this.keptDropped = 0;
    if (kept.length === 0 && dropped === 0) return;
    let added = 0;
    for (const job of kept) {
      try {
        await this.enqueue(job.name, job.data, { ...job.options, delayMs: Math.max(0, job.dueAt - Date.now()) });
        added += 1;
      } catch {
        // Lost again meanwhile: enqueue kept it for the next time (or the queue is closing).
      }
    }
    const lostJobs = dropped ? `; ${dropped} more were not kept (at most ${MAX_KEPT_JOBS} are)` : '';
    new Logger('Jobs').log(`Redis is back: ${added} of ${kept.length} jobs refused meanwhile are queued${lostJobs}`);
  }

  start(): Promise<void> {
    if (this.closing) return Promise.reject(new Error('The job queue is closed and cannot be started again'));
    this.starting ??= this.startWorker();
    return this.starting;
  }

  async ping(): Promise<'ok' | 'down'> {
    if (!(await this.isConnected(Math.min(PING_TIMEOUT_MS, this.connectWaitMs)))) return 'down';
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'down'>((resolve) => {
      timer = setTimeout(() => resolve('down'), PING_TIMEOUT_MS);
    });
    const answer = this.connection.ping().then(
      (reply) => (reply === 'PONG' ? ('ok' as const) : ('down' as const)),
      () => 'down' as const,
    );
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async startWorker(): Promise<void> {
    this.workerConnection = this.connect('job worker', { maxRetriesPerRequest: null });
    const worker = new Worker(QUEUE_NAME, (job) => this.process(job), {
      connection: this.workerConnection,
      prefix: this.prefix,
      concurrency: this.concurrency,
      // The finished-job bounds also apply to jobs added by older versions
      // of the app that did not set them.
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: KEEP_FAILED,
    });
    worker.on('error', (error) => this.reportError('BullMQ worker error', error));
    worker.on('failed', (job, error) => {
      if (!job) return;
      const attempts = job.opts.attempts ?? 1;
      if (job.attemptsMade < attempts) return; // BullMQ retries it after the backoff
      this.safeLog(`Job ${job.name} (${this.jobIdOf(job)}) failed on attempt ${job.attemptsMade} of ${attempts}; dropped: no attempts left`, error);
    });
    this.worker = worker;
    // Redis down at boot must not hold the whole app in onApplicationBootstrap:
    // the worker keeps reconnecting on its own and takes jobs once it is in.
    const ready = await Promise.race([
      worker.waitUntilReady().then(
        () => true,
        () => false,
      ),
      new Promise<false>((resolve) => setTimeout(resolve, this.connectWaitMs, false).unref()),
    ]);
    if (!ready) this.safeLog('Job worker is not connected to Redis yet; it keeps retrying', new Error(`No Redis at ${redactUrl(this.redisUrl)}`));
  }

  /**
   * An ioredis client that reconnects forever. While Redis is down, ioredis,
   * the Queue and the Worker all emit an error on every reconnect attempt;
   * only the first one of an outage is logged.
   */
  private connect(role: string, options: RedisOptions): Redis {
    const connection = new Redis(this.redisUrl, options);
    connection.on('ready', () => {
      this.redisDown = false;
    });
    connection.on('error', (error) => {
      if (this.redisDown) return;
      this.redisDown = true;
      this.safeLog(`Redis connection error (${role}); reconnecting`, error);
    });
    return connection;
  }

  private reportError(message: string, error: unknown): void {
    if (!this.redisDown) this.safeLog(message, error);
  }

  /**
   * Without an offline queue, a command sent while Redis is unreachable fails
   * at once, which is what an HTTP request that enqueues wants. Only while a
   * connection attempt is in flight (right after construction, or a
   * reconnect) is a short wait allowed; it ends early if that attempt fails.
   */
  private async isConnected(timeoutMs: number): Promise<boolean> {
    const connection = this.connection;
    // Between the server's end of the socket and ioredis noticing the close, it still says ready.
    if (connection.status === 'ready') return connection.stream?.writable !== false;
    if (!['wait', 'connecting', 'connect'].includes(connection.status)) return false;
    return new Promise<boolean>((resolve) => {
      const done = (value: boolean) => {
        clearTimeout(timer);
        connection.off('ready', onReady);
        connection.off('error', onFailure);
        connection.off('end', onFailure);
        resolve(value);
      };
      const onReady = () => done(true);
      const onFailure = () => done(false);
      const timer = setTimeout(onFailure, timeoutMs);
      connection.on('ready', onReady);
      connection.on('error', onFailure);
      connection.on('end', onFailure);
    });
  }

  private async process(job: Job): Promise<void> {
    const handler = this.handlers.get(job.name);
    // Another process (a newer deploy) may enqueue a name this one does not
    // know. Failing uses up an attempt; with retries left another process
    // may pick it up.
    if (!handler) throw unknownJobError(job.name);
    await handler(job.data, { attempt: job.attemptsMade + 1, jobId: this.jobIdOf(job) });
  }

  private jobIdOf(job: Job): string {
    return job.deduplicationId ?? job.id ?? '';
  }

  private async shutdown(): Promise<void> {
    await this.starting?.catch(() => undefined);
    // Worker.close() waits for the jobs it is running. Without Redis it would
    // wait for the reconnect forever, and the jobs it runs could not be marked
    // done anyway: BullMQ hands them to another process as stalled jobs.
    const redisUp = this.workerConnection?.status === 'ready';
    await this.worker?.close(!redisUp);
    await this.queue.close();
    // Connections we passed in are "shared" for BullMQ, so it leaves closing them to us.
    await Promise.all([quit(this.connection), this.workerConnection && quit(this.workerConnection)]);
  }

  private safeLog(message: string, error: unknown): void {
    try {
      this.logError(message, error);
    } catch {
      // A broken logger must not become an unhandled rejection.
    }
  }
}

/** The URL without its password, for log lines. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured REDIS_URL';
  }
}

async function quit(connection: Redis): Promise<void> {
  if (connection.status === 'end') return;
  try {
    await connection.quit();
  } catch {
    connection.disconnect();
  }
}
