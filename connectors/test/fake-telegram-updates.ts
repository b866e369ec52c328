import type { IncomingMessage } from 'node:http';

/**
 * The update queue behind the fake Bot API's getUpdates
 * (https://core.telegram.org/bots/api#getupdates): updates wait until an
 * offset confirms them, and a long poll is held until updates arrive, the
 * client goes away, or its time is up.
 */
export class FakeUpdateQueue {
  /** Updates not yet confirmed by a getUpdates offset. */
  private pending: Record<string, unknown>[] = [];
  private nextUpdateId = 1000;
  private waiters = new Set<() => void>();
  private openPolls = 0;
  /** Highest offset a getUpdates call has confirmed (updates below it are gone). */
  confirmedOffset = 0;
  /** The most getUpdates requests ever open at once: Telegram allows one per bot. */
  peakOpenPolls = 0;

  /** Adds updates (update_id assigned when missing) and wakes a waiting long poll. */
  push(updates: Record<string, unknown>[]): number[] {
    const ids: number[] = [];
    for (const update of updates) {
      const id = typeof update.update_id === 'number' ? update.update_id : this.nextUpdateId++;
      this.nextUpdateId = Math.max(this.nextUpdateId, id + 1);
      this.pending.push({ ...update, update_id: id });
      ids.push(id);
    }
    this.wakeAll();
    return ids;
  }

  /** Confirms below `offset`, then answers at once or holds the request up to `timeoutMs`. */
  async take(offset: number | undefined, limit: number, timeoutMs: number, req: IncomingMessage): Promise<Record<string, unknown>[]> {
    if (offset !== undefined && offset > 0) {
      this.confirmedOffset = Math.max(this.confirmedOffset, offset);
      this.pending = this.pending.filter((u) => (u.update_id as number) >= offset);
    }
    const ready = () => this.pending.slice(0, limit);
    this.openPolls += 1;
    this.peakOpenPolls = Math.max(this.peakOpenPolls, this.openPolls);
    try {
      if (ready().length || timeoutMs <= 0) return ready();
      await this.longPoll(req, timeoutMs);
      return ready();
    } finally {
      this.openPolls -= 1;
    }
  }

  /** Updates waiting for a getUpdates (getWebhookInfo's pending_update_count). */
  get waiting(): number {
    return this.pending.length;
  }

  /** Forgets the waiting updates (deleteWebhook with drop_pending_updates). */
  drop(): void {
    this.pending = [];
  }

  reset(): void {
    this.pending = [];
    this.confirmedOffset = 0;
  }

  /** Lets every held long poll answer (at shutdown). */
  wakeAll(): void {
    for (const wake of [...this.waiters]) wake();
  }

  private longPoll(req: IncomingMessage, timeoutMs: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        req.socket.off('close', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
      req.socket.on('close', done);
    });
  }
}
