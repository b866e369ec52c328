import type { ChannelType } from '@inbox/connectors';

/**
 * Channels where a business may answer only within 24 hours of the
 * customer's last message (WhatsApp Business: the customer-service window,
 * https://developers.facebook.com/docs/whatsapp/pricing#customer-service-windows;
 * Instagram: https://developers.facebook.com/docs/messenger-platform/policy/policy-overview#24hours).
 * `templates`: outside the window an approved template may still be sent.
 */
export const CUSTOMER_WINDOWS: Partial<Record<ChannelType, { hours: number; templates: boolean }>> = {
  'whatsapp-cloud': { hours: 24, templates: true },
  instagram: { hours: 24, templates: false },
};

export type WindowState = { rule: 'none' } | { rule: 'window'; open: boolean; closesAt: Date | null; templates: boolean };

/** Whether a free-form reply may go out now, given when the customer last wrote (null: never). */
export function customerWindow(type: ChannelType, lastInboundAt: Date | null, now: Date): WindowState {
  const rule = CUSTOMER_WINDOWS[type];
  if (!rule) return { rule: 'none' };
  const closesAt = lastInboundAt ? new Date(new Date(lastInboundAt).getTime() + rule.hours * 3_600_000) : null;
  return { rule: 'window', open: closesAt !== null && now.getTime() < closesAt.getTime(), closesAt, templates: rule.templates };
}

/** What the operator is told when the window is closed: why, since when, and what they can still do. */
export function windowClosedMessage(type: ChannelType, state: Extract<WindowState, { rule: 'window' }>): string {
  const channel = type === 'instagram' ? 'Instagram' : 'WhatsApp';
  const since = state.closesAt ? ` (closed ${state.closesAt.toISOString()})` : '';
  const next = state.templates ? 'only an approved message template can be sent now' : 'you can answer when the customer writes again';
  return `customer_window_closed: the customer last wrote more than 24 hours ago${since}; ${channel} allows no free-form reply outside the 24-hour customer-service window, ${next}`;
}
