import type { ChannelType } from '@inbox/connectors';

/**
 * Channels where a business may answer only within 24 hours of the
 * customer's last message (WhatsApp Business: the customer-service window,
 * https://developers.facebook.com/docs/whatsapp/pricing#customer-service-windows;
 * Instagram: https://developers.facebook.com/docs/messenger-platform/policy/policy-overview#24hours).
 * `templates`: outside the window an approved template may still be sent.
 * `humanAgentHours`: with Meta's Human Agent feature, a person may still
 * answer that long after the customer's last message, the reply tagged
 * `HUMAN_AGENT` (Instagram: 7 days).
 */
export const CUSTOMER_WINDOWS: Partial<Record<ChannelType, { hours: number; templates: boolean; humanAgentHours?: number }>> = {
  'whatsapp-cloud': { hours: 24, templates: true },
  instagram: { hours: 24, templates: false, humanAgentHours: 7 * 24 },
};

export type WindowState =
  | { rule: 'none' }
  | {
      rule: 'window';
      open: boolean;
      closesAt: Date | null;
      templates: boolean;
      /** The inbox has the Human Agent feature: an operator's own reply may go, tagged, until then. Null otherwise. */
      humanAgentUntil: Date | null;
    };

/**
 * Whether a free-form reply may go out now, given when the customer last
 * wrote (null: never) and whether the inbox has the Human Agent feature.
 */
export function customerWindow(type: ChannelType, lastInboundAt: Date | null, now: Date, humanAgent = false): WindowState {
  const rule = CUSTOMER_WINDOWS[type];
  if (!rule) return { rule: 'none' };
  const after = (hours: number) => (lastInboundAt ? new Date(new Date(lastInboundAt).getTime() + hours * 3_600_000) : null);
  const closesAt = after(rule.hours);
  return {
    rule: 'window',
    open: closesAt !== null && now.getTime() < closesAt.getTime(),
    closesAt,
    templates: rule.templates,
    humanAgentUntil: humanAgent && rule.humanAgentHours ? after(rule.humanAgentHours) : null,
  };
}

/**
 * How a reply written by a person goes now: as usual inside the window,
 * tagged as a human agent's after it (while the feature allows), or not at
 * all. Automatic messages never take the human agent's way.
 */
export function replyRoute(state: WindowState, now: Date, byPerson: boolean): 'free' | 'human-agent' | 'closed' {
  if (state.rule === 'none' || state.open) return 'free';
  if (byPerson && state.humanAgentUntil && now.getTime() < state.humanAgentUntil.getTime()) return 'human-agent';
  return 'closed';
}

/** What the operator is told when the window is closed: why, since when, and what they can still do. */
export function windowClosedMessage(type: ChannelType, state: Extract<WindowState, { rule: 'window' }>): string {
  const channel = type === 'instagram' ? 'Instagram' : 'WhatsApp';
  if (state.humanAgentUntil) {
    return `customer_window_closed: the customer last wrote more than 7 days ago (closed ${state.humanAgentUntil.toISOString()}); ${channel} allows a human agent's reply for 7 days at most, you can answer when the customer writes again`;
  }
  const since = state.closesAt ? ` (closed ${state.closesAt.toISOString()})` : '';
  const next = state.templates
    ? 'only an approved message template can be sent now'
    : 'you can answer when the customer writes again (or for 7 days, once the inbox has Meta’s Human Agent feature)';
  return `customer_window_closed: the customer last wrote more than 24 hours ago${since}; ${channel} allows no free-form reply outside the 24-hour customer-service window, ${next}`;
}
