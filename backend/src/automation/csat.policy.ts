import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ChannelType } from '@inbox/connectors';
import { channelFeatures } from '../channels/channel-features';

export const CSAT_SCORES = [1, 2, 3, 4, 5] as const;
/** How long after the survey an answer still counts; the signed link expires with it. */
export const CSAT_ANSWER_WINDOW_MS = 7 * 24 * 3_600_000;
export const CSAT_COMMENT_MAX = 2000;

/**
 * How each channel asks (not `if telegram` around the code): `widget` stars
 * and a comment box in the widget; `buttons` 1–5 under the question on every
 * channel whose feature map says it shows buttons; `link` a signed link to
 * the rating page elsewhere, and a digit typed back also counts.
 */
export type CsatForm = 'widget' | 'buttons' | 'link';
// A linked WhatsApp number has no buttons: its connector lists the choices as text, and the digit typed back counts.
const CSAT_FORMS: Partial<Record<ChannelType, CsatForm>> = { webchat: 'widget', whatsapp: 'buttons' };
export const csatFormFor = (type: ChannelType): CsatForm => CSAT_FORMS[type] ?? (channelFeatures(type).buttons ? 'buttons' : 'link');

/** Button payloads: `csat:<conversationId>:<score>`, well inside Telegram's 64 bytes. */
export const csatButtonPayload = (conversationId: number, score: number) => `csat:${conversationId}:${score}`;

/** A customer's message read as a survey answer: a pressed button names its conversation; a typed digit does not. */
export function readCsatAnswer(text: string | undefined, buttonData: unknown): { score: number; conversationId: number | null } | null {
  if (typeof buttonData === 'string') {
    const pressed = /^csat:([1-9]\d{0,9}):([1-5])$/.exec(buttonData);
    return pressed ? { conversationId: Number(pressed[1]), score: Number(pressed[2]) } : null;
  }
  const typed = /^\s*([1-5])\s*[.!]?\s*$/.exec(text ?? '');
  return typed ? { conversationId: null, score: Number(typed[1]) } : null;
}

export type CsatOutcome = 'recorded' | 'already-rated' | 'expired' | 'not-asked';

/**
 * The first answer is kept: a second one (a double click, a changed mind a
 * day later) is told it was already counted, so reports never see a score
 * move after the fact. An answer past the window does not count.
 */
export function csatDecision(state: { csatRequestedAt: Date | null; csatScore: number | null }, now: Date): CsatOutcome {
  if (!state.csatRequestedAt) return 'not-asked';
  if (state.csatScore !== null) return 'already-rated';
  if (now.getTime() > new Date(state.csatRequestedAt).getTime() + CSAT_ANSWER_WINDOW_MS) return 'expired';
  return 'recorded';
}

/**
 * The rating link's token: `c1.<conversationId>.<expiresAt seconds>.<HMAC>`,
 * signed with a key derived from APP_SECRET. Whoever holds it may rate that
 * one conversation until it expires, and nothing else.
 */
export class CsatTokens {
  constructor(private readonly secret: string) {}

  sign(conversationId: number, expiresAt: Date): string {
    const expires = Math.floor(expiresAt.getTime() / 1000);
    return `c1.${conversationId}.${expires}.${this.mac(conversationId, expires)}`;
  }

  /** The conversation, if the token is genuine; `expired` once its time is over. */
  verify(token: string, now: Date): { conversationId: number } | 'expired' | null {
    const parts = token.split('.');
    if (parts.length !== 4 || parts[0] !== 'c1' || !/^[1-9]\d{0,9}$/.test(parts[1]) || !/^\d{1,12}$/.test(parts[2])) return null;
    const conversationId = Number(parts[1]);
    const expires = Number(parts[2]);
    const expected = Buffer.from(this.mac(conversationId, expires));
    const given = Buffer.from(parts[3]);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return now.getTime() > expires * 1000 ? 'expired' : { conversationId };
  }

  private mac(conversationId: number, expires: number): string {
    return createHmac('sha256', `csat-token:${this.secret}`).update(`${conversationId}.${expires}`).digest('base64url');
  }
}
