import { Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { Redis } from 'ioredis';
import type { ServerOptions, Server } from 'socket.io';
import { REDIS_COMMAND_TIMEOUT_MS } from '../common/redis-command-timeout';
import { PeerPublisher } from './peer-publisher';
import { peersAdapterFactory, pushesChannelPrefix } from './peers-redis-adapter';

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
    // What is published in one tick (the namespaces' batches of emits,
    // questions) leaves as one write. No offline queue: while Redis is away
    // the publisher holds emits, and questions (PUBSUB NUMSUB) fail at once.
    this.pub = new Redis(redisUrl, { lazyConnect: true, enableAutoPipelining: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: REDIS_COMMAND_TIMEOUT_MS });
    // Subscriptions wait for the connection however long it takes (ioredis subscribes again by itself).
    this.sub = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: null });
    this.reportOutages(this.pub, 'publisher');
    this.reportOutages(this.sub, 'subscriber');
    await Promise.all([this.pub.connect(), this.sub.connect()]);
    this.publisher = new PeerPublisher(
      this.pub,
      { request: `${key}-request#`, response: `${key}-response#` },
      (message) => this.outages.warn(message),
      pushesChannelPrefix(key),
    );
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
   * The last tick's emits still wait in the adapters' outboxes (flushed as
   * the namespaces close) and in the auto-pipeline: they go out before the
   * connections close. Emits of work that ends after the close
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

/** QUIT waits for the answers still due; a Redis that is down gets a second, then the socket is dropped. */
async function closeClient(client: Redis): Promise<void> {
  const quit = client.quit().catch(() => undefined);
  await Promise.race([quit, new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref())]);
  client.disconnect();
}
