import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INBOX_CSP } from '../../src/common/security-headers';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * What the server tells a browser on the pages it writes itself, and what
 * a production server tells about its own API.
 */
describe('pages the server writes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t?.close());

  it('keeps /api/docs to itself with NODE_ENV=production', async () => {
    expect((await fetch(`${t.url}/api/docs`)).status).toBe(404);
    expect((await fetch(`${t.url}/api/docs-json`)).status).toBe(404);
  });

  it('sends a Content-Security-Policy with /demo that lets the widget load from the public address and nothing inline run', async () => {
    const res = await fetch(`${t.url}/demo`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`script-src 'self' ${t.url}`);
    expect(csp).toContain(`connect-src 'self' ${t.url} ${t.url.replace('http', 'ws')}`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('sends the inbox policy with the rating page, whatever its outcome', async () => {
    const res = await fetch(`${t.url}/csat/not-a-token`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(INBOX_CSP);
  });
});

describe('API_DOCS=public', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', API_DOCS: 'public' });
  });
  afterAll(() => t?.close());

  it('serves /api/docs in production when asked to, its page under the inbox policy', async () => {
    expect((await fetch(`${t.url}/api/docs-json`)).status).toBe(200);
    for (const page of ['/api/docs', '/api/docs/']) {
      const res = await fetch(`${t.url}${page}`);
      expect(res.status, page).toBe(200);
      expect(res.headers.get('content-type'), page).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy'), page).toBe(INBOX_CSP);
    }
  });
});
