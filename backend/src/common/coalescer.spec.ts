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
});
