import { describe, expect, it } from 'vitest';
import { BullMqJobQueue } from './bullmq-job-queue';
import { createJobQueue } from './create-job-queue';
import { InProcessJobQueue } from './in-process-job-queue';

describe(createJobQueue.name, () => {
  it('keeps jobs in this process when no Redis URL is configured', async () => {
    const queue = createJobQueue({ redisUrl: undefined, prefix: 'inbox:jobs' });
    expect(queue).toBeInstanceOf(InProcessJobQueue);
    await queue.close();
  });

  it('uses BullMQ when a Redis URL is configured', async () => {
    // Nothing listens on port 1; construction must not need Redis to be up.
    const queue = createJobQueue({ redisUrl: 'redis://127.0.0.1:1', prefix: 'inbox:jobs' });
    expect(queue).toBeInstanceOf(BullMqJobQueue);
    await queue.close();
  });
});
