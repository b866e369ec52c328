import { describe, expect, it } from 'vitest';
import { Coalescer } from './coalescer';

describe(Coalescer.name, () => {
  it('runs a lone submission at once and groups what arrives while a batch runs', async () => {
    const batches: number[][] = [];
    const coalescer = new Coalescer<number, number>(async (inputs) => {
      batches.push(inputs);
      await new Promise((r) => setTimeout(r, 5));
      return inputs.map((n) => n * 10);
    }, 3);
    const first = coalescer.submit(1);
    const rest = [2, 3, 4, 5, 6].map((n) => coalescer.submit(n));
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40, 50, 60]);
    expect(batches).toEqual([[1], [2, 3, 4], [5, 6]]);
  });

  it('rejects every member of a failing batch and carries on with the next', async () => {
    const coalescer = new Coalescer<number, number>(async (inputs) => {
      await new Promise((r) => setTimeout(r, 1));
      if (inputs.includes(2)) throw new Error('batch failed');
      return inputs;
    }, 10);
    const one = coalescer.submit(1);
    const two = coalescer.submit(2);
    const three = coalescer.submit(3);
    await expect(one).resolves.toBe(1);
    await expect(two).rejects.toThrow('batch failed');
    await expect(three).rejects.toThrow('batch failed');
    await expect(coalescer.submit(4)).resolves.toBe(4);
  });

  it('runs a second batch beside the first, keeping the inputs of one key in order', async () => {
    const started: string[][] = [];
    const finished: string[] = [];
    const gates: Array<() => void> = [];
    const coalescer = new Coalescer<string, string>(
      async (inputs) => {
        started.push(inputs);
        await new Promise<void>((open) => gates.push(open));
        finished.push(...inputs);
        return inputs;
      },
      10,
      { inFlight: 2, keyOf: (input) => input[0] },
    );
    const a1 = coalescer.submit('a1');
    const later = ['b1', 'a2', 'c1', 'a3'].map((input) => coalescer.submit(input));
    await new Promise((r) => setImmediate(r));
    // 'a1' runs alone; the second batch takes what came meanwhile, but not the a's: 'a1' is still running.
    expect(started).toEqual([['a1'], ['b1', 'c1']]);
    gates[1]();
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    // A slot is free, but every waiting input's key is held by the running batch.
    expect(started).toHaveLength(2);
    gates[0]();
    await a1;
    await new Promise((r) => setImmediate(r));
    expect(started[2]).toEqual(['a2', 'a3']);
    gates[2]();
    expect(await Promise.all(later)).toEqual(['b1', 'a2', 'c1', 'a3']);
    expect(finished).toEqual(['b1', 'c1', 'a1', 'a2', 'a3']);
  });

  it('refuses more than one batch in flight without a key to keep order by', () => {
    expect(() => new Coalescer<number, number>(async (inputs) => inputs, 10, { inFlight: 2 })).toThrow(/keyOf/);
  });
});
