import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerFetch } from './provider-fetch';

function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; origin: string }> {
  const server = createServer(handler);
  return new Promise((resolveListen) => server.listen(0, '127.0.0.1', () => resolveListen({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

describe(providerFetch.name, () => {
  let provider: { server: Server; origin: string };
  let internal: { server: Server; origin: string };
  const internalHits: string[] = [];

  beforeAll(async () => {
    internal = await listen((req, res) => {
      internalHits.push(req.url ?? '');
      res.end('secret');
    });
    provider = await listen((req, res) => {
      if (req.url === '/to-internal') res.writeHead(302, { location: `${internal.origin}/metadata` }).end();
      else if (req.url === '/to-self') res.writeHead(302, { location: '/file' }).end();
      else if (req.url === '/loop') res.writeHead(302, { location: '/loop' }).end();
      else res.end('file bytes');
    });
  });
  afterAll(() => {
    provider.server.close();
    internal.server.close();
  });

  it('fetches from an allowed provider origin, and follows its redirects on the same origin', async () => {
    expect(await (await providerFetch(`${provider.origin}/file`, [`${provider.origin}/bot/`])).text()).toBe('file bytes');
    expect(await (await providerFetch(`${provider.origin}/to-self`, [provider.origin])).text()).toBe('file bytes');
  });

  it('refuses any other host, scheme or embedded credentials before a request leaves', async () => {
    for (const url of [`${internal.origin}/metadata`, 'file:///etc/passwd', 'http://169.254.169.254/latest/meta-data', `http://user:pw@${new URL(provider.origin).host}/file`, 'not a url']) {
      await expect(providerFetch(url, [provider.origin])).rejects.toMatchObject({ name: 'ProviderError', code: 'permanent' });
    }
    expect(internalHits).toEqual([]);
  });

  it('allows one level of subdomains under a wildcard origin, and nothing beside it', async () => {
    const cdn = ['https://*.fbcdn.net'];
    for (const url of ['https://fbcdn.net/x', 'https://evil-fbcdn.net/x', 'http://scontent.fbcdn.net/x', 'https://scontent.fbcdn.net:8443/x', 'https://fbcdn.net.evil.example/x', 'https://a.b.fbcdn.net/x']) {
      await expect(providerFetch(url, cdn), url).rejects.toMatchObject({ name: 'ProviderError', code: 'permanent' });
    }
  });

  it('does not follow a redirect to an address that is not allowed', async () => {
    await expect(providerFetch(`${provider.origin}/to-internal`, [provider.origin])).rejects.toThrow(/Refused to fetch/);
    await expect(providerFetch(`${provider.origin}/loop`, [provider.origin])).rejects.toThrow(/Too many redirects/);
    expect(internalHits).toEqual([]);
  });
});

describe('server-side fetches', () => {
  const ROOT = resolve(__dirname, '../..');
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return /\.ts$/.test(name) && !/\.spec\.ts$/.test(name) ? [path] : [];
    });

  it('all go through providerFetch: no other fetch() in backend/src or connectors/src', () => {
    const offenders = [...sources(join(ROOT, 'connectors/src')), ...sources(join(ROOT, 'backend/src'))]
      .filter((file) => !file.endsWith('provider-fetch.ts'))
      .filter((file) => /(^|[^\w.])fetch\s*\(/m.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
