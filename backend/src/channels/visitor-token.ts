import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * A site visitor's identity is a token the server signed and their browser
 * keeps: `v1.<inboxId>.<visitorId>.<signature>`. Nothing the visitor types
 * (a name, an e-mail) ever selects whose conversation they see.
 */
export class VisitorTokens {
  constructor(private readonly secret: string) {}

  issue(inboxId: number): { token: string; visitorId: string } {
    const visitorId = randomUUID();
    return { token: this.sign(inboxId, visitorId), visitorId };
  }

  sign(inboxId: number, visitorId: string): string {
    return `v1.${inboxId}.${visitorId}.${this.mac(inboxId, visitorId)}`;
  }

  /** The visitor id if the token is genuine and was issued for this inbox, else null. */
  verify(token: string, inboxId: number): string | null {
    const parts = token.split('.');
    if (parts.length !== 4 || parts[0] !== 'v1' || parts[1] !== String(inboxId)) return null;
    const visitorId = parts[2];
    if (!/^[0-9a-f-]{36}$/.test(visitorId)) return null;
    const expected = Buffer.from(this.mac(inboxId, visitorId));
    const given = Buffer.from(parts[3]);
    return given.length === expected.length && timingSafeEqual(given, expected) ? visitorId : null;
  }

  private mac(inboxId: number, visitorId: string): string {
    return createHmac('sha256', `visitor-token:${this.secret}`).update(`${inboxId}.${visitorId}`).digest('base64url');
  }
}
