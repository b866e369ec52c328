import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Twilio id of the given kind, e.g. sid('CA', 1) → CA000…001. */
export const sid = (prefix: string, n: number) => `${prefix}${n.toString(16).padStart(32, '0')}`;

export interface RecordedRequest {
  method: string;
  path: string;
  /** The form fields of a POST (repeated keys as arrays). */
  form: Record<string, string | string[]>;
  /** `accountSid:authToken` from the Basic authorization. */
  auth: string | null;
}

/** Audio bytes the fake serves for every recording. */
export const FAKE_RECORDING_BYTES = Buffer.from('ID3\u0003fake-mp3-audio-of-a-call');

/**
 * A local stand-in for Twilio's REST API (api.twilio.com/2010-04-01): it
 * records every request and answers calls, messages and recording media
 * the way Twilio does, with ids of the right kind. `failWith` makes the
 * next request answer with that HTTP status.
 */
export class FakeTwilioApi {
  readonly requests: RecordedRequest[] = [];
  private server?: Server;
  private counter = 0;
  failWith: number | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body, type }) => {
        res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
        res.end(body);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Recorded requests whose path ends with the suffix (e.g. `/Calls.json`). */
  to(suffix: string | RegExp): RecordedRequest[] {
    return this.requests.filter((r) => (typeof suffix === 'string' ? r.path.endsWith(suffix) : suffix.test(r.path)));
  }

  /** Resolves once a request matching the suffix has arrived. */
  async waitFor(suffix: string | RegExp, count = 1, timeoutMs = 5000): Promise<RecordedRequest[]> {
    const until = Date.now() + timeoutMs;
    while (this.to(suffix).length < count) {
      if (Date.now() > until) throw new Error(`no ${count} request(s) to ${suffix} within ${timeoutMs} ms; got ${this.requests.map((r) => r.path).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.to(suffix);
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: Buffer | string; type: string }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const form: Record<string, string | string[]> = {};
    for (const [key, value] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) {
      const had = form[key];
      form[key] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
    }
    const header = req.headers.authorization;
    const auth = header?.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64').toString('utf8') : null;
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname, form, auth });
    const json = (status: number, body: unknown) => ({ status, body: JSON.stringify(body), type: 'application/json' });
    if (this.failWith !== null) {
      const status = this.failWith;
      this.failWith = null;
      return json(status, { code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status });
    }
    const account = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\//.exec(url.pathname)?.[1];
    if (!account) return json(404, { code: 20404, message: 'Not found', status: 404 });
    if (/\/Recordings\/RE[0-9a-f]{32}\.mp3$/.test(url.pathname)) return { status: 200, body: FAKE_RECORDING_BYTES, type: 'audio/mpeg' };
    if (url.pathname.endsWith('/Calls.json') && req.method === 'POST') {
      return json(201, { sid: sid('CA', 0xf000 + ++this.counter), account_sid: account, to: form.To, from: form.From, status: 'queued' });
    }
    const update = /\/Calls\/(CA[0-9a-f]{32})\.json$/.exec(url.pathname);
    if (update && req.method === 'POST') return json(200, { sid: update[1], account_sid: account, status: 'in-progress' });
    if (url.pathname.endsWith('/Messages.json') && req.method === 'POST') {
      return json(201, { sid: sid('SM', ++this.counter), account_sid: account, to: form.To, from: form.From, body: form.Body, status: 'queued' });
    }
    return json(404, { code: 20404, message: 'Not found', status: 404 });
  }
}
