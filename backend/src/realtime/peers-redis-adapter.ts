import { RedisAdapter, type RedisAdapterOptions } from '@socket.io/redis-adapter';

type Namespace = ConstructorParameters<typeof RedisAdapter>[0];
type Packet = Parameters<RedisAdapter['broadcast']>[0];
type BroadcastOptions = Parameters<RedisAdapter['broadcast']>[1];
/** One emit as the peers get it: its rooms (a peer with none of them here skips it unread) and the encoded [packet, options]. */
type Emit = [rooms: unknown[], encoded: Buffer];
/** What a batch carries: the publishing adapter's uid first (its own batches are known by it), then the emits. */
type Batch = [uid: string, emits: Emit[], version: number];

const BATCH_VERSION = 1;

/** The part of an ioredis client the adapter publishes with. */
interface Publisher {
  publish(channel: string, message: string | Buffer): Promise<number>;
}

/** The parts of an ioredis subscriber the adapter listens with. */
interface Subscriber {
  subscribe(channel: string): unknown;
  unsubscribe(channel: string): unknown;
  on(event: 'messageBuffer', listener: (channel: Buffer, message: Buffer) => void): unknown;
  off(event: 'messageBuffer', listener: (channel: Buffer, message: Buffer) => void): unknown;
  on(event: 'pmessageBuffer', listener: (pattern: unknown, channel: unknown, message: unknown) => void): unknown;
  off(event: 'pmessageBuffer', listener: (pattern: unknown, channel: unknown, message: unknown) => void): unknown;
}

/**
 * The socket.io Redis adapter, with the emits of one turn of the event loop
 * published together: one PUBLISH, and one message for every other process
 * to take apart, where each emit was one (an inbound batch makes two emits
 * per message: the conversation and the message). Published as they were,
 * every process also heard its own emits back from Redis and decoded each
 * before it saw whose it was (docs/benchmarks.md, "Ceiling").
 *
 * - Order: what the adapter publishes besides emits (rooms to join or leave
 *   on another process, questions) leaves after the emits made before it.
 * - A process hears its own batches back and drops them by their first
 *   bytes: the encoded array's head and its uid.
 * - A peer skips, unread, an emit to rooms it has no socket in.
 * - Batches go to `<key>-emits#<namespace>#`. A process of an earlier
 *   version listens on `<key>#<namespace>#*` and does not hear them; while
 *   versions are mixed (a rolling upgrade) pushes reach only the sockets
 *   of processes of the same version, and tabs load what they missed when
 *   they connect again. Emits from such a process are still heard here.
 */
export class PeersRedisAdapter extends RedisAdapter {
  private readonly emitsChannel: string;
  private readonly publisher: Publisher;
  private readonly ownPrefix: Buffer;
  private outbox: Emit[] = [];
  private flushQueued = false;
  private readonly onBatch = (channel: Buffer, message: Buffer) => {
    if (channel.toString() !== this.emitsChannel || this.isOwn(message)) return;
    this.deliver(message);
  };

  constructor(nsp: Namespace, pub: Publisher, sub: Subscriber, options: Partial<RedisAdapterOptions>) {
    // Everything else the adapter publishes goes after the emits waiting in the outbox.
    let beforeOtherPublishes = () => {};
    super(nsp, publishingAfter(pub, () => beforeOtherPublishes()), sub, options);
    beforeOtherPublishes = () => this.flush();
    this.publisher = pub;
    this.emitsChannel = `${options.key ?? 'socket.io'}-emits#${nsp.name}#`;
    // What every message this adapter publishes starts with (what two encodings share): the array's head and the uid.
    this.ownPrefix = commonPrefix(asBuffer(this.parser.encode([this.uid, 1, 1])), asBuffer(this.parser.encode([this.uid, 2, 2])));
    const subscriber = this.subClient as Subscriber;
    subscriber.subscribe(this.emitsChannel);
    subscriber.on('messageBuffer', this.onBatch);
    this.dropOwnEchoes(subscriber);
  }

  override broadcast(packet: Packet, opts: BroadcastOptions): void {
    if (opts.flags?.local) return super.broadcast(packet, opts);
    packet.nsp = this.nsp.name;
    const rooms = [...opts.rooms];
    // Encoded now: what the emit says is what it said when it was made.
    this.outbox.push([rooms, asBuffer(this.parser.encode([packet, { rooms, except: [...new Set(opts.except)], flags: opts.flags }]))]);
    if (!this.flushQueued) {
      this.flushQueued = true;
      setImmediate(() => this.flush());
    }
    super.broadcast(packet, { ...opts, flags: { ...opts.flags, local: true } });
  }

  override close(): Promise<void> | void {
    this.flush();
    const subscriber = this.subClient as Subscriber;
    subscriber.off('messageBuffer', this.onBatch);
    subscriber.unsubscribe(this.emitsChannel);
    return super.close();
  }

  private flush(): void {
    this.flushQueued = false;
    if (this.outbox.length === 0) return;
    const batch: Batch = [this.uid, this.outbox, BATCH_VERSION];
    this.outbox = [];
    void this.publisher.publish(this.emitsChannel, asBuffer(this.parser.encode(batch)));
  }

  private deliver(message: Buffer): void {
    const [, emits, version] = this.parser.decode(message) as Batch;
    if (version !== BATCH_VERSION || !Array.isArray(emits)) return;
    for (const [rooms, encoded] of emits) {
      if (rooms.length > 0 && !rooms.some((room) => this.rooms.has(room as string))) continue;
      const [packet, opts] = this.parser.decode(encoded) as [Packet, { rooms: string[]; except: string[]; flags?: BroadcastOptions['flags'] }];
      super.broadcast(packet, { rooms: new Set(opts.rooms), except: new Set(opts.except), flags: { ...opts.flags, local: true } });
    }
  }

  private isOwn(message: unknown): boolean {
    return Buffer.isBuffer(message) && message.length > this.ownPrefix.length && this.ownPrefix.equals(message.subarray(0, this.ownPrefix.length));
  }

  /**
   * Emits of processes of an earlier version still come one by one on the
   * adapter's own channels; this process's own never do now, but the
   * adapter's handler (kept by event name, and removed by it on close) is
   * wrapped to drop them unread all the same.
   */
  private dropOwnEchoes(subscriber: Subscriber): void {
    const listeners = (this as unknown as { redisListeners: Map<string, (pattern: unknown, channel: unknown, message: unknown) => void> }).redisListeners;
    const heard = listeners.get('pmessageBuffer');
    if (!heard) return;
    const fromPeers = (pattern: unknown, channel: unknown, message: unknown) => {
      if (!this.isOwn(message)) heard(pattern, channel, message);
    };
    subscriber.off('pmessageBuffer', heard);
    subscriber.on('pmessageBuffer', fromPeers);
    listeners.set('pmessageBuffer', fromPeers);
  }
}

/** What socket.io's `server.adapter()` takes: it calls it with `new`, so a function, not an arrow. */
export function peersAdapterFactory(pub: Publisher, sub: Subscriber, options: Partial<RedisAdapterOptions>) {
  return function adapterFor(nsp: Namespace) {
    return new PeersRedisAdapter(nsp, pub, sub, options);
  };
}

/** The client as it is, except that each PUBLISH first runs `before`. */
function publishingAfter<T extends Publisher>(client: T, before: () => void): T {
  return new Proxy(client, {
    get(target, property) {
      if (property === 'publish') {
        return (channel: string, message: string | Buffer) => {
          before();
          return target.publish(channel, message);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      // Methods run on the client itself; the constructor stays as it is (the adapter tells clients apart by its name).
      return typeof value === 'function' && property !== 'constructor' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function asBuffer(encoded: Buffer | string | Uint8Array): Buffer {
  return Buffer.isBuffer(encoded) ? encoded : Buffer.from(encoded);
}

function commonPrefix(a: Buffer, b: Buffer): Buffer {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return a.subarray(0, length);
}
