interface Waiting<Input, Output> {
  input: Input;
  resolve: (output: Output) => void;
  reject: (error: unknown) => void;
}

export interface CoalescerOptions<Input> {
  /**
   * Batches that may run at once (default 1). A second one lets the next
   * batch's statement run while the first waits for its commit, so the
   * database can flush both with one disk write.
   */
  inFlight?: number;
  /**
   * What must stay in order (a conversation, say): an input waits while a
   * batch holding its key runs, so inputs with one key finish in the order
   * they were submitted. Needed when inFlight is above 1, where batches may
   * finish out of order.
   */
  keyOf?: (input: Input) => string | number;
}

/**
 * Runs work in batches: whatever is submitted while a batch runs waits for
 * the next one (group commit). A lone submission runs at once as a batch of
 * one, so latency stays that of a single call while concurrent callers share
 * round trips and transactions.
 */
export class Coalescer<Input, Output> {
  private pending: Array<Waiting<Input, Output>> = [];
  private running = 0;
  private startScheduled = false;
  private readonly inFlight: number;
  private readonly keyOf?: (input: Input) => string | number;
  /** Keys held by running batches, with how many of their inputs. */
  private readonly busyKeys = new Map<string | number, number>();

  constructor(
    private readonly runBatch: (inputs: Input[]) => Promise<Output[]>,
    private readonly maxBatch: number,
    options: CoalescerOptions<Input> = {},
  ) {
    this.inFlight = options.inFlight ?? 1;
    this.keyOf = options.keyOf;
    if (this.inFlight > 1 && !this.keyOf) throw new Error('A coalescer with more than one batch in flight needs keyOf to keep order');
  }

  submit(input: Input): Promise<Output> {
    return new Promise<Output>((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      // Nothing running and nothing about to start: a lone submission runs at once.
      if (this.running === 0 && !this.startScheduled) this.startBatches();
      else this.scheduleStart();
    });
  }

  /**
   * Another batch, while one runs, starts once the current turn of the event
   * loop is over: the callers arriving in it share that batch instead of the
   * first of them running alone. With one batch in flight that is when the
   * running one ends; callers answered just then usually come straight back.
   */
  private scheduleStart(): void {
    if (this.startScheduled || this.running >= this.inFlight) return;
    this.startScheduled = true;
    setImmediate(() => {
      this.startScheduled = false;
      this.startBatches();
    });
  }

  private startBatches(): void {
    while (this.running < this.inFlight && this.pending.length > 0) {
      const batch = this.takeBatch();
      if (batch.length === 0) return;
      this.running += 1;
      void this.run(batch);
    }
  }

  /** The next batch: the oldest inputs, skipping keys a running batch holds (and every later input of a skipped key). */
  private takeBatch(): Array<Waiting<Input, Output>> {
    const keyOf = this.keyOf;
    if (!keyOf) return this.pending.splice(0, this.maxBatch);
    const batch: Array<Waiting<Input, Output>> = [];
    const left: Array<Waiting<Input, Output>> = [];
    const skipped = new Set<string | number>();
    for (const waiting of this.pending) {
      const key = keyOf(waiting.input);
      if (batch.length < this.maxBatch && !this.busyKeys.has(key) && !skipped.has(key)) batch.push(waiting);
      else {
        left.push(waiting);
        skipped.add(key);
      }
    }
    this.pending = left;
    for (const { input } of batch) this.changeBusy(keyOf(input), 1);
    return batch;
  }

  private async run(batch: Array<Waiting<Input, Output>>): Promise<void> {
    try {
      const outputs = await this.runBatch(batch.map((b) => b.input));
      batch.forEach((b, i) => b.resolve(outputs[i]));
    } catch (error) {
      for (const b of batch) b.reject(error);
    } finally {
      if (this.keyOf) for (const { input } of batch) this.changeBusy(this.keyOf(input), -1);
      this.running -= 1;
      this.scheduleStart();
    }
  }

  private changeBusy(key: string | number, by: number): void {
    const count = (this.busyKeys.get(key) ?? 0) + by;
    if (count === 0) this.busyKeys.delete(key);
    else this.busyKeys.set(key, count);
  }
}
