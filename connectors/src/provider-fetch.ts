import { ProviderError } from './types';

/** Redirects followed at most, each to an allowed origin again. */
const MAX_REDIRECTS = 3;

/**
 * The one way this code fetches a URL: only from the given provider origins
 * (`https://api.telegram.org`, or the local stand-in a test configures).
 * A URL that came from a payload or a provider answer can therefore never
 * make the server call an internal address; a redirect is followed only to
 * an allowed origin. `allowedOrigins` are base URLs or origins; `https://*.example.net`
 * allows every subdomain of example.net (a provider's CDN), over that scheme.
 */
export async function providerFetch(url: string, allowedOrigins: readonly string[], init: RequestInit = {}): Promise<Response> {
  const allowed = new Set(allowedOrigins.map((o) => (o.includes('://*.') ? o.replace(/\/+$/, '') : new URL(o).origin)));
  let target = url;
  for (let hop = 0; ; hop += 1) {
    assertAllowed(target, allowed);
    const res = await fetch(target, { ...init, redirect: 'manual' });
    const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
    if (!location) return res;
    await res.body?.cancel();
    if (hop >= MAX_REDIRECTS) throw new ProviderError('permanent', `Too many redirects from ${new URL(url).origin}`);
    target = new URL(location, target).toString();
  }
}

function assertAllowed(url: string, allowed: ReadonlySet<string>): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ProviderError('permanent', 'Refused to fetch: not a URL');
  }
  const wildcard = `${parsed.protocol}//*.${parsed.hostname.split('.').slice(1).join('.')}`;
  const permitted = allowed.has(parsed.origin) || (!parsed.port && parsed.hostname.split('.').length > 2 && allowed.has(wildcard));
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.username || parsed.password || !permitted) {
    throw new ProviderError('permanent', `Refused to fetch ${parsed.protocol}//${parsed.host}: not a provider address this inbox may call`);
  }
}
