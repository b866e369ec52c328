import { describe, expect, it } from 'vitest';
import { allowingFilesFrom, INBOX_CSP, inboxPageHeaders } from './security-headers';

describe('the pages allow the bucket signed downloads lead to, for images and media only', () => {
  const directives = (csp: string) => Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

  it('adds the origin to img-src and media-src, and nothing else', () => {
    const csp = directives(allowingFilesFrom(INBOX_CSP, 'https://files.example.net'));
    expect(csp['img-src']).toBe("'self' data: blob: https://files.example.net");
    expect(csp['media-src']).toBe("'self' blob: https://files.example.net");
    for (const name of ['default-src', 'script-src', 'connect-src', 'style-src']) expect(csp[name], name).toBe(directives(INBOX_CSP)[name]);
    expect(allowingFilesFrom(INBOX_CSP, null)).toBe(INBOX_CSP);
  });

  it("sets the inbox page's policy with the origin known at the time of the request", () => {
    let origin: string | null = null;
    const headers: Record<string, string> = {};
    const set = inboxPageHeaders(() => origin);
    const res = { setHeader: (name: string, value: string) => (headers[name] = value) } as never;
    set(res, '/dist/index.html');
    expect(headers['Content-Security-Policy']).toBe(INBOX_CSP);
    origin = 'http://127.0.0.1:9000';
    set(res, '/dist/index.html');
    expect(directives(headers['Content-Security-Policy'])['img-src']).toContain('http://127.0.0.1:9000');
    delete headers['Content-Security-Policy'];
    set(res, '/dist/assets/app.js');
    expect(headers['Content-Security-Policy']).toBeUndefined();
  });
});
