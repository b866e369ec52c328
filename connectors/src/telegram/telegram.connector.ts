import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Telegram } from 'telegraf';
import type { Message, Update, UserFromGetMe } from 'telegraf/types';
import {
  ProviderError,
  type ChannelConnector,
  type ConnectorContext,
  type InboundEvent,
  type OutboundMessage,
  type RawInbound,
  type SendResult,
} from '../types';
import { TelegramFileTooLargeError, TelegramPayloadError, toProviderError } from './telegram.errors';
import { fetchTelegramFile, type TelegramDownloadedFile } from './telegram.download';
import { TelegramPoller, type PollingStage } from './telegram.poller';
import { planTelegramSend, uploadMethod, type SendPlan, type SendStep } from './telegram-send.plan';
import { readTelegramUpdate } from './telegram-update.guard';
import { messageExternalId, parseTelegramUpdate } from './telegram-update.parser';

export const TELEGRAM_API_ROOT = 'https://api.telegram.org';
/** The header Telegram sets to the `secret_token` given to setWebhook. */
export const TELEGRAM_SECRET_HEADER = 'x-telegram-bot-api-secret-token';
/** Update types this adapter reads; asked for explicitly so Telegram does not send the rest. */
export const TELEGRAM_ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query'] as const;

/**
 * Per-inbox data the backend keeps for a Telegram inbox.
 * secrets: `botToken` (from @BotFather), `webhookSecret` (see generateTelegramWebhookSecret).
 * settings: `mode` — 'webhook' (default) or 'polling' (start() runs getUpdates).
 */
export interface TelegramInboxSettings {
  mode?: 'webhook' | 'polling';
}

export interface TelegramConnectorOptions {
  /** Bot API base URL (TELEGRAM_API_ROOT in the backend's config); tests point it at a fake. */
  apiRoot?: string;
  /** Long-poll duration asked of getUpdates, in seconds. */
  pollTimeoutSec?: number;
  /** Pause after a failed poll, doubled up to maxMs; reset by a good poll. */
  pollBackoff?: { initialMs?: number; maxMs?: number };
  /** Told about every polling failure; by default they go to console.warn. */
  onPollingError?: (inboxId: number, error: unknown, stage: PollingStage) => void;
  /** Upper bound for one file download. */
  downloadTimeoutMs?: number;
  /** Clock for button presses (they carry no date). */
  now?: () => Date;
}

/** A random secret in the alphabet setWebhook allows (1-256 of A-Z a-z 0-9 _ -). */
export function generateTelegramWebhookSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function isTelegramPollingMode(settings: Record<string, unknown>): boolean {
  return (settings as TelegramInboxSettings).mode === 'polling';
}

export class TelegramConnector implements ChannelConnector {
  readonly type = 'telegram' as const;
  private readonly apiRoot: string;
  private readonly pollers = new Map<number, TelegramPoller>();

  constructor(private readonly options: TelegramConnectorOptions = {}) {
    // A trailing slash keeps a path prefix (https://proxy/tg/) when telegraf resolves './bot<token>/...'.
    const root = options.apiRoot ?? TELEGRAM_API_ROOT;
    this.apiRoot = root.endsWith('/') ? root : `${root}/`;
  }

  // ---- inbound -------------------------------------------------------------

  parseInbound(req: RawInbound): InboundEvent[] {
    return parseTelegramUpdate(readTelegramUpdate(bodyOf(req)), { now: this.options.now });
  }

  /** Constant-time check of the secret Telegram echoes from setWebhook. Fails closed without a secret. */
  verifyInbound(req: RawInbound, ctx: ConnectorContext): boolean {
    const expected = ctx.secrets.webhookSecret;
    // Node gives header names in lower case; other callers may not.
    const header = req.headers[TELEGRAM_SECRET_HEADER] ?? Object.entries(req.headers).find(([name]) => name.toLowerCase() === TELEGRAM_SECRET_HEADER)?.[1];
    if (!expected || typeof header !== 'string') return false;
    return sameSecret(header, expected);
  }

  // ---- outbound ------------------------------------------------------------

  /** Sends as plain text (no parse_mode): what an operator types is never read as markup. */
  async send(msg: OutboundMessage, ctx: ConnectorContext): Promise<SendResult> {
    const token = botToken(ctx);
    const plan = planTelegramSend(msg);
    const api = this.api(token);
    let first: string | undefined;
    for (const [i, step] of plan.steps.entries()) {
      const sent = await this.sendStep(api, token, plan, step, i === 0, i === plan.steps.length - 1);
      first ??= messageExternalId(sent.chat.id, sent.message_id);
    }
    return { externalId: first as string };
  }

  private async sendStep(
    api: Telegram,
    token: string,
    plan: SendPlan,
    step: SendStep,
    isFirst: boolean,
    isLast: boolean,
  ): Promise<Message> {
    const reply =
      isFirst && plan.replyToMessageId !== undefined
        ? // The customer may have deleted the message meanwhile: send anyway, unthreaded.
          { message_id: plan.replyToMessageId, allow_sending_without_reply: true }
        : undefined;
    const keyboard = isLast ? plan.keyboard : undefined;
    if (step.kind === 'text') {
      return this.call('sendMessage', token, () =>
        api.sendMessage(plan.chatId, step.text, { reply_parameters: reply, reply_markup: keyboard }),
      );
    }
    const bytes = await step.attachment.read();
    const method = uploadMethod(step.attachment.mimeType, bytes.length);
    const file = { source: bytes, filename: safeFileName(step.attachment.fileName) };
    const extra = {
      caption: step.caption,
      // telegraf serializes only reply_markup to JSON in multipart bodies and silently drops
      // other objects, so reply_parameters goes as the JSON string the Bot API expects there.
      reply_parameters: (reply ? JSON.stringify(reply) : undefined) as never,
      reply_markup: keyboard,
    };
    return method === 'sendPhoto'
      ? this.call(method, token, () => api.sendPhoto(plan.chatId, file, extra))
      : this.call(method, token, () => api.sendDocument(plan.chatId, file, extra));
  }

  // ---- helpers for the backend ----------------------------------------------

  /** https://core.telegram.org/bots/api#getme — checks a token and names the bot. */
  getMe(token: string): Promise<UserFromGetMe> {
    return this.call('getMe', token, () => this.api(token).getMe());
  }

  /** https://core.telegram.org/bots/api#setwebhook — Telegram echoes `secret` in TELEGRAM_SECRET_HEADER. */
  async setWebhook(token: string, url: string, secret: string): Promise<void> {
    if (!/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
      throw new ProviderError('permanent', 'Webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -');
    }
    await this.call('setWebhook', token, () =>
      this.api(token).setWebhook(url, { secret_token: secret, allowed_updates: [...TELEGRAM_ALLOWED_UPDATES] }),
    );
  }

  /** https://core.telegram.org/bots/api#deletewebhook — pending updates are kept for getUpdates. */
  async deleteWebhook(token: string): Promise<void> {
    await this.call('deleteWebhook', token, () => this.api(token).deleteWebhook({ drop_pending_updates: false }));
  }

  /** Shows "typing…" to the customer for about five seconds. */
  async sendTyping(chatId: string | number, token: string): Promise<void> {
    await this.call('sendChatAction', token, () => this.api(token).sendChatAction(chatId, 'typing'));
  }

  /** Stops the spinner on the pressed button; `text` shows as a short toast. */
  async answerCallbackQuery(token: string, callbackQueryId: string, text?: string): Promise<void> {
    await this.call('answerCallbackQuery', token, () => this.api(token).answerCbQuery(callbackQueryId, text));
  }

  /**
   * getFile, then the file endpoint `${apiRoot}/file/bot<token>/<file_path>`
   * (https://core.telegram.org/bots/api#getfile; bots may fetch up to 20 MB).
   * Refuses with TelegramFileTooLargeError before or while downloading.
   */
  async downloadFile(token: string, fileId: string, maxBytes: number): Promise<TelegramDownloadedFile> {
    const file = await this.call('getFile', token, () => this.api(token).getFile(fileId));
    if (file.file_size !== undefined && file.file_size > maxBytes) throw new TelegramFileTooLargeError(file.file_size, maxBytes);
    if (!file.file_path) throw new ProviderError('permanent', 'Telegram gave no file_path: the file is too big for bots to download');
    const path = file.file_path.split('/').map(encodeURIComponent).join('/');
    const url = `${this.apiRoot}file/bot${token}/${path}`;
    return fetchTelegramFile(url, file.file_path, maxBytes, this.options.downloadTimeoutMs ?? 60_000, token, this.apiRoot);
  }

  // ---- long polling ----------------------------------------------------------

  /**
   * Polling-mode inboxes only (settings.mode === 'polling'); a no-op otherwise.
   * Removes the webhook (Telegram refuses getUpdates while one is set), then
   * returns while the loop runs in the background. One loop per inbox: a
   * second start() for the same inbox replaces the first.
   */
  async start(ctx: ConnectorContext, onEvents: (events: InboundEvent[]) => Promise<void>): Promise<void> {
    if (!isTelegramPollingMode(ctx.settings)) return;
    const token = botToken(ctx);
    await this.stop(ctx.inboxId);
    await this.deleteWebhook(token);
    // A concurrent start() for the same inbox may have won the race meanwhile.
    await this.stop(ctx.inboxId);
    const timeoutSec = this.options.pollTimeoutSec ?? 30;
    const report = this.options.onPollingError ?? defaultPollingError;
    const poller = new TelegramPoller({
      getUpdates: (offset, signal) => this.getUpdates(token, offset, timeoutSec, signal),
      parse: (update) => parseTelegramUpdate(readTelegramUpdate(update), { now: this.options.now }),
      onEvents,
      onError: (error, stage) => report(ctx.inboxId, error, stage),
      backoff: { initialMs: this.options.pollBackoff?.initialMs ?? 1000, maxMs: this.options.pollBackoff?.maxMs ?? 30_000 },
    });
    this.pollers.set(ctx.inboxId, poller);
    poller.start();
  }

  /** Stops the loop of one inbox, or of all inboxes when none is named. */
  async stop(inboxId?: number): Promise<void> {
    const ids = inboxId === undefined ? [...this.pollers.keys()] : [inboxId];
    await Promise.all(
      ids.map(async (id) => {
        const poller = this.pollers.get(id);
        this.pollers.delete(id);
        await poller?.stop();
      }),
    );
  }

  /** Whether an inbox's polling loop is alive (it ends by itself on an auth error). */
  isPolling(inboxId: number): boolean {
    return this.pollers.get(inboxId)?.running ?? false;
  }

  private async getUpdates(token: string, offset: number | undefined, timeoutSec: number, stop: AbortSignal): Promise<Update[]> {
    // Our own deadline on top of the long poll: a silently dropped connection must not hang the loop.
    const request = new AbortController();
    const abort = () => request.abort();
    const timer = setTimeout(abort, (timeoutSec + 15) * 1000);
    stop.addEventListener('abort', abort);
    try {
      return await this.api(token).callApi(
        'getUpdates',
        { offset, timeout: timeoutSec, limit: 100, allowed_updates: [...TELEGRAM_ALLOWED_UPDATES] },
        { signal: request.signal as never },
      );
    } catch (err) {
      throw toProviderError(err, 'getUpdates', token);
    } finally {
      clearTimeout(timer);
      stop.removeEventListener('abort', abort);
    }
  }

  // ---- plumbing ----------------------------------------------------------------

  private api(token: string): Telegram {
    return new Telegram(token, { apiRoot: this.apiRoot });
  }

  private async call<T>(method: string, token: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw toProviderError(err, method, token);
    }
  }
}

function botToken(ctx: ConnectorContext): string {
  const token = ctx.secrets.botToken;
  if (!token) throw new ProviderError('auth', `Inbox ${ctx.inboxId} has no Telegram bot token`);
  return token;
}

/** The webhook body: normally parsed JSON, but accept the raw bytes or a string too. */
function bodyOf(req: RawInbound): unknown {
  const raw = req.body ?? req.rawBody;
  if (typeof raw !== 'string' && !Buffer.isBuffer(raw)) return raw;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new TelegramPayloadError('body', 'the body is not JSON');
  }
}

/** Quotes and line breaks would break telegraf's Content-Disposition header. */
function safeFileName(name: string): string {
  return name.replace(/["\r\n\\]/g, '_') || 'file';
}

function defaultPollingError(inboxId: number, error: unknown, stage: PollingStage): void {
  const message = error instanceof Error ? error.message : String(error);
  console.warn(`[telegram] inbox ${inboxId}: polling ${stage} failed: ${message}`);
}

/**
 * In constant time for a given length. The length is no secret: every
 * secret this app generates has the same (generateTelegramWebhookSecret),
 * and a wrong one fails at once without a hash per update.
 */
function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
