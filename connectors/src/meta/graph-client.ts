import { providerFetch } from '../provider-fetch';
import { ProviderError } from '../types';

export const META_GRAPH_API_URL = 'https://graph.facebook.com';
/** The Graph API version every call names; Meta keeps a version for two years. */
export const META_GRAPH_API_VERSION = 'v21.0';

export interface GraphClientOptions {
  /** Graph API base URL (META_GRAPH_API_URL in the backend's config); tests point it at a local server. */
  baseUrl?: string;
  version?: string;
  /** Upper bound for one call, in milliseconds. */
  timeoutMs?: number;
}

/** What Graph answers on failure: https://developers.facebook.com/docs/graph-api/guides/error-handling */
interface GraphFailure {
  error?: { message?: string; code?: number; error_subcode?: number; error_data?: { details?: string } };
}

/** Throttling: app, account, page and WhatsApp pair/spam limits. */
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613, 80007, 130429, 131048, 131056]);
/** Expired or revoked token, missing permission. */
const AUTH_CODES = new Set([102, 190, 10, 200, 299]);
/** Graph's own "try again" codes. */
const TEMPORARY_CODES = new Set([1, 2, 131000, 131016]);

/**
 * One failed Graph call → the one error the delivery pipeline understands.
 * Rate limits wait a minute (Graph gives no Retry-After); tokens and
 * permissions are `auth`; 5xx and Graph's transient codes are `temporary`;
 * every other refusal (131047 outside the 24-hour window, a bad recipient)
 * is `permanent` with Graph's own words.
 */
export function graphError(status: number, body: unknown, what: string): ProviderError {
  const error = (body as GraphFailure | null)?.error;
  const code = typeof error?.code === 'number' ? error.code : undefined;
  const detail = [error?.message, error?.error_data?.details].filter(Boolean).join(' — ') || `HTTP ${status}`;
  const message = `Graph ${what} failed: ${code !== undefined ? `(#${code}) ` : ''}${detail}`.slice(0, 400);
  if (status === 429 || (code !== undefined && RATE_LIMIT_CODES.has(code))) return new ProviderError('rate-limited', message, 60_000);
  if (status === 401 || (code !== undefined && AUTH_CODES.has(code))) return new ProviderError('auth', message);
  if (status >= 500 || (code !== undefined && TEMPORARY_CODES.has(code))) return new ProviderError('temporary', message);
  return new ProviderError('permanent', message);
}

export interface DownloadedMedia {
  data: Buffer;
  mimeType?: string;
}

/** The Graph API over fetch: JSON and multipart calls, with Meta's errors mapped to ProviderError. */
export class GraphClient {
  readonly baseUrl: string;
  private readonly version: string;
  private readonly timeoutMs: number;

  constructor(options: GraphClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? META_GRAPH_API_URL).replace(/\/+$/, '');
    this.version = options.version ?? META_GRAPH_API_VERSION;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** `path` without the version: `/<phone-number-id>/messages`. */
  url(path: string): string {
    return `${this.baseUrl}/${this.version}${path.startsWith('/') ? path : `/${path}`}`;
  }

  async get<T>(path: string, token: string, query: Record<string, string> = {}): Promise<T> {
    const search = new URLSearchParams(query).toString();
    return this.call<T>(`GET ${path}`, `${this.url(path)}${search ? `?${search}` : ''}`, { method: 'GET', headers: auth(token) });
  }

  async post<T>(path: string, token: string, body: object | FormData): Promise<T> {
    const isForm = body instanceof FormData;
    return this.call<T>(`POST ${path}`, this.url(path), {
      method: 'POST',
      headers: isForm ? auth(token) : { ...auth(token), 'content-type': 'application/json' },
      body: isForm ? body : JSON.stringify(body),
    });
  }

  /**
   * Bytes behind a media URL Graph handed out (WhatsApp's need the token,
   * Instagram's CDN links do not), refused past `maxBytes` while streaming.
   */
  async download(url: string, token: string | undefined, maxBytes: number): Promise<DownloadedMedia> {
    const res = await this.request('media download', url, { method: 'GET', headers: token ? auth(token) : {} });
    if (!res.ok) throw graphError(res.status, await res.json().catch(() => null), 'media download');
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > maxBytes) throw new ProviderError('permanent', `The file is ${declared} bytes, over the limit of ${maxBytes} bytes`);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body ?? []) {
      size += chunk.length;
      if (size > maxBytes) throw new ProviderError('permanent', `The file is over the limit of ${maxBytes} bytes`);
      chunks.push(Buffer.from(chunk));
    }
    const mimeType = res.headers.get('content-type')?.split(';')[0].trim() || undefined;
    return { data: Buffer.concat(chunks), ...(mimeType ? { mimeType } : {}) };
  }

  private async call<T>(what: string, url: string, init: RequestInit): Promise<T> {
    const res = await this.request(what, url, init);
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) throw graphError(res.status, body, what);
    if (body === null || typeof body !== 'object') throw new ProviderError('temporary', `Graph ${what} answered ${res.status} without JSON`);
    return body as T;
  }

  private async request(what: string, url: string, init: RequestInit): Promise<Response> {
    try {
      return await providerFetch(url, [this.baseUrl, ...META_MEDIA_ORIGINS], { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      // Tokens travel in headers, never in URLs, so the reason is safe to keep.
      throw new ProviderError('temporary', `Graph ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** Where Graph hands out media (WhatsApp's lookaside host, Facebook's and Instagram's CDNs). */
const META_MEDIA_ORIGINS = ['https://*.fbsbx.com', 'https://*.fbcdn.net', 'https://*.cdninstagram.com'];

function auth(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
