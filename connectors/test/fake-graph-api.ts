/**
 * A local stand-in for Meta's Graph API (WhatsApp Cloud API and Instagram
 * messaging), for tests that must not reach the internet. It listens on
 * 127.0.0.1 on a random port and answers in Graph's shapes:
 *
 *   POST /<version>/<phone-number-id>/messages   → { messaging_product, contacts, messages: [{ id }] }
 *   POST /<version>/<phone-number-id>/media      → { id }            (multipart upload)
 *   POST /<version>/<ig-account-id>/messages     → { recipient_id, message_id }
 *   GET  /<version>/<media-id>                   → { url, mime_type, file_size }  (media put with addMedia)
 *   GET  /media/<media-id>                       → the bytes (Bearer token required, like lookaside.fbsbx.com)
 *   GET  /cdn/<name>                             → public bytes (Instagram's CDN links)
 *   GET  /<version>/<id>                         → { id, display_phone_number, verified_name, username, name }
 *   GET  /<version>/<waba-id>/message_templates  → { data: [...templates] }
 *
 * Every call is recorded; failNext() makes the next calls answer a Graph error.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseMultipart, type MultipartPart } from './multipart';

export interface GraphCall {
  method: string;
  /** Path without the version: `/123/messages`. */
  path: string;
  token: string | null;
  query: Record<string, string>;
  /** JSON body, or the text fields of a multipart body. */
  body: any;
  files: MultipartPart[];
}

export interface GraphFailure {
  status: number;
  code: number;
  message?: string;
}

export class FakeGraphApi {
  readonly calls: GraphCall[] = [];
  private readonly media = new Map<string, { data: Buffer; mimeType: string }>();
  private readonly cdn = new Map<string, { data: Buffer; mimeType: string }>();
  private failures: GraphFailure[] = [];
  templates: Array<Record<string, unknown>> = [
    { name: 'order_update', language: 'en_US', status: 'APPROVED', components: [{ type: 'BODY', text: 'Hello {{1}}, your order {{2}} has news.' }] },
    { name: 'draft_promo', language: 'en_US', status: 'PENDING', components: [] },
  ];

  private constructor(
    private readonly server: Server,
    readonly tokens: string[] | null,
  ) {}

  static async start(options: { tokens?: string[] } = {}): Promise<FakeGraphApi> {
    const server = createServer();
    const api = new FakeGraphApi(server, options.tokens ?? null);
    server.on('request', (req, res) => void api.handle(req, res));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return api;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** A file behind a WhatsApp media id. */
  addMedia(mediaId: string, data: Buffer, mimeType: string): void {
    this.media.set(mediaId, { data, mimeType });
  }

  /** A public file (Instagram attachment links); returns its URL. */
  addCdnFile(name: string, data: Buffer, mimeType: string): string {
    this.cdn.set(name, { data, mimeType });
    return `${this.baseUrl}/cdn/${name}`;
  }

  failNext(...failures: GraphFailure[]): void {
    this.failures.push(...failures);
  }

  /** Sends (POST .../messages) so far, their JSON bodies. */
  sends(): any[] {
    return this.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/messages')).map((c) => c.body);
  }

  /** Resolves once `count` sends arrived. */
  async waitForSends(count: number, timeoutMs = 5000): Promise<any[]> {
    const until = Date.now() + timeoutMs;
    while (this.sends().length < count) {
      if (Date.now() > until) throw new Error(`expected ${count} sends to the Graph API, got ${this.sends().length}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.sends();
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', this.baseUrl);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
    const type = req.headers['content-type'] ?? '';
    let body: any = null;
    let files: MultipartPart[] = [];
    if (type.startsWith('application/json')) body = JSON.parse(raw.toString('utf8') || 'null');
    else if (type.startsWith('multipart/form-data')) {
      const parts = parseMultipart(raw, /boundary=(.+)$/.exec(type)?.[1] ?? '');
      files = parts.filter((p) => p.fileName !== undefined);
      body = Object.fromEntries(parts.filter((p) => p.fileName === undefined).map((p) => [p.name, p.data.toString('utf8')]));
    }
    const path = url.pathname.replace(/^\/v\d+\.\d+/, '');
    const call: GraphCall = { method: req.method ?? 'GET', path, token, query: Object.fromEntries(url.searchParams), body, files };
    this.calls.push(call);

    if (path.startsWith('/cdn/')) {
      const file = this.cdn.get(decodeURIComponent(path.slice(5)));
      return file ? bytes(res, file) : json(res, 404, { error: { message: 'Not found', code: 100 } });
    }
    if (this.tokens && (!token || !this.tokens.includes(token))) {
      return json(res, 401, { error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 } });
    }
    if (path.startsWith('/media/')) {
      const file = this.media.get(decodeURIComponent(path.slice(7)));
      return file ? bytes(res, file) : json(res, 404, { error: { message: 'Not found', code: 100 } });
    }
    const failure = this.failures.shift();
    if (failure) return json(res, failure.status, { error: { message: failure.message ?? 'Failure', code: failure.code, fbtrace_id: 'fake' } });

    const segments = path.split('/').filter(Boolean);
    if (call.method === 'POST' && segments[1] === 'messages') {
      if (body?.messaging_product === 'whatsapp') {
        return json(res, 200, { messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id: `wamid.${randomBytes(12).toString('hex')}` }] });
      }
      return json(res, 200, { recipient_id: body?.recipient?.id, message_id: `aWdfZAG1f${randomBytes(12).toString('hex')}` });
    }
    if (call.method === 'POST' && segments[1] === 'media') {
      if (!files.length) return json(res, 400, { error: { message: '(#100) The parameter file is required.', code: 100 } });
      const id = String(1_000_000 + this.calls.length);
      this.media.set(id, { data: files[0].data, mimeType: files[0].contentType ?? 'application/octet-stream' });
      return json(res, 200, { id });
    }
    if (call.method === 'GET' && segments[1] === 'message_templates') return json(res, 200, { data: this.templates });
    if (call.method === 'GET' && segments.length === 1) {
      const file = this.media.get(segments[0]);
      if (file) return json(res, 200, { url: `${this.baseUrl}/media/${segments[0]}`, mime_type: file.mimeType, file_size: file.data.length, id: segments[0] });
      return json(res, 200, { id: segments[0], display_phone_number: '+1 555-010-0000', verified_name: 'Shop', username: 'shop.example', name: 'Shop' });
    }
    return json(res, 400, { error: { message: `Unsupported request ${call.method} ${path}`, code: 100 } });
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function bytes(res: ServerResponse, file: { data: Buffer; mimeType: string }): void {
  res.writeHead(200, { 'content-type': file.mimeType, 'content-length': String(file.data.length) });
  res.end(file.data);
}
