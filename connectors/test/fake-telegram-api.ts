/**
 * A local stand-in for the Telegram Bot API (https://core.telegram.org/bots/api),
 * for tests that must not reach the internet. It listens on 127.0.0.1 on a
 * random port and speaks the Bot API's request and response shapes:
 *
 *   POST {apiRoot}/bot<token>/<method>      JSON, urlencoded or multipart body
 *   GET  {apiRoot}/file/bot<token>/<path>   file bytes (after getFile)
 *
 * Usage:
 *
 *   const api = await FakeTelegramApi.start({ tokens: ['123:ABC'] });
 *   const connector = new TelegramConnector({ apiRoot: api.apiRoot });
 *   ... connector.send(...) ...
 *   api.callsTo('sendPhoto')[0].files[0].data        // the uploaded bytes
 *   api.failNext({ status: 500 }, { status: 429, retryAfter: 3 });
 *   api.pushUpdates({ message: {...} });             // served by getUpdates
 *   await api.close();
 *
 * Methods: getMe, sendMessage, sendPhoto, sendDocument, sendChatAction,
 * setWebhook, deleteWebhook, getWebhookInfo, getFile, getUpdates,
 * answerCallbackQuery. Any other method answers 404 "Not Found" like the real one.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeUpdateQueue } from './fake-telegram-updates';
import { parseMultipart } from './multipart';

export interface FakeTelegramApiOptions {
  /** Tokens the server accepts; any other gets 401 Unauthorized. Default: any token. */
  tokens?: string[];
  /** Overrides for the getMe result. */
  bot?: Partial<FakeBotUser>;
  /** Cap on how long getUpdates holds a request open, whatever `timeout` asks. Default 2000 ms. */
  maxLongPollMs?: number;
}

export interface FakeBotUser {
  id: number;
  is_bot: true;
  first_name: string;
  username: string;
  can_join_groups: boolean;
  can_read_all_group_messages: boolean;
  supports_inline_queries: boolean;
}

export interface UploadedFile {
  /** The form field: photo, document... */
  field: string;
  fileName?: string;
  contentType?: string;
  data: Buffer;
}

export interface RecordedCall {
  /** Bot API method, or 'file' for a download from the file endpoint. */
  method: string;
  token: string;
  /**
   * The parameters as the Bot API reads them. JSON bodies keep their types;
   * multipart and urlencoded values are strings, except the JSON-serialized
   * fields (reply_markup, reply_parameters, allowed_updates...), which are parsed.
   */
  params: Record<string, unknown>;
  files: UploadedFile[];
  contentType: string;
  /** For 'file' calls: the requested file_path. */
  path?: string;
  at: Date;
}

/** What the next matching call answers instead of its normal result. */
export type ScriptedFailure = {
  /** Only calls to this method match ('file' = the file endpoint); default: any call. */
  method?: string;
  /** How many matching calls fail this way. Default 1. */
  times?: number;
} & (
  | {
      /** HTTP status = Bot API error_code. 5xx answers a plain-text body, like a proxy would. */
      status: number;
      description?: string;
      /** Seconds, sent as parameters.retry_after (use with 429). */
      retryAfter?: number;
    }
  | {
      /** Destroys the connection without answering: a network error for the client. */
      dropConnection: true;
    }
);

export interface FakeFile {
  fileId: string;
  filePath: string;
  data: Buffer;
  /** What getFile reports; defaults to data.length. Set it to test size limits. */
  fileSize?: number;
  /** Content-Type of the download. Default application/octet-stream, as Telegram answers. */
  contentType?: string;
}

const JSON_FIELDS = new Set([
  'reply_markup',
  'reply_parameters',
  'allowed_updates',
  'link_preview_options',
  'entities',
  'caption_entities',
]);

const DEFAULT_DESCRIPTIONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden: bot was blocked by the user',
  404: 'Not Found',
  409: 'Conflict: terminated by other getUpdates request',
};

export class FakeTelegramApi {
  /** Every request, in arrival order. */
  readonly calls: RecordedCall[] = [];
  private readonly updates = new FakeUpdateQueue();
  private failures: ScriptedFailure[] = [];
  private readonly answerDelays = new Map<string, number>();
  private files = new Map<string, FakeFile>();
  private messageIds = new Map<string, number>();
  private fileCounter = 0;
  /** The webhook set by setWebhook, or null. */
  webhook: { url: string; secretToken?: string; allowedUpdates?: unknown } | null = null;
  readonly bot: FakeBotUser;

  private readonly server: Server;
  private root = '';

  private constructor(private readonly options: FakeTelegramApiOptions) {
    this.bot = {
      id: 7000001,
      is_bot: true,
      first_name: 'Inbox Bot',
      username: 'inbox_test_bot',
      can_join_groups: false,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      ...options.bot,
    };
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      });
    });
  }

  /** Starts a server on 127.0.0.1 and a random port; `apiRoot` is its base URL. */
  static async start(options: FakeTelegramApiOptions = {}): Promise<FakeTelegramApi> {
    const api = new FakeTelegramApi(options);
    api.server.listen(0, '127.0.0.1');
    await once(api.server, 'listening');
    api.root = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
    return api;
  }

  /** Base URL to give the connector as `apiRoot`, e.g. http://127.0.0.1:40123. */
  get apiRoot(): string {
    return this.root;
  }

  /** Calls to one method, in order. */
  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /**
   * Every later call to `method` is recorded at once but answered only
   * after `ms`, like a slow Bot API: for tests that stop the caller while a
   * call is under way. 0 answers at once again.
   */
  answerAfter(method: string, ms: number): void {
    this.answerDelays.set(method, ms);
  }

  /** Queues failures; each call takes the first queued failure that matches its method. */
  failNext(...failures: ScriptedFailure[]): void {
    this.failures.push(...failures.map((f) => ({ ...f })));
  }

  /** Adds updates for getUpdates (update_id assigned when missing) and wakes a waiting long poll. */
  pushUpdates(...updates: Record<string, unknown>[]): number[] {
    return this.updates.push(updates);
  }

  /** Highest offset a getUpdates call has confirmed (updates below it are gone). */
  get confirmedOffset(): number {
    return this.updates.confirmedOffset;
  }

  /** The most getUpdates requests ever open at once: Telegram allows one per bot. */
  get peakOpenPolls(): number {
    return this.updates.peakOpenPolls;
  }

  /** Makes a file available to getFile and the file endpoint. */
  addFile(file: Partial<FakeFile> & { data: Buffer }): FakeFile {
    const n = ++this.fileCounter;
    const stored: FakeFile = { fileId: `FILE_${n}`, filePath: `documents/file_${n}.bin`, ...file };
    this.files.set(stored.fileId, stored);
    return stored;
  }

  /** Forgets calls, failures, updates, files and the webhook; keeps the port. */
  reset(): void {
    this.calls.length = 0;
    this.failures = [];
    this.answerDelays.clear();
    this.updates.reset();
    this.files.clear();
    this.messageIds.clear();
    this.webhook = null;
  }

  async close(): Promise<void> {
    this.updates.wakeAll();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- request handling -------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.apiRoot);
    const fileMatch = url.pathname.match(/^\/file\/bot([^/]+)\/(.+)$/);
    const methodMatch = url.pathname.match(/^\/bot([^/]+)\/([A-Za-z]+)$/);
    const body = await readBody(req);
    const contentType = req.headers['content-type'] ?? '';
    if (!fileMatch && !methodMatch) return sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });

    const token = decodeURIComponent((fileMatch ?? methodMatch)![1]);
    const method = fileMatch ? 'file' : methodMatch![2];
    const { params, files } = fileMatch ? { params: {}, files: [] } : parseParams(contentType, body, url);
    const call: RecordedCall = { method, token, params, files, contentType, at: new Date() };
    if (fileMatch) call.path = decodeURIComponent(fileMatch[2]);
    this.calls.push(call);

    const failure = this.takeFailure(method);
    if (failure) {
      if ('dropConnection' in failure) {
        req.socket.destroy();
        return;
      }
      if (failure.status >= 500) {
        res.writeHead(failure.status, { 'content-type': 'text/plain' });
        res.end(failure.description ?? 'Internal Server Error');
        return;
      }
      return this.error(res, failure.status, failure.description, failure.retryAfter);
    }
    if (this.options.tokens && !this.options.tokens.includes(token)) return this.error(res, 401);
    if (fileMatch) return this.serveFile(res, call.path!);
    const delayMs = this.answerDelays.get(method) ?? 0;
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const result = await this.dispatch(method, params, files, req);
    if (result === undefined) return this.error(res, 404);
    if (result instanceof ApiError) return this.error(res, result.status, result.description);
    sendJson(res, 200, { ok: true, result });
  }

  private takeFailure(method: string): ScriptedFailure | undefined {
    const index = this.failures.findIndex((f) => f.method === undefined || f.method === method);
    if (index < 0) return undefined;
    const failure = this.failures[index];
    failure.times = (failure.times ?? 1) - 1;
    if (failure.times <= 0) this.failures.splice(index, 1);
    return failure;
  }

  private error(res: ServerResponse, status: number, description?: string, retryAfter?: number): void {
    const text =
      description ?? (status === 429 ? `Too Many Requests: retry after ${retryAfter ?? 1}` : DEFAULT_DESCRIPTIONS[status] ?? 'Error');
    sendJson(res, status, {
      ok: false,
      error_code: status,
      description: text,
      ...(retryAfter !== undefined ? { parameters: { retry_after: retryAfter } } : {}),
    });
  }

  private serveFile(res: ServerResponse, path: string): void {
    const file = [...this.files.values()].find((f) => f.filePath === path);
    if (!file) return sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    res.writeHead(200, {
      'content-type': file.contentType ?? 'application/octet-stream',
      'content-length': String(file.data.length),
    });
    res.end(file.data);
  }

  private async dispatch(
    method: string,
    params: Record<string, unknown>,
    files: UploadedFile[],
    req: IncomingMessage,
  ): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return this.bot;
      case 'sendMessage':
        if (typeof params.text !== 'string' || !params.text) return new ApiError(400, 'Bad Request: message text is empty');
        return this.message(params, { text: params.text });
      case 'sendPhoto': {
        const photo = this.upload(files, params, 'photo', 'photos', 'jpg');
        if (photo instanceof ApiError) return photo;
        const size = { file_id: photo.fileId, file_unique_id: `U${photo.fileId}`, width: 800, height: 600, file_size: photo.data.length };
        return this.message(params, { photo: [size], ...(params.caption ? { caption: params.caption } : {}) });
      }
      case 'sendDocument': {
        const doc = this.upload(files, params, 'document', 'documents', 'bin');
        if (doc instanceof ApiError) return doc;
        const upload = files.find((f) => f.field === 'document');
        const document = {
          file_id: doc.fileId,
          file_unique_id: `U${doc.fileId}`,
          file_name: upload?.fileName,
          file_size: doc.data.length,
        };
        return this.message(params, { document, ...(params.caption ? { caption: params.caption } : {}) });
      }
      case 'sendChatAction':
      case 'answerCallbackQuery':
        return true;
      case 'setWebhook':
        if (typeof params.url !== 'string') return new ApiError(400, 'Bad Request: bad webhook: URL is empty');
        this.webhook = {
          url: params.url,
          ...(params.secret_token !== undefined ? { secretToken: String(params.secret_token) } : {}),
          ...(params.allowed_updates !== undefined ? { allowedUpdates: params.allowed_updates } : {}),
        };
        return true;
      case 'deleteWebhook':
        this.webhook = null;
        if (params.drop_pending_updates === true || params.drop_pending_updates === 'true') this.updates.drop();
        return true;
      case 'getWebhookInfo':
        return { url: this.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: this.updates.waiting };
      case 'getFile': {
        const file = this.files.get(String(params.file_id));
        if (!file) return new ApiError(400, 'Bad Request: invalid file_id');
        return { file_id: file.fileId, file_unique_id: `U${file.fileId}`, file_size: file.fileSize ?? file.data.length, file_path: file.filePath };
      }
      case 'getUpdates':
        return this.getUpdates(params, req);
      default:
        return undefined;
    }
  }

  /** https://core.telegram.org/bots/api#getupdates: confirm below offset, then answer or hold the request. */
  private async getUpdates(params: Record<string, unknown>, req: IncomingMessage): Promise<unknown> {
    if (this.webhook) return new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    const offset = params.offset === undefined ? undefined : Number(params.offset);
    const limit = params.limit === undefined ? 100 : Number(params.limit);
    const timeoutMs = Math.min(Number(params.timeout ?? 0) * 1000, this.options.maxLongPollMs ?? 2000);
    return this.updates.take(offset, limit, timeoutMs, req);
  }

  private upload(files: UploadedFile[], params: Record<string, unknown>, field: string, dir: string, ext: string): FakeFile | ApiError {
    const upload = files.find((f) => f.field === field);
    if (upload) return this.addFile({ data: upload.data, filePath: `${dir}/file_${this.fileCounter + 1}.${ext}` });
    // Sending by file_id of a file the server already has.
    const existing = typeof params[field] === 'string' ? this.files.get(params[field] as string) : undefined;
    return existing ?? new ApiError(400, `Bad Request: there is no ${field} in the request`);
  }

  private message(params: Record<string, unknown>, content: Record<string, unknown>): Record<string, unknown> {
    const chatKey = String(params.chat_id);
    const messageId = (this.messageIds.get(chatKey) ?? 0) + 1;
    this.messageIds.set(chatKey, messageId);
    const chatId = /^-?\d+$/.test(chatKey) ? Number(chatKey) : chatKey;
    const { id, is_bot, first_name, username } = this.bot;
    return {
      message_id: messageId,
      from: { id, is_bot, first_name, username },
      chat: { id: chatId, type: 'private' },
      date: Math.floor(Date.now() / 1000),
      ...content,
      ...(params.reply_markup ? { reply_markup: params.reply_markup } : {}),
    };
  }
}

class ApiError {
  constructor(
    readonly status: number,
    readonly description?: string,
  ) {}
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseParams(contentType: string, body: Buffer, url: URL): { params: Record<string, unknown>; files: UploadedFile[] } {
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const files: UploadedFile[] = [];
  if (contentType.startsWith('application/json')) {
    Object.assign(params, body.length ? JSON.parse(body.toString('utf8')) : {});
  } else if (contentType.startsWith('multipart/form-data')) {
    const boundary = contentType.match(/boundary=(?:"([^"]+)"|([^;]+))/);
    if (!boundary) throw new Error('multipart body without boundary');
    for (const part of parseMultipart(body, boundary[1] ?? boundary[2])) {
      if (part.fileName !== undefined) files.push({ field: part.name, fileName: part.fileName, contentType: part.contentType, data: part.data });
      else params[part.name] = part.data.toString('utf8');
    }
  } else if (contentType.startsWith('application/x-www-form-urlencoded')) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  }
  for (const key of Object.keys(params)) {
    const value = params[key];
    if (JSON_FIELDS.has(key) && typeof value === 'string') {
      try {
        params[key] = JSON.parse(value);
      } catch {
        // Left as the string: the real API would answer 400 here; tests see what was sent.
      }
    }
  }
  return { params, files };
}
