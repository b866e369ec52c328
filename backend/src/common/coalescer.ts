/**
 * Runs work in batches, one batch at a time: whatever is submitted while a
 * batch runs waits for the next one (group commit). A lone submission runs
 * at once as a batch of one, so latency stays that of a single call while
 * concurrent callers share round trips and transactions.
 */
export class Coalescer<Input, Output> {
  private pending: Array<{ input: Input; resolve: (output: Output) => void; reject: (error: unknown) => void }> = [];
  private running = false;

  constructor(
    private readonly runBatch: (inputs: Input[]) => Promise<Output[]>,
    private readonly maxBatch: number,
  ) {}

  submit(input: Input): Promise<Output> {
    return new Promise<Output>((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, this.maxBatch);
        try {
          const outputs = await this.runBatch(batch.map((b) => b.input));
          batch.forEach((b, i) => b.resolve(outputs[i]));
        } catch (error) {
          for (const b of batch) b.reject(error);
        }
        // Callers answered just now usually come straight back: let them, so they share the next batch
        // instead of the first of them running alone.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.running = false;
    }
  }
}
