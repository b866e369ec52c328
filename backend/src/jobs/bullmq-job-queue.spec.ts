import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { startPrivateRedis } from '../../test/support/private-servers';
import { REDIS_COMMAND_TIMEOUT_MS } from '../common/redis-command-timeout';
import { BullMqJobQueue } from './bullmq-job-queue';
import { describeJobQueueContract, sleep, waitFor } from './job-queue.contract';

// Needs a real Redis (the CI script starts one); without REDIS_URL the suite is skipped, loudly.
const redisUrl = process.env.REDIS_URL;
if (!redisUrl) console.log('BullMqJobQueue specs skipped: REDIS_URL is not set (e.g. REDIS_URL=redis://127.0.0.1:6379)');

describe.skipIf(!redisUrl)(BullMqJobQueue.name, () => {
  // One prefix per run, one sub-prefix per queue, so no test sees another's jobs.
  const runPrefix = `test-jobs-${randomUUID()}`;
  let queueCount = 0;
  const nextPrefix = () => `${runPrefix}:${(queueCount += 1)}`;

  afterAll(async () => {
    const redis = new Redis(redisUrl!);
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${runPrefix}:*`, 'COUNT', 500);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      await redis.quit();
    }
  });

  describeJobQueueContract('BullMqJobQueue', ({ logError }) => new BullMqJobQueue({ redisUrl: redisUrl!, prefix: nextPrefix(), logError }));

  it('answers ping with ok while Redis is up', async () => {
    const queue = new BullMqJobQueue({ redisUrl: redisUrl!, prefix: nextPrefix() });
    try {
      expect(await queue.ping()).toBe('ok');
    } finally {
      await queue.close();
    }
  });

  it('starts, reports down and rejects enqueues, without hanging, when Redis cannot be reached', async () => {
    const logged: string[] = [];
    // Port 1 refuses connections.
    const queue = new BullMqJobQueue({
      redisUrl: 'redis://:secret@127.0.0.1:1',
      prefix: nextPrefix(),
      connectWaitMs: 200,
      logError: (message, error) => logged.push(`${message}: ${(error as Error).message}`),
    });
    queue.register('send', async () => undefined);
    try {
      await queue.start();
      expect(await queue.ping()).toBe('down');
      await expect(queue.enqueue('send', {})).rejects.toThrow(/not reachable/);
      expect(logged.length).toBeGreaterThanOrEqual(1);
      expect(logged.join('\n')).not.toContain('secret');
    } finally {
      await queue.close();
    }
  });

  it('runs each of 50 jobs exactly once across two processes on the same prefix', async () => {
    const prefix = nextPrefix();
    const runs = new Map<number, number>();
    const byProcess = { a: 0, b: 0 };
    const processes = (['a', 'b'] as const).map((label) => {
      const queue = new BullMqJobQueue({ redisUrl: redisUrl!, prefix, concurrency: 5 });
      queue.register<{ n: number }>('count', async ({ n }) => {
        runs.set(n, (runs.get(n) ?? 0) + 1);
        byProcess[label] += 1;
        await sleep(2);
      });
      return queue;
    });
    try {
      await Promise.all(processes.map((queue) => queue.start()));
      await Promise.all(Array.from({ length: 50 }, (_, n) => processes[n % 2].enqueue('count', { n })));
      await waitFor(() => runs.size === 50, 'all 50 jobs to run');
      await sleep(150); // a duplicate run, if any, has time to show up

      expect([...runs.keys()].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, n) => n));
      expect([...runs.values()].every((count) => count === 1)).toBe(true);
      expect(byProcess.a + byProcess.b).toBe(50);
    } finally {
      await Promise.all(processes.map((queue) => queue.close()));
    }
  });

  it('fails an enqueue and a ping within their time limits while Redis keeps the connection and answers nothing', async () => {
    const redis = await startPrivateRedis();
    const queue = new BullMqJobQueue({ redisUrl: redis.url, prefix: nextPrefix(), logError: () => undefined });
    queue.register('count', async () => undefined);
    const admin = new Redis(redis.url);
    try {
      await queue.start();
      // A black hole: the connections stay up, no command is answered for 6 s.
      await admin.call('CLIENT', 'PAUSE', '6000', 'ALL');
      const timed = async (call: () => Promise<unknown>) => {
        const started = Date.now();
        const outcome = await call().then(
          (value) => ({ value }),
          (error: Error) => ({ error: error.message }),
        );
        return { ...outcome, ms: Date.now() - started };
      };
      const ping = await timed(() => queue.ping());
      expect(ping).toMatchObject({ value: 'down' });
      expect(ping.ms).toBeLessThan(1500);
      const enqueue = await timed(() => queue.enqueue('count', {}));
      expect(enqueue).toHaveProperty('error');
      expect(enqueue.ms).toBeLessThan(REDIS_COMMAND_TIMEOUT_MS + 1000);
    } finally {
      admin.disconnect();
      await queue.close();
      await redis.destroy();
    }
  }, 30_000);

  it('adds the jobs it refused while Redis was away once Redis is back, each once and due when it was due', async () => {
    const redis = await startPrivateRedis();
    const queue = new BullMqJobQueue({ redisUrl: redis.url, prefix: nextPrefix(), logError: () => undefined });
    const runs: Array<{ n: number; at: number }> = [];
    queue.register<{ n: number }>('count', async ({ n }) => {
      runs.push({ n, at: Date.now() });
    });
    try {
      await queue.start();
      await redis.stop(true);
      while ((await queue.ping()) !== 'down') await sleep(50);
      const refusedAt = Date.now();
      await expect(queue.enqueue('count', { n: 1 }, { jobId: 'once' })).rejects.toThrow(/not reachable/);
      await expect(queue.enqueue('count', { n: 1 }, { jobId: 'once' })).rejects.toThrow(/not reachable/);
      await expect(queue.enqueue('count', { n: 2 }, { delayMs: 3000 })).rejects.toThrow(/not reachable/);
      await redis.start();
      await waitFor(() => runs.length === 2, 'the refused jobs to run', 10_000);
      await sleep(300);
      expect(runs.map((r) => r.n)).toEqual([1, 2]);
      expect(runs[1].at - refusedAt).toBeGreaterThanOrEqual(3000);
    } finally {
      await queue.close();
      await redis.destroy();
    }
  }, 30_000);
});
