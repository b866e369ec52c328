/**
 * Drains take turns: one runs at a time in this process, and every request
 * made while it runs is served by the one that follows, together. A drain
 * serves the whole queue, so a burst of freed slots costs one drain after
 * the running one, not one each. The operators named by the merged requests
 * (whose sticky customers are served first) are passed on as a set.
 */
export class DrainTurns {
  private running: Promise<void> | null = null;
  private following: { agentIds: Set<number>; done: Promise<void> } | null = null;

  constructor(private readonly drainFor: (agentIds: number[]) => Promise<void>) {}

  request(agentId: number | null): Promise<void> {
    if (!this.following) {
      const agentIds = new Set<number>();
      // A failed drain does not stop the next one (its own job is retried).
      const previous = (this.running ?? Promise.resolve()).catch(() => undefined);
      const done = previous.then(() => {
        // From here on a new request waits for the next turn.
        if (this.following?.done === done) this.following = null;
        this.running = done;
        return this.drainFor([...agentIds]);
      });
      this.following = { agentIds, done };
      void done.then(
        () => this.settle(done),
        () => this.settle(done),
      );
    }
    if (agentId !== null) this.following.agentIds.add(agentId);
    return this.following.done;
  }

  private settle(done: Promise<void>): void {
    if (this.running === done) this.running = null;
  }
}
