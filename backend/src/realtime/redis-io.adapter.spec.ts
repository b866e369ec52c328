import { EventEmitter } from 'node:events';
import { createServer, type Server as HttpServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { peersAdapterFactory, PeersRedisAdapter } from './redis-io.adapter';

/** Redis pub/sub as the adapter uses it (ioredis's buffer events), for every process of a test at once. */
class FakeBus {
  private readonly subscribers: FakeSubscriber[] = [];

  subscriber(): FakeSubscriber {
    const sub = new FakeSubscriber();
    this.subscribers.push(sub);
    return sub;
  }

  publisher() {
    return {
      publish: (channel: string, message: string | Buffer) => {
        const bytes = Buffer.from(message);
        // Redis answers the PUBLISH, then delivers: never within the publisher's own call.
        setImmediate(() => {
          for (const sub of this.subscribers) sub.deliver(channel, bytes);
        });
        return Promise.resolve(this.subscribers.length);
      },
      on: () => undefined,
    };
  }
}

class FakeSubscriber extends EventEmitter {
  private readonly patterns: string[] = [];
  private readonly channels = new Set<string>();

  psubscribe(pattern: string): Promise<void> {
    this.patterns.push(pattern);
    return Promise.resolve();
  }

  subscribe(channels: string[]): Promise<void> {
    for (const channel of channels) this.channels.add(channel);
    return Promise.resolve();
  }

  punsubscribe(): Promise<void> {
    return Promise.resolve();
  }

  unsubscribe(): Promise<void> {
    return Promise.resolve();
  }

  deliver(channel: string, message: Buffer): void {
    for (const pattern of this.patterns) {
      if (channel.startsWith(pattern.slice(0, -1))) this.emit('pmessageBuffer', Buffer.from(pattern), Buffer.from(channel), message);
    }
    if (this.channels.has(channel)) this.emit('messageBuffer', Buffer.from(channel), message);
  }
}

/** The adapter's own default parser (msgpack), which the backend uses. */
const msgpack = createRequire(require.resolve('@socket.io/redis-adapter'))('notepack.io') as { encode(value: unknown): Buffer; decode(bytes: Buffer): unknown };

/** The default parser, noting the uid of every message it decodes. */
function countingParser() {
  const decodedUids: string[] = [];
  const parser = {
    encode: (value: unknown) => msgpack.encode(value),
    decode: (bytes: Buffer) => {
      const value = msgpack.decode(bytes);
      if (Array.isArray(value)) decodedUids.push(String(value[0]));
      return value;
    },
  };
  return { parser, decodedUids };
}

/** A backend process as far as sockets go: a socket.io server on the bus, its `/agents` sockets joining `inbox:1`. */
async function startProcess(bus: FakeBus): Promise<{ io: Server; http: HttpServer; url: string; decodedUids: string[] }> {
  const http = createServer();
  const io = new Server(http);
  const { parser, decodedUids } = countingParser();
  io.adapter(peersAdapterFactory(bus.publisher(), bus.subscriber(), { key: 'test:socket.io', parser }));
  io.of('/agents').on('connection', (socket) => void socket.join('inbox:1'));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { io, http, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/agents`, decodedUids };
}

function heard(socket: Socket): string[] {
  const texts: string[] = [];
  socket.on('message.created', ({ text }: { text: string }) => texts.push(text));
  return texts;
}

describe('the Redis adapter between backend processes', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("carries an emit to the other process's sockets once, and drops its own echo before decoding it", async () => {
    const bus = new FakeBus();
    const [a, b] = [await startProcess(bus), await startProcess(bus)];
    cleanups.push(() => void a.io.close(), () => void b.io.close());
    const onA = connect(a.url, { transports: ['websocket'] });
    const onB = connect(b.url, { transports: ['websocket'] });
    cleanups.push(() => void onA.close(), () => void onB.close());
    await Promise.all([onA, onB].map((socket) => new Promise((resolve) => socket.once('connect', resolve))));
    // Joining happens on the server right after the connect is answered.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [textsA, textsB] = [heard(onA), heard(onB)];

    const adapterA = a.io.of('/agents').adapter as PeersRedisAdapter;
    const adapterB = b.io.of('/agents').adapter as PeersRedisAdapter;
    expect(adapterA).toBeInstanceOf(PeersRedisAdapter);

    a.io.of('/agents').to('inbox:1').emit('message.created', { text: 'from A' });
    b.io.of('/agents').to('inbox:1').emit('message.created', { text: 'from B' });
    await vi.waitFor(() => expect([textsA.length, textsB.length]).toEqual([2, 2]));
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(textsA.sort()).toEqual(['from A', 'from B']);
    expect(textsB.sort()).toEqual(['from A', 'from B']);
    // Each decoded the other's emit, never its own.
    expect(a.decodedUids).toEqual([adapterB.uid]);
    expect(b.decodedUids).toEqual([adapterA.uid]);
  });
});
