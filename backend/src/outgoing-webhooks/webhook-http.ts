import { lookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { refusalOfAddress } from './public-address.policy';

/** A receiver has this long to answer in full. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** Characters of the receiver's answer kept in the log; more is not even read. */
export const RESPONSE_SNIPPET_CHARS = 500;

/** Bytes of an answer read at most (a snippet of 500 characters is at most 2,000 bytes of UTF-8). */
const RESPONSE_READ_BYTES = 4 * RESPONSE_SNIPPET_CHARS;

export class RefusedAddressError extends Error {}

export interface PostOutcome {
  statusCode: number | null;
  ok: boolean;
  error: string | null;
  latencyMs: number;
  responseSnippet: string | null;
}

/**
 * The URL's own problem (not http(s), credentials in it), or null. Said
 * without looking the host up: the DTO check at creation and the sender
 * share it.
 */
export function urlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute http(s) URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'must be an http(s) URL';
  if (parsed.username || parsed.password) return 'must not carry a user name or password';
  return null;
}

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

function refusal(host: string, address: string): string | null {
  const why = refusalOfAddress(address);
  return why && `${host} is ${why === 'not an IP address' ? 'not a valid address' : why} (${address}); set WEBHOOKS_ALLOW_PRIVATE=true to allow private hosts`;
}

/**
 * Why this URL may not be called from the server, or null: every address
 * its host resolves to must be public (unless `allowPrivate`). Asked when a
 * subscription is saved; the sender asks again at connection time, as DNS
 * may answer differently later.
 */
export async function addressProblem(url: string, allowPrivate: boolean): Promise<string | null> {
  const own = urlProblem(url);
  if (own || allowPrivate) return own;
  const host = hostOf(new URL(url));
  if (isIP(host)) return refusal(host, host);
  try {
    const addresses = await new Promise<LookupAddress[]>((resolve, reject) => lookup(host, { all: true }, (error, found) => (error ? reject(error) : resolve(found))));
    for (const { address } of addresses) {
      const why = refusal(host, address);
      if (why) return why;
    }
    return null;
  } catch {
    return `${host} cannot be resolved`;
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** The socket's DNS lookup, refusing a host with any non-public address: the check and the connection use the same answer. */
function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    for (const { address } of addresses) {
      const why = refusal(hostname, address);
      if (why) return callback(new RefusedAddressError(why), []);
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
}

/**
 * POSTs `body` and reports what came back. No redirect is followed (a 3xx
 * is a failure: it could lead anywhere), the whole exchange is bounded by
 * `timeoutMs`, and only the start of the answer is read.
 */
export function postWebhook(url: string, headers: Record<string, string>, body: string, options: { allowPrivate: boolean; timeoutMs?: number }): Promise<PostOutcome> {
  const started = Date.now();
  const done = (outcome: Omit<PostOutcome, 'latencyMs' | 'ok'>): PostOutcome => ({
    ...outcome,
    ok: outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300,
    latencyMs: Date.now() - started,
  });
  const problem = urlProblem(url);
  if (problem) return Promise.resolve(done({ statusCode: null, error: `url ${problem}`, responseSnippet: null }));
  const target = new URL(url);
  const host = hostOf(target);
  if (!options.allowPrivate && isIP(host)) {
    const why = refusal(host, host);
    if (why) return Promise.resolve(done({ statusCode: null, error: why, responseSnippet: null }));
  }
  return new Promise<PostOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: Omit<PostOutcome, 'latencyMs' | 'ok'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(done(outcome));
    };
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'Inbox-Webhooks/1' },
        ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
      },
      (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let read = 0;
        const answered = () => finish({ statusCode: res.statusCode ?? null, error: null, responseSnippet: snippet(Buffer.concat(chunks)) });
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          read += chunk.length;
          if (read >= RESPONSE_READ_BYTES) answered();
        });
        res.on('end', answered);
        res.on('error', answered);
      },
    );
    const timer = setTimeout(() => finish({ statusCode: null, error: `no answer within ${(options.timeoutMs ?? WEBHOOK_TIMEOUT_MS) / 1000} s`, responseSnippet: null }), options.timeoutMs ?? WEBHOOK_TIMEOUT_MS);
    req.on('error', (error: Error) => finish({ statusCode: null, error: error.message.slice(0, 500), responseSnippet: null }));
    req.end(body);
  });
}

function snippet(bytes: Buffer): string | null {
  const text = bytes.toString('utf8').slice(0, RESPONSE_SNIPPET_CHARS);
  return text.length ? text : null;
}
