import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../config/app-config';

/**
 * A site visitor's identity is a token the server signed and their browser
 * keeps: `v2.<inboxId>.<visitorId>.<issued, unix seconds>.<signature>`.
 * Nothing the visitor types (a name, an e-mail) ever selects whose
 * conversation they see. A token older than its lifetime is refused (the
 * widget then starts as a new visitor); every connection is given a fresh
 * one, so a visitor who comes back within the lifetime keeps their history.
 * `v1` tokens (no issue time) come from before lifetimes: each counts as
 * issued when lifetimes came in (V1_ISSUED_BY), so it is taken, and
 * replaced, until the lifetime has passed since then, and refused after.
 */
/** Lifetimes came in with the version of 7 December 2026: every `v1` token was issued before that. */
const V1_ISSUED_BY = Date.parse('2026-12-07T00:00:00Z');

export class VisitorTokens {
  constructor(
    private readonly secret: string,
    private readonly lifetimeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  static fromConfig(config: Pick<AppConfig, 'appSecret' | 'visitorTokenLifetimeDays'>): VisitorTokens {
    return new VisitorTokens(config.appSecret, config.visitorTokenLifetimeDays * 24 * 3600 * 1000);
  }

  issue(inboxId: number): { token: string; visitorId: string } {
    const visitorId = randomUUID();
    return { token: this.sign(inboxId, visitorId), visitorId };
  }

  sign(inboxId: number, visitorId: string): string {
    const issued = Math.floor(this.now() / 1000);
    return `v2.${inboxId}.${visitorId}.${issued}.${this.mac(`${inboxId}.${visitorId}.${issued}`)}`;
  }

  /** The visitor id if the token is genuine, was issued for this inbox and is within its lifetime, else null. */
  verify(token: string, inboxId: number): string | null {
    const parts = token.split('.');
    if (parts[1] !== String(inboxId) || !/^[0-9a-f-]{36}$/.test(parts[2] ?? '')) return null;
    const visitorId = parts[2];
    if (parts.length === 4 && parts[0] === 'v1') return this.genuine(parts[3], `${inboxId}.${visitorId}`) && this.now() - V1_ISSUED_BY <= this.lifetimeMs ? visitorId : null;
    if (parts.length !== 5 || parts[0] !== 'v2' || !/^\d{1,12}$/.test(parts[3])) return null;
    if (!this.genuine(parts[4], `${inboxId}.${visitorId}.${parts[3]}`)) return null;
    return this.now() - Number(parts[3]) * 1000 <= this.lifetimeMs ? visitorId : null;
  }

  private genuine(signature: string, signed: string): boolean {
    const expected = Buffer.from(this.mac(signed));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private mac(signed: string): string {
    return createHmac('sha256', `visitor-token:${this.secret}`).update(signed).digest('base64url');
  }
}
