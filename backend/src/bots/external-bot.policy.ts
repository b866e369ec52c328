import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { hashSecretToken, newSecretToken } from '../common/secret-token';

/**
 * Requests to an external bot are signed like GitHub's and Stripe's
 * webhooks: `X-Bot-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">`
 * with the bot's own secret, and `X-Bot-Timestamp` in Unix seconds. The
 * timestamp is inside the signature, so a recorded request replayed later
 * fails a receiver that refuses old timestamps (docs/bots.md: 5 minutes).
 */
export const SIGNATURE_HEADER = 'x-bot-signature';
export const TIMESTAMP_HEADER = 'x-bot-timestamp';
export const REPLAY_WINDOW_SECONDS = 300;

export function signWebhook(secret: string, timestamp: number, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

/** What a receiver does; used by our tests and shown in the docs. */
export function verifyWebhook(secret: string, headers: { signature?: string; timestamp?: string }, rawBody: string, nowSeconds: number): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > REPLAY_WINDOW_SECONDS || !headers.signature) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, rawBody));
  const given = Buffer.from(headers.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A bot token: `bot_<random>`; only its hash is stored. */
export const newBotToken = () => newSecretToken('bot_');

export const hashBotToken = hashSecretToken;

export const newWebhookSecret = () => randomBytes(32).toString('base64url');

/** Whether a flow bot's HTTP step may call this URL: its host (and port, if given) must be on the bot's list. */
export function hostAllowed(url: string, allowedHosts: string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  return allowedHosts.some((allowed) => {
    const [name, port] = allowed.toLowerCase().split(':');
    return name === host && (port === undefined ? true : port === (parsed.port || (parsed.protocol === 'https:' ? '443' : '80')));
  });
}
