import { EventEmitter } from 'node:events';
import { createServer, type Server as HttpServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { peersAdapterFactory, PeersRedisAdapter } from './peers-redis-adapter';

/** Redis pub/sub as the adapter uses it (ioredis's buffer events), for every process of a test at once. */
class FakeBus {
  private readonly subscribers: FakeSubscriber[] = [];
  /** Every PUBLISH, in order: its channel. */
  readonly published: string[] = [];

  subscriber(): FakeSubscriber {
    const sub = new FakeSubscriber();
    this.subscribers.push(sub);
    return sub;
  }

  publisher() {
    return {
      publish: (channel: string, message: string | Buffer) => {
        this.published.push(channel);
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

  subscribe(channels: string | string[]): Promise<void> {
    for (const channel of [channels].flat()) this.channels.add(channel);
    return Promise.resolve();
  }

  punsubscribe(): Promise<void> {
    return Promise.resolve();
  }

  unsubscribe(channels: string | string[]): Promise<void> {
    for (const channel of [channels].flat()) this.channels.delete(channel);
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

/** The default parser, noting the uid of every batch it decodes and how many emits it took apart. */
function countingParser() {
  const decoded = { batchesOf: [] as string[], emits: 0 };
  const parser = {
    encode: (value: unknown) => msgpack.encode(value),
    decode: (bytes: Buffer) => {
      const value = msgpack.decode(bytes);
      if (Array.isArray(value) && typeof value[0] === 'string') decoded.batchesOf.push(value[0]);
      else decoded.emits += 1;
      return value;
    },
  };
  return { parser, decoded };
}

/** A backend process as far as sockets go: a socket.io server on the bus, its `/agents` sockets joining `inbox:1`. */
async function startProcess(bus: FakeBus): Promise<{ io: Server; http: HttpServer; url: string; decoded: { batchesOf: string[]; emits: number } }> {
  const http = createServer();
  const io = new Server(http);
  const { parser, decoded } = countingParser();
  io.adapter(peersAdapterFactory(bus.publisher(), bus.subscriber(), { key: 'test:socket.io', parser }));
  io.of('/agents').on('connection', (socket) => void socket.join('inbox:1'));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { io, http, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/agents`, decoded };
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

  /** Two processes on one bus, each with an operator's socket in `inbox:1`. */
  async function twoProcesses() {
    const bus = new FakeBus();
    const [a, b] = [await startProcess(bus), await startProcess(bus)];
    cleanups.push(() => void a.io.close(), () => void b.io.close());
    const onA = connect(a.url, { transports: ['websocket'] });
    const onB = connect(b.url, { transports: ['websocket'] });
    cleanups.push(() => void onA.close(), () => void onB.close());
    await Promise.all([onA, onB].map((socket) => new Promise<void>((resolve) => socket.once('connect', () => resolve()))));
    // Joining happens on the server right after the connect is answered.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { bus, a, b, onA, onB, adapterA: a.io.of('/agents').adapter as PeersRedisAdapter, adapterB: b.io.of('/agents').adapter as PeersRedisAdapter };
  }

  it("carries an emit to the other process's sockets once, and drops its own batches before decoding them", async () => {
    const { a, b, onA, onB, adapterA, adapterB } = await twoProcesses();
    const [textsA, textsB] = [heard(onA), heard(onB)];
    expect(adapterA).toBeInstanceOf(PeersRedisAdapter);

    a.io.of('/agents').to('inbox:1').emit('message.created', { text: 'from A' });
    b.io.of('/agents').to('inbox:1').emit('message.created', { text: 'from B' });
    await vi.waitFor(() => expect([textsA.length, textsB.length]).toEqual([2, 2]));
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(textsA.sort()).toEqual(['from A', 'from B']);
    expect(textsB.sort()).toEqual(['from A', 'from B']);
    // Each decoded the other's batch, never its own.
    expect(a.decoded.batchesOf).toEqual([adapterB.uid]);
    expect(b.decoded.batchesOf).toEqual([adapterA.uid]);
  });

  it('publishes the emits of one turn as one message, in order, and skips unread an emit to rooms a peer has no socket in', async () => {
    const { bus, a, b, onB } = await twoProcesses();
    const textsB = heard(onB);
    const before = bus.published.length;
    for (const text of ['one', 'two', 'three']) a.io.of('/agents').to('inbox:1').emit('message.created', { text });
    a.io.of('/agents').to('inbox:2').emit('message.created', { text: 'to a room B has no socket in' });
    await vi.waitFor(() => expect(textsB).toEqual(['one', 'two', 'three']));
    expect(bus.published.slice(before)).toEqual(['test:socket.io-emits#/agents#']);
    // Three emits read, the fourth skipped by its room.
    expect(b.decoded.emits).toBe(3);
  });

  it('publishes what else it has for the other processes after the emits made before it', async () => {
    const { a, onB } = await twoProcesses();
    const textsB = heard(onB);
    // The emit must reach B's socket before the request to leave the room does.
    a.io.of('/agents').to('inbox:1').emit('message.created', { text: 'before leaving' });
    a.io.of('/agents').in('inbox:1').socketsLeave('inbox:1');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(textsB).toEqual(['before leaving']);
    a.io.of('/agents').to('inbox:1').emit('message.created', { text: 'after leaving' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(textsB).toEqual(['before leaving']);
  });
});
