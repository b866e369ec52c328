import { createServer, Agent, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { stopTakingRequests } from './http-intake';

describe('stopTakingRequests', () => {
  let server: Server;
  afterEach(() => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve())));

  it('lets a server close while its clients keep sending on kept-alive connections', async () => {
    server = createServer((_req, res) => setTimeout(() => res.end('ok'), 5));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    let sending = true;
    const answers: Array<string | undefined> = [];
    const send = () =>
      new Promise<void>((resolve) => {
        const req = request({ host: '127.0.0.1', port, agent, method: 'POST' }, (res) => {
          answers.push(res.headers.connection);
          res.resume().on('end', resolve);
        });
        req.on('error', () => resolve());
        req.end('{}');
      });
    const senders = Array.from({ length: 4 }, async () => {
      while (sending) await send();
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(answers.every((c) => c === 'keep-alive')).toBe(true);

    // 'close' is emitted only once every connection has ended, not when the fallback wait runs out.
    let closed = false;
    server.on('close', () => (closed = true));
    await stopTakingRequests(server, 60_000);
    expect(closed).toBe(true);
    sending = false;
    await Promise.all(senders);
    agent.destroy();
  });

  it('does nothing for a server that is not listening', async () => {
    server = createServer();
    await expect(stopTakingRequests(server, 1000)).resolves.toBeUndefined();
  });
});
