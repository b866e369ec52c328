import { isOpen, nextOpening, type BusinessHours } from '../../automation/business-hours.policy';

/**
 * A site widget's look and behaviour, stored in its inbox's `settings`
 * (docs/api.md, "Site widget settings"). Pure: the gateway and the inbox
 * service call these with what they read.
 */

export type PreChatField = 'name' | 'email' | 'phone';
export const PRE_CHAT_REQUIREMENTS = ['required', 'optional'] as const;
export type PreChatRequirement = (typeof PRE_CHAT_REQUIREMENTS)[number];
/** Each field the form asks for, and whether it must be filled; a field left out is not asked. */
export type PreChatFields = Partial<Record<PreChatField, PreChatRequirement>>;

export const WIDGET_POSITIONS = ['right', 'left'] as const;
export type WidgetPosition = (typeof WIDGET_POSITIONS)[number];

export interface WidgetSettings {
  greeting?: string;
  color?: string;
  position?: WidgetPosition;
  launcherText?: string;
  preChatFields?: PreChatFields;
  /** The operator's name on their messages; false: the inbox's name instead. Default true. */
  showAgentNames?: boolean;
  /**
   * The operator's initial in a round badge before their name: the product's avatar (operators have no
   * pictures). Shown only with the name. Default true.
   */
  showAgentInitials?: boolean;
  /** Outside the inbox's business hours, a line saying when the team is back. Default false. */
  awayNotice?: boolean;
  /** Sites (origins) the widget may run on; empty or missing: any. */
  allowedOrigins?: string[];
}

/** What the widget is told in `session.inbox`. */
export interface WidgetSessionInbox {
  name: string;
  greeting?: string;
  color?: string;
  position: WidgetPosition;
  launcherText?: string;
  preChatFields: PreChatFields;
  showAgentNames: boolean;
  showAgentInitials: boolean;
  /** Set while the inbox is outside its business hours and the notice is on; `backAt` null: no opening ahead. */
  away: { backAt: string | null } | null;
  maxUploadBytes: number;
}

/** The form the old boolean asked for: name and e-mail, both required. */
const LEGACY_PRE_CHAT: PreChatFields = { name: 'required', email: 'required' };

/**
 * Settings as stored from what a client sent: the old `preChatForm`
 * boolean (still accepted) becomes `preChatFields` unless those are given
 * too, and is not kept.
 */
export function storedWidgetSettings<T extends { preChatForm?: boolean; preChatFields?: PreChatFields; allowedOrigins?: string[] }>(input: T): Omit<T, 'preChatForm'> {
  const { preChatForm, ...rest } = input;
  const fields = rest.preChatFields ?? (preChatForm === undefined ? undefined : preChatForm ? LEGACY_PRE_CHAT : {});
  return {
    ...rest,
    ...(fields === undefined ? {} : { preChatFields: fields }),
    ...(rest.allowedOrigins ? { allowedOrigins: [...new Set(rest.allowedOrigins.map(normalOrigin))] } : {}),
  };
}

export function widgetSessionInbox(
  inbox: { name: string; settings: Record<string, unknown>; automation: { businessHours?: BusinessHours } | null },
  now: Date,
  maxUploadBytes: number,
): WidgetSessionInbox {
  const settings = inbox.settings as WidgetSettings;
  const hours = inbox.automation?.businessHours;
  const away = settings.awayNotice === true && hours && !isOpen(hours, now) ? { backAt: nextOpening(hours, now)?.toISOString() ?? null } : null;
  return {
    name: inbox.name,
    greeting: settings.greeting,
    color: settings.color,
    position: settings.position ?? 'right',
    launcherText: settings.launcherText || undefined,
    preChatFields: settings.preChatFields ?? {},
    showAgentNames: settings.showAgentNames !== false,
    showAgentInitials: settings.showAgentInitials !== false,
    away,
    maxUploadBytes,
  };
}

/** `https://Shop.Example.com:443/` → `https://shop.example.com`: how browsers send Origin. */
export function normalOrigin(origin: string): string {
  return new URL(origin).origin;
}

/**
 * Whether a page on `origin` may use the widget: any site when the list is
 * empty; otherwise a listed one, or the server's own (its /demo page and the
 * settings preview). A request without an Origin is no browser's and is
 * refused once a list is set.
 */
export function originAllowed(settings: { allowedOrigins?: unknown }, origin: string | undefined, ownOrigin: string): boolean {
  const allowed = Array.isArray(settings.allowedOrigins) ? (settings.allowedOrigins as string[]) : [];
  if (allowed.length === 0) return true;
  if (!origin) return false;
  let normal: string;
  try {
    normal = normalOrigin(origin);
  } catch {
    return false;
  }
  return normal === ownOrigin || allowed.includes(normal);
}

/** The refusal a page on a site that is not listed gets (socket handshake and uploads alike). */
export function originRefusal(origin: string | undefined): string {
  return `origin not allowed: ${origin ? `${origin} is` : 'a page without an Origin header is'} not among this inbox's allowed sites (Settings, Inboxes, Widget)`;
}

/**
 * A message as the inbox's visitors receive it: with operator names hidden,
 * an operator's name (on the message and on a quote) is not sent at all,
 * so the page cannot show it; the widget shows the inbox's name instead.
 */
export function messageForVisitors<M extends { senderType: string; senderName: string | null; replyTo?: { senderType: string; senderName: string | null } | null }>(
  message: M,
  settings: Pick<WidgetSettings, 'showAgentNames'>,
): M {
  if (settings.showAgentNames !== false) return message;
  const unnamed = <T extends { senderType: string; senderName: string | null }>(m: T): T => (m.senderType === 'agent' ? { ...m, senderName: null } : m);
  return { ...unnamed(message), ...(message.replyTo ? { replyTo: unnamed(message.replyTo) } : {}) };
}
