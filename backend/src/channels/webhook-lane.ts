import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { BadRequestException, Injectable, Logger, PayloadTooLargeException } from '@nestjs/common';
import type { RawInbound } from '@inbox/connectors';
import { errorAnswer } from '../common/http-exception.filter';
import { JSON_MAX_BYTES, prepareJson } from '../common/json-limits';
import { BASE_SECURITY_HEADERS } from '../common/security-headers';

/** Stores what a provider posted for one inbox; resolves once it may be acknowledged. */
export type WebhookReceiver = (inboxParam: string, request: RawInbound) => Promise<void>;

/** `POST /webhooks/<channel>/<inbox>`, with or without a query string. */
const WEBHOOK_PATH = /^\/webhooks\/([a-z]+)\/([^/?]+)(?:\?(.*))?$/;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

/**
 * Provider webhooks that carry a channel's whole inbound traffic, served
 * in front of Express: a Telegram update is read, parsed, stored and
 * answered without the router, middleware chain, guards and interceptors,
 * which cost several times the write itself under load (docs/benchmarks.md,
 * "Ceiling"). The answers are the ones the rest of the API gives: the same
 * body limits and JSON checks, `{statusCode, error, message}` errors
 * (errorAnswer), the same security headers. A route served here is served
 * only here.
 */
@Injectable()
export class WebhookLane {
  private readonly logger = new Logger('HTTP');
  private readonly receivers = new Map<string, WebhookReceiver>();

  /** Serves `POST /webhooks/<channel>/:inboxId` from now on. */
  serve(channel: string, receiver: WebhookReceiver): void {
    if (this.receivers.has(channel)) throw new Error(`The ${channel} webhook is already served`);
    this.receivers.set(channel, receiver);
  }

  /** The routes served here, as `POST /webhooks/<channel>/:inboxId`. */
  routes(): string[] {
    return [...this.receivers.keys()].map((channel) => `POST /webhooks/${channel}/:inboxId`);
  }

  /** Puts the lane in front of whatever answers the server's requests (Express, socket.io's engine). */
  mount(server: Server): void {
    const others = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
    server.removeAllListeners('request');
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const match = req.method === 'POST' ? WEBHOOK_PATH.exec(req.url ?? '') : null;
      const receiver = match ? this.receivers.get(match[1]) : undefined;
      // The inbox segment is passed as sent: inbox ids are digits, and a receiver refuses anything else (404).
      if (match && receiver) return void this.receive(receiver, match[2], match[3], req, res);
      for (const listener of others) listener.call(server, req, res);
    });
  }

  private async receive(receiver: WebhookReceiver, inboxParam: string, query: string | undefined, req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const rawBody = await readBody(req);
      const body = JSON_TYPE.test(req.headers['content-type'] ?? '') ? parseJson(rawBody) : {};
      await receiver(inboxParam, { headers: req.headers, query: query ? Object.fromEntries(new URLSearchParams(query)) : {}, body, rawBody });
      res.writeHead(200, OK_HEADERS);
      res.end(OK_BODY);
    } catch (error) {
      const { body, retryAfterSeconds } = errorAnswer(error, this.logger);
      if (retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(retryAfterSeconds));
      answer(res, body.statusCode, body);
    }
  }
}

/** The body's bytes, at most JSON_MAX_BYTES; past that a 413, and the rest is read and dropped. */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= JSON_MAX_BYTES) return void chunks.push(chunk);
      req.off('data', onData);
      req.resume();
      reject(new PayloadTooLargeException(`body: larger than ${JSON_MAX_BYTES / 1024 / 1024} MB`));
    };
    req.on('data', onData);
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/** JSON as the API's body parser reads it: an object or an array, nested at most JSON_MAX_DEPTH levels. */
function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return {};
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch (error) {
    throw new BadRequestException(`body: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof body !== 'object' || body === null) throw new BadRequestException('body: must be a JSON object');
  const problem = prepareJson(body, 'body');
  if (problem) throw new BadRequestException(problem);
  return body;
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, jsonHeaders(Buffer.byteLength(json)));
  res.end(json);
}

const jsonHeaders = (length: number) => ({ ...BASE_SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': length });

/** Nearly every answer: made once. */
const OK_BODY = JSON.stringify({ ok: true });
const OK_HEADERS = jsonHeaders(Buffer.byteLength(OK_BODY));
