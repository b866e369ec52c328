import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ConnectorContext, RawInbound } from '../types';

/** https://developers.facebook.com/docs/graph-api/webhooks/getting-started#validate-payloads */
export const META_SIGNATURE_HEADER = 'x-hub-signature-256';

export function headerOf(req: Pick<RawInbound, 'headers'>, name: string): string | undefined {
  const value = Object.entries(req.headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return typeof value === 'string' ? value : Array.isArray(value) ? value[0] : undefined;
}

/**
 * `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body, keyed with
 * the app secret>`. Over the exact bytes: re-serialized JSON differs (Meta
 * escapes non-ASCII as \uXXXX). Fails closed without a secret or a body.
 */
export function verifyMetaSignature(rawBody: Buffer | undefined, header: string | undefined, appSecret: string | undefined): boolean {
  if (!appSecret || !rawBody || !header) return false;
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!match) return false;
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(match[1], 'hex'));
}

/** The header value Meta would send for `body`: for tests and local tools. */
export function signMetaPayload(body: Buffer | string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

/**
 * GET verification when the webhook is set up in the app dashboard:
 * `hub.mode=subscribe&hub.verify_token=<ours>&hub.challenge=<echo this>`.
 * Returns the challenge to echo, or null when the token does not match.
 */
export function metaVerificationChallenge(query: Record<string, unknown>, verifyToken: string | undefined): string | null {
  const mode = query['hub.mode'];
  const token = query['hub.verify_token'];
  const challenge = query['hub.challenge'];
  if (!verifyToken || mode !== 'subscribe' || typeof token !== 'string' || typeof challenge !== 'string') return null;
  if (challenge.length > 200) return null;
  const a = createHmac('sha256', 'verify').update(token).digest();
  const b = createHmac('sha256', 'verify').update(verifyToken).digest();
  return timingSafeEqual(a, b) ? challenge : null;
}

/** The verify token sits in the inbox's settings: admins paste it into the app dashboard, it guards nothing else. */
export function verifyTokenOf(ctx: ConnectorContext): string | undefined {
  const token = ctx.settings.verifyToken;
  return typeof token === 'string' && token ? token : undefined;
}
