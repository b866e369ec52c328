import { Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { RedisAdapter, type RedisAdapterOptions } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { ServerOptions, Server } from 'socket.io';
import { REDIS_COMMAND_TIMEOUT_MS } from '../common/redis-command-timeout';
import { PeerPublisher } from './peer-publisher';

/** How long a question to the other processes waits for their answers. */
export const PEER_REQUEST_TIMEOUT_MS = 60_000;
const CLOSE_TIMEOUT_MS = 1000;

/**
 * socket.io over Redis pub/sub: an emit in one backend process reaches
 * sockets connected to any other, so N processes act as one. A Redis
 * outage leaves every process serving its own sockets; what they emit for
 * the others meanwhile follows when Redis is back (PeerPublisher).
 */
export class RedisIoAdapter extends IoAdapter {
  private readonly outages = new Logger('Realtime');
  private pub?: Redis;
  private sub?: Redis;
  private publisher?: PeerPublisher;

  async connect(redisUrl: string, prefix: string): Promise<void> {
    const key = `${prefix}:socket.io`;
    // Emits made in one tick (a batch of new messages) leave as one write
    // instead of one PUBLISH each. No offline queue: while Redis is away
    // the publisher holds emits, and questions (PUBSUB NUMSUB) fail at once.
    this.pub = new Redis(redisUrl, { lazyConnect: true, enableAutoPipelining: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: REDIS_COMMAND_TIMEOUT_MS });
    // Subscriptions wait for the connection however long it takes (ioredis subscribes again by itself).
    this.sub = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: null });
    this.reportOutages(this.pub, 'publisher');
    this.reportOutages(this.sub, 'subscriber');
    await Promise.all([this.pub.connect(), this.sub.connect()]);
    this.publisher = new PeerPublisher(this.pub, { request: `${key}-request#`, response: `${key}-response#` }, (message) => this.outages.warn(message));
    const publisher = this.publisher;
    this.pub.publish = ((channel: string, message: string | Buffer) => publisher.publish(channel, message)) as Redis['publish'];
    // Requests between processes (RealtimeService.askPeers) may wait for a provider call: a WhatsApp send.
    this.adapterFactory = peersAdapterFactory(this.pub, this.sub, { key, requestsTimeout: PEER_REQUEST_TIMEOUT_MS });
  }

  private adapterFactory?: ReturnType<typeof peersAdapterFactory>;

  createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    if (this.adapterFactory) server.adapter(this.adapterFactory);
    return server;
  }

  /**
   * The last tick's emits still wait in the auto-pipeline: they go out
   * before the connections close. Emits of work that ends after the close
   * have nowhere to go.
   */
  async dispose(): Promise<void> {
    await super.dispose();
    await new Promise((resolve) => setImmediate(resolve));
    this.publisher?.close();
    if (this.pub) this.pub.publish = (() => Promise.resolve(0)) as unknown as Redis['publish'];
    await Promise.all([this.pub, this.sub].map((client) => client && closeClient(client)));
  }

  /** One line when a connection is lost and one when it is back; ioredis reconnects by itself. */
  private reportOutages(client: Redis, role: string): void {
    let down = false;
    client.on('error', (error: Error) => {
      if (down) return;
      down = true;
      this.outages.warn(`Redis connection lost (socket.io ${role}); reconnecting: ${error.message}`);
    });
    client.on('ready', () => {
      if (down) this.outages.log(`Redis connection back (socket.io ${role})`);
      down = false;
    });
  }
}

/**
 * The Redis adapter hears its own process's emits back from Redis (every
 * process subscribes to the one channel) and decodes each before it sees
 * whose it is: under an inbound burst that was as much work as the emits
 * themselves (docs/benchmarks.md, "Ceiling"). Its own are told apart here
 * by their first bytes: the encoded array's head and this adapter's uid,
 * which the parser writes first.
 */
export class PeersRedisAdapter extends RedisAdapter {
  constructor(...args: ConstructorParameters<typeof RedisAdapter>) {
    super(...args);
    // What every message this adapter publishes starts with: the array's head and the uid (what two encodings share).
    const ownPrefix = commonPrefix(Buffer.from(this.parser.encode([this.uid, 1, 1])), Buffer.from(this.parser.encode([this.uid, 2, 2])));
    // The adapter listens with a handler it keeps by event name (and removes by it on close): that one is wrapped.
    const listeners = (this as unknown as { redisListeners: Map<string, (pattern: unknown, channel: unknown, msg: unknown) => void> }).redisListeners;
    const heard = listeners.get('pmessageBuffer');
    if (!heard) return;
    const fromPeers = (pattern: unknown, channel: unknown, msg: unknown) => {
      if (Buffer.isBuffer(msg) && msg.length > ownPrefix.length && ownPrefix.equals(msg.subarray(0, ownPrefix.length))) return;
      heard(pattern, channel, msg);
    };
    this.subClient.off('pmessageBuffer', heard);
    this.subClient.on('pmessageBuffer', fromPeers);
    listeners.set('pmessageBuffer', fromPeers);
  }
}

function commonPrefix(a: Buffer, b: Buffer): Buffer {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return a.subarray(0, length);
}

/** What socket.io's `server.adapter()` takes: it calls it with `new`, so a function, not an arrow. */
export function peersAdapterFactory(pub: unknown, sub: unknown, options: Partial<RedisAdapterOptions>) {
  return function adapterFor(nsp: ConstructorParameters<typeof RedisAdapter>[0]) {
    return new PeersRedisAdapter(nsp, pub, sub, options);
  };
}

/** QUIT waits for the answers still due; a Redis that is down gets a second, then the socket is dropped. */
async function closeClient(client: Redis): Promise<void> {
  const quit = client.quit().catch(() => undefined);
  await Promise.race([quit, new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref())]);
  client.disconnect();
}
