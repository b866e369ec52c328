import { ProviderError } from '../types';

/**
 * The request body is not a Telegram update at all (wrong shape, wrong types).
 * `field` names the offending field as a dotted path, e.g. `message.chat.id`.
 * An update of a type we do not handle is NOT this error: it parses to [].
 */
export class TelegramPayloadError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`Not a Telegram update: ${message}`);
    this.name = 'TelegramPayloadError';
  }
}

/** A file the backend asked for is bigger than it allows; never worth retrying. */
export class TelegramFileTooLargeError extends ProviderError {
  constructor(
    readonly size: number,
    readonly maxBytes: number,
  ) {
    super('permanent', `Telegram file is ${size} bytes, over the limit of ${maxBytes} bytes`);
    this.name = 'TelegramFileTooLargeError';
  }
}

/** The shape of telegraf's TelegramError, read by duck typing (no instanceof across copies). */
interface TelegramApiFailure {
  response: { error_code: number; description?: string; parameters?: { retry_after?: number } };
}

function isApiFailure(err: unknown): err is TelegramApiFailure {
  const response = (err as { response?: { error_code?: unknown } } | null)?.response;
  return typeof response === 'object' && response !== null && typeof response.error_code === 'number';
}

/**
 * Maps anything a Bot API call threw to the one provider error the delivery
 * pipeline understands. https://core.telegram.org/bots/api#making-requests
 *
 * - 429 (flood control) → rate-limited, waiting `parameters.retry_after` seconds;
 * - 401 Unauthorized / 404 Not Found (the Bot API answers 404 for a malformed
 *   or revoked token) → auth: the inbox needs a new token;
 * - 5xx, 409 Conflict, network and malformed-response errors → temporary;
 * - every other 4xx (400 Bad Request, 403 bot blocked by the user) → permanent.
 *
 * `token` is scrubbed from messages: network errors quote the request URL.
 */
export function toProviderError(err: unknown, method: string, token?: string): ProviderError {
  if (err instanceof ProviderError) return err;
  const scrub = (text: string) => (token ? text.split(token).join('[REDACTED]') : text);
  if (isApiFailure(err)) {
    const { error_code: status, description = '', parameters } = err.response;
    const message = scrub(`Telegram ${method} failed: ${status} ${description}`.trim());
    if (status === 429) {
      const retryAfter = parameters?.retry_after;
      return new ProviderError('rate-limited', message, typeof retryAfter === 'number' ? retryAfter * 1000 : undefined);
    }
    if (status === 401 || status === 404) return new ProviderError('auth', message);
    if (status >= 500 || status === 409) return new ProviderError('temporary', message);
    return new ProviderError('permanent', message);
  }
  const reason = err instanceof Error ? err.message : String(err);
  return new ProviderError('temporary', scrub(`Telegram ${method} failed: ${reason}`));
}
