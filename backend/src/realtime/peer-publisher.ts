/** Emits kept at most while Redis is away (some megabytes of pushes); past that the newest are dropped and counted. */
export const MAX_HELD_EMITS = 10_000;

/**
 * Held emits go out once every process listens again: each process's
 * subscriber reconnects on its own schedule (ioredis tries at most 2 s
 * apart, later on a loaded machine), and a process that has not subscribed
 * again when an emit is published never hears it. Where the publisher knows
 * how many listened before (PUBLISH says how many got each push), it asks
 * Redis how many listen now, this often, and publishes when they are all
 * back or RESUBSCRIBE_MAX_WAIT_MS has passed (a process that died meanwhile
 * never comes back). Knowing nothing of before, it waits RESUBSCRIBE_GRACE_MS.
 */
export const RESUBSCRIBE_GRACE_MS = 3000;
export const RESUBSCRIBE_CHECK_MS = 100;
export const RESUBSCRIBE_MAX_WAIT_MS = 10_000;

/** The part of an ioredis client the publisher uses. */
export interface PublishingClient {
  readonly status: string;
  publish(channel: string, message: string | Buffer): Promise<number>;
  /** PUBSUB NUMSUB: each channel followed by how many connections are subscribed to it. */
  pubsub(subcommand: 'NUMSUB', ...channels: string[]): Promise<unknown[]>;
  on(event: 'ready' | 'close', listener: () => void): unknown;
}

/**
 * What the socket.io Redis adapter publishes for the other processes,
 * through Redis outages. The adapter never waits for a PUBLISH: one that
 * fails would become an unhandled rejection (the process exits), and one
 * made while Redis is away is lost to every other process. So while Redis
 * is away emits are held here, in order, and published once it is back:
 * an operator connected to another process hears late, and once, what
 * happened meanwhile (pushes, operators' tabs joining and leaving rooms,
 * disconnects). Questions that wait for answers (RealtimeService.askPeers)
 * and the answers to them are not held: the asker stops waiting at its own
 * time limit, and a late question could make a peer act after the asker
 * gave up.
 */
export class PeerPublisher {
  private held: Array<[channel: string, message: string | Buffer]> = [];
  /** Emits written to a connection that died before Redis answered: published again first, in the order they failed. */
  private unanswered: Array<[channel: string, message: string | Buffer]> = [];
  private dropped = 0;
  /** From the first sign of an outage until the held emits are out. */
  private holding = false;
  private flushTimer: NodeJS.Timeout | null = null;
  private failureReported = false;
  /** Shutting down: the connection's end that follows is no outage. */
  private closed = false;
  /** How many connections got the last publish on each channel every process subscribes to by name (not by pattern). */
  private readonly listeners = new Map<string, number>();
  /** Those counts as the outage began: the processes to wait for. */
  private listenersBefore = new Map<string, number>();
  /** Counts the waits for listeners begun on 'ready': a wait that is no longer the last one stops. */
  private waits = 0;
  private readonly send: (channel: string, message: string | Buffer) => Promise<number>;

  constructor(
    private readonly client: PublishingClient,
    /** The adapter's request and response channels (`<key>-request#`, `<key>-response#`). */
    private readonly questionChannels: { request: string; response: string },
    private readonly log: (message: string) => void,
    /** The start of the channels every process subscribes to by name (the adapters' pushes, pushesChannelPrefix): their listeners are counted. */
    private readonly countedChannels: string,
  ) {
    this.send = client.publish.bind(client);
    client.on('close', () => this.hold());
    client.on('ready', () => {
      if (!this.holding || this.closed) return;
      if (this.flushTimer) clearTimeout(this.flushTimer);
      this.flushTimer = null;
      const wait = (this.waits += 1);
      if (this.listenersBefore.size === 0) {
        this.flushTimer = setTimeout(() => this.flush(), RESUBSCRIBE_GRACE_MS);
        this.flushTimer.unref();
        return;
      }
      void this.waitForListeners(wait, Date.now() + RESUBSCRIBE_MAX_WAIT_MS);
    });
  }

  /** Never rejects: nobody waits for a PUBLISH, and a rejection nobody handles ends the process. */
  publish(channel: string, message: string | Buffer): Promise<number> {
    if (this.closed) return Promise.resolve(0);
    if (!this.holding) {
      if (this.client.status === 'ready') return this.sendNow(channel, message);
      this.hold();
    }
    if (this.waitsForAnswers(channel, message)) return Promise.resolve(0);
    if (this.held.length < MAX_HELD_EMITS) this.held.push([channel, message]);
    else this.dropped += 1;
    return Promise.resolve(0);
  }

  /** Shutting down: what is still held has nobody left to publish it. */
  close(): void {
    this.closed = true;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    this.held = [];
    this.unanswered = [];
  }

  private hold(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    this.waits += 1;
    if (this.holding || this.closed) return;
    this.holding = true;
    this.listenersBefore = new Map(this.listeners);
    this.log('Redis is unreachable: emits for the other processes are held until it is back');
  }

  /** Publishes what is held once as many listen on the counted channels as before the outage, or at `deadline`. */
  private async waitForListeners(wait: number, deadline: number): Promise<void> {
    const channels = [...this.listenersBefore.keys()];
    for (;;) {
      const counts = await this.client.pubsub('NUMSUB', ...channels).catch(() => null);
      // Lost again, or closed: the next 'ready' waits anew.
      if (wait !== this.waits || this.closed) return;
      const listening = new Map<string, number>();
      for (let i = 0; counts && i + 1 < counts.length; i += 2) listening.set(String(counts[i]), Number(counts[i + 1]));
      if (counts && channels.every((channel) => (listening.get(channel) ?? 0) >= (this.listenersBefore.get(channel) ?? 0))) break;
      if (Date.now() >= deadline) break;
      await new Promise((resolve) => setTimeout(resolve, RESUBSCRIBE_CHECK_MS).unref());
      if (wait !== this.waits || this.closed) return;
    }
    this.flush();
  }

  private flush(): void {
    this.flushTimer = null;
    // Lost again meanwhile: the next 'ready' tries again.
    if (this.client.status !== 'ready') return;
    const held = [...this.unanswered, ...this.held];
    this.held = [];
    this.unanswered = [];
    this.holding = false;
    this.failureReported = false;
    // In one turn, so nothing published later overtakes them.
    for (const [channel, message] of held) void this.sendNow(channel, message);
    const dropped = this.dropped ? `; ${this.dropped} more were dropped (at most ${MAX_HELD_EMITS} are held)` : '';
    this.dropped = 0;
    this.log(`Redis is back: ${held.length} emits held for the other processes are published${dropped}`);
  }

  /**
   * An emit made just before Redis went away was written to a connection
   * that died before the answer: Redis most likely never took it, so it is
   * published again once Redis is back. Should Redis have taken it after
   * all, the other processes hear it twice, which the apps take in their
   * stride (they merge what they are told by id); never hearing it, they
   * would miss a message. A failure while the connection stays up (Redis
   * slow past the command timeout, or refusing) is not repeated: Redis may
   * be delivering it still.
   */
  private sendNow(channel: string, message: string | Buffer): Promise<number> {
    const sent = this.send(channel, message);
    if (channel.startsWith(this.countedChannels)) void sent.then((received) => this.listeners.set(channel, received), () => undefined);
    return sent.catch((error: unknown) => {
      if (this.holding || this.client.status !== 'ready') {
        if (!this.waitsForAnswers(channel, message)) this.unanswered.push([channel, message]);
        this.hold();
        return 0;
      }
      if (!this.failureReported) this.log(`An emit for the other processes was lost: ${error instanceof Error ? error.message : String(error)}`);
      this.failureReported = true;
      return 0;
    });
  }

  private waitsForAnswers(channel: string, message: string | Buffer): boolean {
    if (channel.startsWith(this.questionChannels.response)) return true;
    if (!channel.startsWith(this.questionChannels.request)) return false;
    // Requests are JSON, except a broadcast with acknowledgements (msgpack), which always waits for them.
    if (typeof message !== 'string') return true;
    try {
      return (JSON.parse(message) as { requestId?: unknown }).requestId !== undefined;
    } catch {
      return false;
    }
  }
}
