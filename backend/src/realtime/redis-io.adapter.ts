import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { ServerOptions, Server } from 'socket.io';

/** How long a question to the other processes waits for their answers. */
export const PEER_REQUEST_TIMEOUT_MS = 60_000;
const CLOSE_TIMEOUT_MS = 1000;

/**
 * socket.io over Redis pub/sub: an emit in one backend process reaches
 * sockets connected to any other, so N processes act as one.
 */
export class RedisIoAdapter extends IoAdapter {
  private pub?: Redis;
  private sub?: Redis;

  async connect(redisUrl: string, prefix: string): Promise<void> {
    // Emits made in one tick (a batch of new messages) leave as one write instead of one PUBLISH each.
    this.pub = new Redis(redisUrl, { lazyConnect: true, enableAutoPipelining: true });
    this.sub = this.pub.duplicate({ enableAutoPipelining: false });
    await Promise.all([this.pub.connect(), this.sub.connect()]);
    // Requests between processes (RealtimeService.askPeers) may wait for a provider call: a WhatsApp send.
    this.adapterFactory = createAdapter(this.pub, this.sub, { key: `${prefix}:socket.io`, requestsTimeout: PEER_REQUEST_TIMEOUT_MS });
  }

  private adapterFactory?: ReturnType<typeof createAdapter>;

  createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    if (this.adapterFactory) server.adapter(this.adapterFactory);
    return server;
  }

  /**
   * The last tick's emits still wait in the auto-pipeline: they go out
   * before the connections close. Emits of work that ends after the close
   * have nowhere to go; the adapter does not wait for its PUBLISHes, so
   * failing ones would surface as unhandled rejections.
   */
  async dispose(): Promise<void> {
    await super.dispose();
    await new Promise((resolve) => setImmediate(resolve));
    if (this.pub) this.pub.publish = (() => Promise.resolve(0)) as unknown as Redis['publish'];
    await Promise.all([this.pub, this.sub].map((client) => client && closeClient(client)));
  }
}

/** QUIT waits for the answers still due; a Redis that is down gets a second, then the socket is dropped. */
async function closeClient(client: Redis): Promise<void> {
  const quit = client.quit().catch(() => undefined);
  await Promise.race([quit, new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref())]);
  client.disconnect();
}
