import { once } from 'node:events';
import { createConnection, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a server that can turn into a black hole: it keeps
 * accepting connections and reading what clients send, but nothing reaches
 * the server and nothing comes back, as when a network path drops packets
 * without refusing anything. When the path heals, what was held goes
 * through in order (TCP would have retransmitted it), closes included.
 */
export interface BlackHoleProxy {
  port: number;
  blackHole(): void;
  heal(): void;
  close(): Promise<void>;
}

/** Bytes in one direction while the hole lasts, then `end` if that side closed meanwhile. */
class HeldStream {
  private held: Array<Buffer | 'end'> | null = null;

  constructor(private readonly to: () => Socket | null) {}

  hold(): void {
    this.held ??= [];
  }

  push(chunk: Buffer | 'end'): void {
    if (this.held) this.held.push(chunk);
    else this.deliver(chunk);
  }

  release(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const chunk of held) this.deliver(chunk);
  }

  private deliver(chunk: Buffer | 'end'): void {
    const target = this.to();
    if (!target || target.destroyed) return;
    if (chunk === 'end') target.end();
    else target.write(chunk);
  }
}

/** A client's connection and the proxy's own to the server (none yet when it came during the hole). */
interface Pair {
  client: Socket;
  upstream: Socket | null;
  up: HeldStream;
  down: HeldStream;
  connectLater: boolean;
}

export async function startBlackHoleProxy(target: { host: string; port: number }): Promise<BlackHoleProxy> {
  let holing = false;
  // Kept until the proxy closes: a pair that closed during the hole still has bytes to hand over when it heals.
  const pairs = new Set<Pair>();

  const server = createServer((client) => {
    const pair: Pair = { client, upstream: null, connectLater: false, up: new HeldStream(() => pair.upstream), down: new HeldStream(() => client) };
    pairs.add(pair);
    client.on('data', (chunk) => pair.up.push(chunk));
    client.on('end', () => pair.up.push('end'));
    client.on('error', () => undefined);
    client.on('close', () => {
      if (!holing) pair.upstream?.destroy();
    });
    if (holing) {
      pair.connectLater = true;
      pair.up.hold();
      pair.down.hold();
    } else {
      connect(pair);
    }
  });

  function connect(pair: Pair): void {
    pair.connectLater = false;
    const upstream = createConnection(target.port, target.host);
    pair.upstream = upstream;
    upstream.on('data', (chunk) => pair.down.push(chunk));
    upstream.on('end', () => pair.down.push('end'));
    upstream.on('error', () => undefined);
    upstream.on('close', () => {
      if (!holing) pair.client.destroy();
    });
  }

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;

  return {
    port,
    blackHole() {
      holing = true;
      for (const pair of pairs) {
        pair.up.hold();
        pair.down.hold();
      }
    },
    heal() {
      holing = false;
      for (const pair of [...pairs]) {
        if (pair.connectLater) connect(pair);
        pair.up.release();
        pair.down.release();
        if (pair.client.destroyed && pair.upstream && !pair.upstream.destroyed) pair.upstream.end();
      }
    },
    async close() {
      for (const pair of pairs) {
        pair.client.destroy();
        pair.upstream?.destroy();
      }
      pairs.clear();
      server.close();
      await once(server, 'close').catch(() => undefined);
    },
  };
}
