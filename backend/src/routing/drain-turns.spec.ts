import { describe, expect, it } from 'vitest';
import { DrainTurns } from './drain-turns';

/** A drain the test finishes by hand. */
function controlledDrains() {
  const calls: Array<{ agentIds: number[]; finish: (error?: Error) => void }> = [];
  let running = 0;
  let mostAtOnce = 0;
  const turns = new DrainTurns(
    (agentIds) =>
      new Promise<void>((resolve, reject) => {
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        calls.push({
          agentIds: [...agentIds].sort(),
          finish: (error) => {
            running--;
            if (error) reject(error);
            else resolve();
          },
        });
      }),
  );
  return { turns, calls, mostAtOnce: () => mostAtOnce };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('DrainTurns', () => {
  it('runs one drain at once and serves every request made meanwhile with one drain after it', async () => {
    const { turns, calls, mostAtOnce } = controlledDrains();
    const first = turns.request(7);
    await tick();
    expect(calls.map((c) => c.agentIds)).toEqual([[7]]);
    const later = [turns.request(3), turns.request(null), turns.request(5), turns.request(3)];
    await tick();
    expect(calls).toHaveLength(1);
    calls[0].finish();
    await first;
    await tick();
    expect(calls.map((c) => c.agentIds)).toEqual([[7], [3, 5]]);
    calls[1].finish();
    await Promise.all(later);
    expect(mostAtOnce()).toBe(1);
  });

  it('starts again with a new drain after the last one settled', async () => {
    const { turns, calls } = controlledDrains();
    const first = turns.request(null);
    await tick();
    calls[0].finish();
    await first;
    const second = turns.request(2);
    await tick();
    expect(calls.map((c) => c.agentIds)).toEqual([[], [2]]);
    calls[1].finish();
    await second;
  });

  it('passes a failed drain on to its requests and still runs the next', async () => {
    const { turns, calls } = controlledDrains();
    const failing = turns.request(1);
    await tick();
    const following = turns.request(2);
    calls[0].finish(new Error('database gone'));
    await expect(failing).rejects.toThrow('database gone');
    await tick();
    expect(calls.map((c) => c.agentIds)).toEqual([[1], [2]]);
    calls[1].finish();
    await expect(following).resolves.toBeUndefined();
  });
});
