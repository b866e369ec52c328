/** What an operator can be notified of on a device with no inbox tab focused (docs/operators.md). */
export const PUSH_EVENTS = ['assigned', 'mention', 'customer-message', 'sla-warning'] as const;
export type PushEvent = (typeof PUSH_EVENTS)[number];

export const PUSH_LOCALES = ['en', 'ru', 'uk'] as const;
export type PushLocale = (typeof PUSH_LOCALES)[number];

/** What the service worker shows (frontend/public/sw.js reads these four fields). */
export interface PushPayload {
  title: string;
  body: string;
  /** The app's address of the conversation, opened by a click. */
  url: string;
  /** One notification per conversation and kind: a newer one replaces it instead of stacking. */
  tag: string;
}

const TITLES: Record<PushLocale, Record<PushEvent, string>> = {
  en: { assigned: 'New conversation for you', mention: '{name} mentioned you', 'customer-message': '{name} wrote', 'sla-warning': 'Reply due soon' },
  ru: { assigned: 'Новый диалог для вас', mention: '{name} упомянул(а) вас', 'customer-message': '{name} пишет', 'sla-warning': 'Скоро истечёт срок ответа' },
  uk: { assigned: 'Новий діалог для вас', mention: '{name} згадав(ла) вас', 'customer-message': '{name} пише', 'sla-warning': 'Незабаром спливе час на відповідь' },
};
const CONVERSATION: Record<PushLocale, string> = { en: 'Conversation #{id}', ru: 'Диалог №{id}', uk: 'Діалог №{id}' };
const SOMEONE: Record<PushLocale, string> = { en: 'A customer', ru: 'Клиент', uk: 'Клієнт' };
/** A notification shows a glance, not the message: the lock screen is public. */
const BODY_MAX_CHARS = 120;

/**
 * The notification for one event in the operator's language: `name` is who
 * (the customer, the note's author), `text` what they wrote.
 */
export function pushPayload(event: PushEvent, locale: PushLocale, conversationId: number, name: string | null, text: string | null): PushPayload {
  const title = TITLES[locale][event].replace('{name}', name || SOMEONE[locale]);
  const fallback = CONVERSATION[locale].replace('{id}', String(conversationId));
  const body = text?.trim() ? clip(text.trim().replace(/\s+/g, ' '), BODY_MAX_CHARS) : fallback;
  return { title, body, url: `/#/inbox/${conversationId}`, tag: `${event}:${conversationId}` };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Why a push endpoint is refused, or null: an https address (every browser's
 * push service), or one under `testOrigin` (a local stand-in in tests). The
 * server posts to it, so nothing else may be named here.
 */
export function pushEndpointProblem(endpoint: string, testOrigin: string | null): string | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'endpoint must be a URL';
  }
  if (url.username || url.password) return 'endpoint must not carry a user name or password';
  if (testOrigin && url.origin === new URL(testOrigin).origin) return null;
  if (url.protocol !== 'https:') return 'endpoint must be an https URL';
  return null;
}

/** A push service's answer that means the subscription is gone for good (the browser unsubscribed, the user revoked). */
export const isExpiredAnswer = (status: number) => status === 404 || status === 410;
