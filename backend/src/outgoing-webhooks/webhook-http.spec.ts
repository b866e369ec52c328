import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressProblem, postWebhook } from './webhook-http';

describe('postWebhook', () => {
  let server: Server;
  let base: string;
  let hits = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits++;
      if (req.url === '/redirect') return res.writeHead(302, { location: 'http://169.254.169.254/' }).end();
      if (req.url === '/slow') return setTimeout(() => res.writeHead(200).end('late'), 2000);
      if (req.url === '/big') return res.writeHead(200).end('é'.repeat(100_000));
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses a loopback receiver at delivery time without sending anything', async () => {
    const before = hits;
    for (const url of [`${base}/hook`, `${base.replace('127.0.0.1', 'localhost')}/hook`]) {
      const outcome = await postWebhook(url, {}, '{}', { allowPrivate: false });
      expect(outcome).toMatchObject({ ok: false, statusCode: null, error: expect.stringContaining('loopback') });
    }
    expect(hits).toBe(before);
  });

  it('reaches it with allowPrivate, and counts only 2xx as delivered', async () => {
    expect(await postWebhook(`${base}/hook`, {}, '{}', { allowPrivate: true })).toMatchObject({ ok: true, statusCode: 204, error: null });
  });

  it('does not follow a redirect', async () => {
    expect(await postWebhook(`${base}/redirect`, {}, '{}', { allowPrivate: true })).toMatchObject({ ok: false, statusCode: 302 });
  });

  it('gives up on a receiver slower than the time limit', async () => {
    const outcome = await postWebhook(`${base}/slow`, {}, '{}', { allowPrivate: true, timeoutMs: 300 });
    expect(outcome).toMatchObject({ ok: false, statusCode: null, error: 'no answer within 0.3 s' });
    expect(outcome.latencyMs).toBeLessThan(1500);
  });

  it('keeps only the first 500 characters of the answer', async () => {
    const outcome = await postWebhook(`${base}/big`, {}, '{}', { allowPrivate: true });
    expect(outcome.responseSnippet).toBe('é'.repeat(500));
  });
});

describe('addressProblem', () => {
  it('resolves the host and refuses a non-public address, unless allowed', async () => {
    expect(await addressProblem('http://localhost:8080/x', false)).toMatch(/^localhost is a loopback address/);
    expect(await addressProblem('http://localhost:8080/x', true)).toBeNull();
    expect(await addressProblem('https://93.184.216.34/hook', false)).toBeNull();
    expect(await addressProblem('https://no-such-host.invalid/hook', false)).toBe('no-such-host.invalid cannot be resolved');
  });
});
