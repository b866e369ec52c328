import { BullMqJobQueue } from './bullmq-job-queue';
import { InProcessJobQueue } from './in-process-job-queue';
import type { JobQueue } from './job-queue';

/** BullMQ on Redis when a Redis URL is configured (docs/architecture.md), timers in this process otherwise. */
export function createJobQueue(opts: { redisUrl?: string; prefix?: string }): JobQueue {
  if (opts.redisUrl) return new BullMqJobQueue({ redisUrl: opts.redisUrl, prefix: opts.prefix });
  return new InProcessJobQueue();
}
