import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobErrorLog, JobQueue } from './job-queue';

/**
 * The behaviour every JobQueue implementation promises, run by each
 * implementation's spec. Delays are tens of milliseconds; the only timing
 * assertions are "not before its delay" and ordering.
 */
export type JobQueueFactory = (deps: { logError: JobErrorLog }) => JobQueue | Promise<JobQueue>;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function waitFor(condition: () => boolean, what = 'condition', timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(5);
  }
}

/** Node timers may fire a millisecond early as measured by Date.now(). */
const CLOCK_SLACK_MS = 2;

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

export function describeJobQueueContract(name: string, factory: JobQueueFactory): void {
  describe(`${name} (JobQueue contract)`, () => {
    let queues: JobQueue[];
    let logged: Array<{ message: string; error: unknown }>;

    async function createQueue(): Promise<JobQueue> {
      const queue = await factory({ logError: (message, error) => logged.push({ message, error }) });
      queues.push(queue);
      return queue;
    }

    beforeEach(() => {
      queues = [];
      logged = [];
    });

    afterEach(async () => {
      await Promise.all(queues.map((queue) => queue.close()));
    });

    it('hands the enqueued data to the handler, with attempt 1 and the given job id', async () => {
      const queue = await createQueue();
      const calls: Array<{ data: unknown; attempt: number; jobId: string }> = [];
      queue.register<{ conversationId: number }>('greet', async (data, meta) => {
        calls.push({ data, ...meta });
      });
      await queue.start();

      await queue.enqueue('greet', { conversationId: 7 }, { jobId: 'greet:7' });
      await queue.enqueue('greet', { conversationId: 8 });
      await waitFor(() => calls.length === 2, 'two runs');

      const byConversation = new Map(calls.map((call) => [(call.data as { conversationId: number }).conversationId, call]));
      expect(byConversation.get(7)).toEqual({ data: { conversationId: 7 }, attempt: 1, jobId: 'greet:7' });
      expect(byConversation.get(8)).toMatchObject({ data: { conversationId: 8 }, attempt: 1 });
      expect(byConversation.get(8)!.jobId).toEqual(expect.any(String));
      expect(byConversation.get(8)!.jobId).not.toBe('');
    });

    it('does not run a delayed job before its delay', async () => {
      const queue = await createQueue();
      const ranAt: number[] = [];
      queue.register('remind', async () => {
        ranAt.push(Date.now());
      });
      await queue.start();

      const enqueuedAt = Date.now();
      await queue.enqueue('remind', {}, { delayMs: 120 });
      await sleep(50);
      expect(ranAt).toEqual([]);

      await waitFor(() => ranAt.length === 1, 'the delayed run');
      expect(ranAt[0] - enqueuedAt).toBeGreaterThanOrEqual(120 - CLOCK_SLACK_MS);
    });

    it('holds jobs enqueued before start() until start()', async () => {
      const queue = await createQueue();
      let runs = 0;
      queue.register('early', async () => {
        runs += 1;
      });

      await queue.enqueue('early', {});
      await sleep(40);
      expect(runs).toBe(0);

      await queue.start();
      await waitFor(() => runs === 1, 'the run after start');
    });

    it('retries with exponential backoff until the handler succeeds, counting attempts from 1', async () => {
      const queue = await createQueue();
      const tries: Array<{ attempt: number; at: number }> = [];
      queue.register('flaky', async (_data, { attempt }) => {
        tries.push({ attempt, at: Date.now() });
        if (attempt < 3) throw new Error(`provider timeout on try ${attempt}`);
      });
      await queue.start();

      await queue.enqueue('flaky', {}, { attempts: 5, backoffMs: 20 });
      await waitFor(() => tries.length === 3, 'three tries');
      await sleep(150); // longer than a 4th try would wait (80 ms)

      expect(tries.map((t) => t.attempt)).toEqual([1, 2, 3]);
      // backoffMs * 2^(attempt-1): 20 ms after the 1st failure, 40 ms after the 2nd.
      expect(tries[1].at - tries[0].at).toBeGreaterThanOrEqual(20 - CLOCK_SLACK_MS);
      expect(tries[2].at - tries[1].at).toBeGreaterThanOrEqual(40 - CLOCK_SLACK_MS);
      expect(logged).toEqual([]);
    });

    it('gives up after the given number of attempts and reports the job by name and id', async () => {
      const queue = await createQueue();
      const attempts: number[] = [];
      queue.register('doomed', async (_data, { attempt }) => {
        attempts.push(attempt);
        throw new Error('chat not found');
      });
      await queue.start();

      await queue.enqueue('doomed', { messageId: 1 }, { attempts: 3, backoffMs: 10, jobId: 'send:message:1' });
      await waitFor(() => logged.length > 0, 'the final failure to be reported');
      await sleep(100); // longer than a 4th try would wait (40 ms)

      expect(attempts).toEqual([1, 2, 3]);
      expect(logged).toHaveLength(1);
      expect(logged[0].message).toContain('doomed');
      expect(logged[0].message).toContain('send:message:1');
      expect((logged[0].error as Error).message).toBe('chat not found');
    });

    it('runs a job once when the same job id is enqueued twice while it waits', async () => {
      const queue = await createQueue();
      const runs: unknown[] = [];
      queue.register('close-idle', async (data) => {
        runs.push(data);
      });
      await queue.start();

      await queue.enqueue('close-idle', { n: 1 }, { jobId: 'close-idle:42', delayMs: 30 });
      await queue.enqueue('close-idle', { n: 2 }, { jobId: 'close-idle:42', delayMs: 30 });
      await waitFor(() => runs.length === 1, 'the first run');
      await sleep(80);

      expect(runs).toEqual([{ n: 1 }]);
    });

    it('ignores a job id while that job runs and accepts it again once the job has finished', async () => {
      const queue = await createQueue();
      const runs: unknown[] = [];
      let finished = 0;
      const firstRun = gate();
      queue.register('offer-timeout', async (data) => {
        runs.push(data);
        if (runs.length === 1) await firstRun.opened;
        finished += 1;
      });
      await queue.start();

      await queue.enqueue('offer-timeout', { n: 1 }, { jobId: 'offer:9' });
      await waitFor(() => runs.length === 1, 'the first run to start');
      await queue.enqueue('offer-timeout', { n: 2 }, { jobId: 'offer:9' });
      firstRun.open();
      await waitFor(() => finished === 1, 'the first run to finish');
      // The handler has returned; give the queue a moment to record the job as done.
      await sleep(50);
      expect(runs).toEqual([{ n: 1 }]);

      await queue.enqueue('offer-timeout', { n: 3 }, { jobId: 'offer:9' });
      await waitFor(() => runs.length === 2, 'the run after the id was freed');
      expect(runs).toEqual([{ n: 1 }, { n: 3 }]);
    });

    it('rejects enqueueing a job name that has no handler', async () => {
      const queue = await createQueue();
      queue.register('known', async () => undefined);
      await queue.start();

      await expect(queue.enqueue('unknown', {})).rejects.toThrow(/unknown/);
    });

    it('throws when a second handler is registered for the same name', async () => {
      const queue = await createQueue();
      queue.register('send', async () => undefined);

      expect(() => queue.register('send', async () => undefined)).toThrow(/send/);
    });

    it('waits for a running handler when closed', async () => {
      const queue = await createQueue();
      let started = false;
      let finished = false;
      queue.register('slow', async () => {
        started = true;
        await sleep(80);
        finished = true;
      });
      await queue.start();

      await queue.enqueue('slow', {});
      await waitFor(() => started, 'the handler to start');
      await queue.close();

      expect(finished).toBe(true);
    });

    it('rejects enqueueing after close', async () => {
      const queue = await createQueue();
      queue.register('late', async () => undefined);
      await queue.start();
      await queue.close();

      await expect(queue.enqueue('late', {})).rejects.toThrow(/closed/);
    });
  });
}
