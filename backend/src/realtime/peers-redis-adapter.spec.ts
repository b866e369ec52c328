import { EventEmitter } from 'node:events';
import { createServer, type Server as HttpServer } from 'node:http';
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

/** A backend process as far as sockets go: a socket.io server on the bus, its `/agents` sockets joining `inbox:1`. */
async function startProcess(bus: FakeBus): Promise<{ io: Server; http: HttpServer; url: string; encoded: string[] }> {
  const http = createServer();
  const io = new Server(http);
  // Every packet the server's encoder writes (the adapter of a namespace takes the encoder when the namespace is made).
  const encoded: string[] = [];
  const encoder = io.encoder as { encode: (packet: { data?: unknown }) => unknown[] };
  const encode = encoder.encode.bind(encoder);
  encoder.encode = (packet) => {
    encoded.push(JSON.stringify(packet.data));
    return encode(packet);
  };
  io.adapter(peersAdapterFactory(bus.publisher(), bus.subscriber(), { key: 'test:socket.io' }));
  io.of('/agents').on('connection', (socket) => void socket.join('inbox:1'));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { io, http, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/agents`, encoded };
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
    const [adapterA, adapterB] = [a, b].map((p) => p.io.of('/agents').adapter as unknown as PeersRedisAdapter);
    return { bus, a, b, onA, onB, adapterA, adapterB, heardA: peerBatches(adapterA), heardB: peerBatches(adapterB) };
  }

  /** The batches an adapter took apart (never its own), and the pushes of them it wrote to its sockets. */
  function peerBatches(adapter: PeersRedisAdapter) {
    const seen = { batches: 0, delivered: 0 };
    const internals = adapter as unknown as { deliver: (message: Buffer) => void; apply: (...args: unknown[]) => void };
    const [deliver, apply] = [internals.deliver.bind(adapter), internals.apply.bind(adapter)];
    internals.deliver = (message) => {
      seen.batches += 1;
      deliver(message);
    };
    internals.apply = (...args) => {
      seen.delivered += 1;
      apply(...args);
    };
    return seen;
  }

  it("carries an emit to the other process's sockets once, and drops its own batches before decoding them", async () => {
    const { a, b, onA, onB, adapterA, heardA, heardB } = await twoProcesses();
    const [textsA, textsB] = [heard(onA), heard(onB)];
    expect(adapterA).toBeInstanceOf(PeersRedisAdapter);

    a.io.of('/agents').to('inbox:1').emit('message.created', { text: 'from A' });
    b.io.of('/agents').to('inbox:1').emit('message.created', { text: 'from B' });
    await vi.waitFor(() => expect([textsA.length, textsB.length]).toEqual([2, 2]));
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(textsA.sort()).toEqual(['from A', 'from B']);
    expect(textsB.sort()).toEqual(['from A', 'from B']);
    // Each decoded the other's batch, never its own.
    expect([heardA.batches, heardB.batches]).toEqual([1, 1]);
  });

  it('publishes the emits of one turn as one message, in order, and skips unread an emit to rooms a peer has no socket in', async () => {
    const { bus, a, onB, heardB } = await twoProcesses();
    const textsB = heard(onB);
    const before = bus.published.length;
    for (const text of ['one', 'two', 'three']) a.io.of('/agents').to('inbox:1').emit('message.created', { text });
    a.io.of('/agents').to('inbox:2').emit('message.created', { text: 'to a room B has no socket in' });
    await vi.waitFor(() => expect(textsB).toEqual(['one', 'two', 'three']));
    expect(bus.published.slice(before)).toEqual(['test:socket.io-pushes#/agents#']);
    // Three written to B's sockets, the fourth skipped by its room.
    expect(heardB.delivered).toBe(3);
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

  it('carries texts of any script, with line breaks and quotes, as they were', async () => {
    const { a, onB } = await twoProcesses();
    const textsB = heard(onB);
    const texts = ['строка\nдругая', 'emoji 😀 and ё', 'a "quoted" \\ word', '', '中文'];
    for (const text of texts) a.io.of('/agents').to('inbox:1').emit('message.created', { text });
    await vi.waitFor(() => expect(textsB).toEqual(texts));
  });

  it('encodes a push once, for its own sockets and the peers alike; a peer writes it as it came', async () => {
    const { a, b, onA, onB } = await twoProcesses();
    const [textsA, textsB] = [heard(onA), heard(onB)];
    a.io.of('/agents').to('inbox:1').emit('message.created', { text: 'once' });
    await vi.waitFor(() => expect([textsA, textsB]).toEqual([['once'], ['once']]));
    expect(a.encoded.filter((data) => data.includes('"once"'))).toHaveLength(1);
    expect(b.encoded.filter((data) => data.includes('"once"'))).toHaveLength(0);
  });

  it('carries a push to the peers when none of its own sockets is in the rooms, and one with binary attachments the adapter\'s own way', async () => {
    const { a, onA, onB } = await twoProcesses();
    const textsA = heard(onA);
    const files: string[] = [];
    onB.on('file', ({ name, bytes }: { name: string; bytes: ArrayBuffer }) => files.push(`${name}:${Buffer.from(bytes).toString()}`));
    const textsB = heard(onB);
    a.io.of('/agents').local.in('inbox:1').socketsLeave('inbox:1');
    // A's socket left: only B's is in inbox:1 now.
    a.io.of('/agents').to('inbox:1').emit('message.created', { text: 'only for B' });
    a.io.of('/agents').to('inbox:1').emit('file', { name: 'a.txt', bytes: Buffer.from('hello') });
    a.io.of('/agents').to('inbox:1').emit('message.created', { text: 'after the file' });
    await vi.waitFor(() => expect(textsB).toEqual(['only for B', 'after the file']));
    await vi.waitFor(() => expect(files).toEqual(['a.txt:hello']));
    expect(textsA).toEqual([]);
  });
});
