import { RedisAdapter, type RedisAdapterOptions } from '@socket.io/redis-adapter';

type Namespace = ConstructorParameters<typeof RedisAdapter>[0];
type Packet = Parameters<RedisAdapter['broadcast']>[0];
type BroadcastOptions = Parameters<RedisAdapter['broadcast']>[1];
type Flags = NonNullable<BroadcastOptions['flags']>;
/** What socket.io's encoder makes of a packet: one string, or a header and binary attachments. */
type Encoded = Array<string | Buffer>;
interface Encoder {
  encode(packet: Packet): Encoded;
}
/** One push as the peers get it: whom it is for, and the packet as socket.io's encoder wrote it for the sockets. */
type Push = [rooms: string[], except: string[], flags: Flags, packet: string];
/**
 * A batch's head, one line of JSON: the publishing adapter's uid first (its
 * own batches are known by it), then each push without its packet, but with
 * the packet's length. The packets follow the line as they are, one after
 * the other: written into the JSON, each would be escaped, and unescaped
 * by every peer.
 */
type BatchHead = [uid: string, version: number, pushes: Array<[rooms: string[], except: string[], flags: Flags, length: number]>];

const BATCH_VERSION = 3;
/** socket.io-parser's EVENT: every push is one. */
const EVENT_PACKET = 2;

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

/** The start of every namespace's pushes channel: each process subscribes to its namespaces' by name. */
export const pushesChannelPrefix = (key: string) => `${key}-pushes#`;

/**
 * The socket.io Redis adapter, with the pushes of one turn of the event loop
 * published together (one PUBLISH, where each push was one; an inbound
 * batch makes two pushes per message: the conversation and the message),
 * and each push encoded once: the string socket.io writes to this
 * process's sockets is what the peers get and write to theirs. The
 * adapter's own way encoded every push twice here (for the sockets, and in
 * msgpack for the peers) and once more on every peer
 * (docs/benchmarks.md, "Ceiling").
 *
 * - Order: what the adapter publishes besides these pushes (rooms to join or
 *   leave on another process, questions, a push with binary attachments)
 *   leaves after the pushes made before it.
 * - A process hears its own batches back and drops them by their first
 *   bytes: the JSON array's head and its uid.
 * - A process encodes nothing for its own sockets when none of them is in
 *   the push's rooms, and a peer skips such a push (the batch's head is one
 *   `JSON.parse`; the packets are not decoded, only cut out).
 * - Batches go to `<key>-pushes#<namespace>#`. A process of an earlier
 *   version does not listen there; while versions are mixed (a rolling
 *   upgrade) pushes reach only the sockets of processes of the same
 *   version, and tabs load what they missed when they connect again.
 *   Pushes from such a process are still heard here.
 */
export class PeersRedisAdapter extends RedisAdapter {
  private readonly pushesChannel: string;
  private readonly publisher: Publisher;
  private readonly ownPrefix: Buffer;
  /** The packets whose encoding is known: made once here for the sockets and the peers, or heard already encoded from a peer. */
  private readonly encodings = new WeakMap<Packet, Encoded>();
  private outbox: Push[] = [];
  private flushQueued = false;
  private readonly onBatch = (channel: Buffer, message: Buffer) => {
    if (channel.toString() !== this.pushesChannel || this.isOwn(message)) return;
    this.deliver(message);
  };

  constructor(nsp: Namespace, pub: Publisher, sub: Subscriber, options: Partial<RedisAdapterOptions>) {
    // Everything else the adapter publishes goes after the pushes waiting in the outbox.
    let beforeOtherPublishes = () => {};
    super(nsp, publishingAfter(pub, () => beforeOtherPublishes()), sub, options);
    beforeOtherPublishes = () => this.flush();
    this.publisher = pub;
    this.pushesChannel = `${pushesChannelPrefix(options.key ?? 'socket.io')}${nsp.name}#`;
    this.ownPrefix = Buffer.from(`${JSON.stringify([this.uid]).slice(0, -1)},`);
    this.rememberEncodings();
    const subscriber = this.subClient as Subscriber;
    subscriber.subscribe(this.pushesChannel);
    subscriber.on('messageBuffer', this.onBatch);
    this.dropOwnEchoes(subscriber);
  }

  override broadcast(packet: Packet, opts: BroadcastOptions): void {
    if (opts.flags?.local) return super.broadcast(packet, opts);
    packet.nsp = this.nsp.name;
    // Encoded now: what the push says is what it said when it was made.
    const encoded = this.packetEncoder.encode(packet);
    // Binary attachments do not fit a string: the adapter publishes such a push its own way.
    if (encoded.length !== 1 || typeof encoded[0] !== 'string') return super.broadcast(packet, opts);
    this.outbox.push([[...opts.rooms], [...new Set(opts.except)], opts.flags ?? {}, encoded[0]]);
    if (!this.flushQueued) {
      this.flushQueued = true;
      setImmediate(() => this.flush());
    }
    if (this.reachesLocalSockets(opts.rooms)) super.broadcast(packet, { ...opts, flags: { ...opts.flags, local: true } });
  }

  override close(): Promise<void> | void {
    this.flush();
    const subscriber = this.subClient as Subscriber;
    subscriber.off('messageBuffer', this.onBatch);
    subscriber.unsubscribe(this.pushesChannel);
    return super.close();
  }

  /** The in-memory adapter's own (typed private there). */
  private get packetEncoder(): Encoder {
    return (this as unknown as { encoder: Encoder }).encoder;
  }

  /** The in-memory adapter encodes through its `encoder`: it is wrapped to use, and keep, each packet's encoding. */
  private rememberEncodings(): void {
    const encoder = this.packetEncoder;
    const remembering: Encoder = {
      encode: (packet) => {
        let encoded = this.encodings.get(packet);
        if (!encoded) this.encodings.set(packet, (encoded = encoder.encode(packet)));
        return encoded;
      },
    };
    Object.defineProperty(this, 'encoder', { value: remembering });
  }

  private reachesLocalSockets(rooms: Iterable<string>): boolean {
    let any = false;
    for (const room of rooms) {
      if (this.rooms.has(room)) return true;
      any = true;
    }
    // No rooms: every socket of the namespace.
    return !any && this.sids.size > 0;
  }

  private flush(): void {
    this.flushQueued = false;
    if (this.outbox.length === 0) return;
    const head: BatchHead = [this.uid, BATCH_VERSION, this.outbox.map(([rooms, except, flags, packet]) => [rooms, except, flags, packet.length])];
    const packets = this.outbox.map((push) => push[3]);
    this.outbox = [];
    // JSON writes a line break inside a string as \n: the head's first raw one is its end.
    void this.publisher.publish(this.pushesChannel, `${JSON.stringify(head)}\n${packets.join('')}`);
  }

  private deliver(message: Buffer): void {
    const headEnd = message.indexOf(0x0a);
    if (headEnd < 0) return;
    const [, version, pushes] = JSON.parse(message.toString('utf8', 0, headEnd)) as BatchHead;
    if (version !== BATCH_VERSION || !Array.isArray(pushes)) return;
    const packets = message.toString('utf8', headEnd + 1);
    let offset = 0;
    for (const [rooms, except, flags, length] of pushes) {
      const encoded = packets.slice(offset, (offset += length));
      if (!this.reachesLocalSockets(rooms)) continue;
      // The packet travels only encoded; socket.io hands the object itself to nothing but onAnyOutgoing listeners, which the backend has none of.
      const packet: Packet = { type: EVENT_PACKET, nsp: this.nsp.name };
      this.encodings.set(packet, [encoded]);
      super.broadcast(packet, { rooms: new Set(rooms), except: new Set(except), flags: { ...flags, local: true } });
    }
  }

  private isOwn(message: unknown): boolean {
    return Buffer.isBuffer(message) && message.length > this.ownPrefix.length && this.ownPrefix.equals(message.subarray(0, this.ownPrefix.length));
  }

  /**
   * Pushes of processes of an earlier version, and pushes with binary
   * attachments, still come one by one on the adapter's own channels,
   * msgpack-encoded; the adapter's handler (kept by event name, and removed
   * by it on close) is wrapped to drop this process's own unread.
   */
  private dropOwnEchoes(subscriber: Subscriber): void {
    const listeners = (this as unknown as { redisListeners: Map<string, (pattern: unknown, channel: unknown, message: unknown) => void> }).redisListeners;
    const heard = listeners.get('pmessageBuffer');
    if (!heard) return;
    const ownPrefix = commonPrefix(asBuffer(this.parser.encode([this.uid, 1, 1])), asBuffer(this.parser.encode([this.uid, 2, 2])));
    const fromPeers = (pattern: unknown, channel: unknown, message: unknown) => {
      if (!(Buffer.isBuffer(message) && message.length > ownPrefix.length && ownPrefix.equals(message.subarray(0, ownPrefix.length)))) heard(pattern, channel, message);
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
