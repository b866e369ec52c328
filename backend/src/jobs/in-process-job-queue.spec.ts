import { describe, expect, it } from 'vitest';
import { InProcessJobQueue } from './in-process-job-queue';
import { describeJobQueueContract, sleep, waitFor } from './job-queue.contract';

describeJobQueueContract(InProcessJobQueue.name, ({ logError }) => new InProcessJobQueue({ logError }));

describe(InProcessJobQueue.name, () => {
  it('reports that there is no backing store to check', async () => {
    const queue = new InProcessJobQueue();
    expect(await queue.ping()).toBe('disabled');
    await queue.close();
  });

  it('runs no more handlers at once than its concurrency', async () => {
    const queue = new InProcessJobQueue({ concurrency: 2 });
    let running = 0;
    let mostAtOnce = 0;
    let done = 0;
    queue.register('send', async () => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await sleep(15);
      running -= 1;
      done += 1;
    });
    await queue.start();

    for (let n = 0; n < 6; n += 1) await queue.enqueue('send', { n });
    await waitFor(() => done === 6, 'six runs');
    await queue.close();

    expect(mostAtOnce).toBe(2);
  });

  it('drops delayed jobs and pending retries on close instead of running them later', async () => {
    const logged: string[] = [];
    const queue = new InProcessJobQueue({ logError: (message) => logged.push(message) });
    const runs: string[] = [];
    queue.register('later', async () => {
      runs.push('later');
    });
    queue.register('retry', async () => {
      runs.push('retry');
      throw new Error('temporary');
    });
    await queue.start();

    await queue.enqueue('later', {}, { delayMs: 30 });
    await queue.enqueue('retry', {}, { attempts: 3, backoffMs: 30 });
    await waitFor(() => runs.includes('retry'), 'the first try');
    await queue.close();
    await sleep(80);

    expect(runs).toEqual(['retry']);
  });

  it('drops a failure that happens while closing, with a log line instead of a retry', async () => {
    const logged: string[] = [];
    const queue = new InProcessJobQueue({ logError: (message) => logged.push(message) });
    let tries = 0;
    queue.register('shaky', async () => {
      tries += 1;
      await sleep(20);
      throw new Error('connection reset');
    });
    await queue.start();

    await queue.enqueue('shaky', {}, { attempts: 5, backoffMs: 1, jobId: 'shaky:1' });
    await waitFor(() => tries === 1, 'the first try');
    await queue.close();
    await sleep(30);

    expect(tries).toBe(1);
    expect(logged).toEqual([expect.stringContaining('shaky:1')]);
  });
});
