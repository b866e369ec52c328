import type { LoggerService } from '@nestjs/common';
import type { Leases } from './leases.service';

/** A start that failed is tried again after this, doubled per failure up to MAX_RETRY_MS, while the lease is ours. */
export const FIRST_RETRY_MS = 5000;
export const MAX_RETRY_MS = 5 * 60_000;

/** One inbox of the kind, as its `list()` gives it. */
export interface ListedInbox {
  inbox: { id: number };
}

/** What the owner loop needs to know of one kind of connection (an IMAP sync, a polling loop, a linked number's client). */
export interface OwnedConnectionKind<Listed extends ListedInbox, Started> {
  /** The lease an inbox's connection is held under, e.g. `email-imap:<inboxId>`. */
  lease(inboxId: number): string;
  /** The inboxes whose connection should run somewhere; one left out (deleted, switched off) is stopped. */
  list(): Promise<Listed[]>;
  /** Opens the connection (it runs in the background once this returns); what it returns is kept for needsRestart. */
  start(inboxId: number): Promise<Started>;
  /** Closes the connection; called also when nothing runs. */
  stop(inboxId: number): Promise<void>;
  /** Whether a connection running here must be opened again (its settings changed, it ended by itself a while ago). */
  needsRestart?(listed: Listed, started: Started): boolean;
}

/**
 * The life of long-lived connections that must have one owner across
 * processes: every process asks for the lease of every inbox of the kind
 * (Leases); the holder opens the connection, and closes it when the lease is
 * lost or given back. The list of inboxes is read again every lease period,
 * so an inbox created, changed or removed through another process is
 * followed here too. A start that fails is tried again with backoff while
 * the lease is ours. Starts (and restarts) of one inbox run one after
 * another; a loss closes the connection at once, and a start still in
 * progress then closes what it opened, so a connection does not outlive its
 * lease here.
 */
export class OwnedConnections<Listed extends ListedInbox, Started> {
  private readonly watched = new Set<number>();
  /** Connections this process opened, with what their start returned. */
  private readonly started = new Map<number, Started>();
  private readonly retries = new Map<number, NodeJS.Timeout>();
  /** The start or restart in progress per inbox: the next one waits for it. */
  private readonly queues = new Map<number, Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | null = null;
  private ended = false;

  constructor(
    private readonly leases: Leases,
    private readonly refreshEveryMs: number,
    private readonly kind: OwnedConnectionKind<Listed, Started>,
    private readonly logger: LoggerService,
  ) {}

  /** Follows the inboxes from now on: at boot. */
  async begin(): Promise<void> {
    this.ended = false;
    await this.refresh();
    this.timer = setInterval(() => {
      this.refresh().catch((error: unknown) => this.logger.warn(`Inboxes not refreshed: ${describe(error)}`));
    }, this.refreshEveryMs);
    this.timer.unref();
  }

  /** At shutdown: every connection opened here is closed and its lease given back for another process to take at once. */
  async end(): Promise<void> {
    this.ended = true;
    clearInterval(this.timer);
    await this.refreshing?.catch(() => undefined);
    await Promise.all([...this.watched].map((id) => this.unwatch(id)));
  }

  /** Starts competing for the inbox's connection (a new inbox: without waiting for the next refresh). */
  watch(inboxId: number): void {
    if (this.watched.has(inboxId)) return;
    this.watched.add(inboxId);
    this.leases.hold(this.kind.lease(inboxId), {
      // Not awaited by the lease: a slow start (a server out of reach) must not hold up its renewals.
      onAcquired: () => void this.enqueue(inboxId, () => this.attempt(inboxId, FIRST_RETRY_MS)),
      onLost: () => this.lost(inboxId),
    });
  }

  async unwatch(inboxId: number): Promise<void> {
    this.watched.delete(inboxId);
    this.clearRetry(inboxId);
    await this.leases.release(this.kind.lease(inboxId));
  }

  /** Whether this process holds the inbox's lease (its connection runs here, or is being started or retried). */
  owns(inboxId: number): boolean {
    return this.leases.isHeld(this.kind.lease(inboxId));
  }

  /** The inbox's settings changed: a connection opened here is opened again with them (elsewhere, the refresh notices). */
  async restart(inboxId: number): Promise<void> {
    if (!this.started.has(inboxId)) return;
    await this.enqueue(inboxId, async () => {
      await this.close(inboxId);
      await this.attempt(inboxId, FIRST_RETRY_MS);
    });
  }

  private refresh(): Promise<void> {
    this.refreshing ??= this.follow().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async follow(): Promise<void> {
    if (this.ended) return;
    const listed = await this.kind.list();
    if (this.ended) return;
    const ids = new Set(listed.map((l) => l.inbox.id));
    for (const id of this.watched) if (!ids.has(id)) await this.unwatch(id);
    for (const item of listed) {
      const id = item.inbox.id;
      this.watch(id);
      if (this.started.has(id) && this.kind.needsRestart?.(item, this.started.get(id) as Started)) await this.restart(id);
    }
  }

  private async attempt(inboxId: number, delayMs: number): Promise<void> {
    this.clearRetry(inboxId);
    if (!this.owns(inboxId)) return;
    try {
      const started = await this.kind.start(inboxId);
      // Lost while starting: the stop at the loss may have come before the connection was open.
      if (!this.owns(inboxId)) return await this.kind.stop(inboxId);
      this.started.set(inboxId, started);
    } catch (error) {
      if (!this.owns(inboxId)) return;
      this.logger.warn(`Inbox ${inboxId}: the connection did not start (${describe(error)}); trying again in ${delayMs / 1000} s`);
      const timer = setTimeout(() => void this.enqueue(inboxId, () => this.attempt(inboxId, Math.min(delayMs * 2, MAX_RETRY_MS))), delayMs);
      timer.unref();
      this.retries.set(inboxId, timer);
    }
  }

  /** Closes at once, without waiting for a start in progress (Telegram out of reach can take minutes): that one closes itself when done. */
  private lost(inboxId: number): Promise<void> {
    this.clearRetry(inboxId);
    return this.close(inboxId);
  }

  private async close(inboxId: number): Promise<void> {
    this.started.delete(inboxId);
    await this.kind.stop(inboxId);
  }

  private enqueue(inboxId: number, work: () => Promise<void>): Promise<void> {
    const next = (this.queues.get(inboxId) ?? Promise.resolve()).then(work).catch((error: unknown) => this.logger.error(`Inbox ${inboxId}: ${describe(error)}`));
    this.queues.set(inboxId, next);
    void next.finally(() => {
      if (this.queues.get(inboxId) === next) this.queues.delete(inboxId);
    });
    return next;
  }

  private clearRetry(inboxId: number): void {
    clearTimeout(this.retries.get(inboxId));
    this.retries.delete(inboxId);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
