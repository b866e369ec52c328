import { describe, expect, it } from 'vitest';
import { customerWindow, replyRoute, windowClosedMessage } from './customer-window.policy';

const now = new Date('2026-03-10T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

describe('customerWindow', () => {
  it('is open for 24 hours after the customer’s last message', () => {
    expect(customerWindow('whatsapp-cloud', hoursAgo(23.9), now)).toMatchObject({ rule: 'window', open: true, templates: true });
    expect(customerWindow('whatsapp-cloud', hoursAgo(24), now)).toMatchObject({ open: false });
    expect(customerWindow('instagram', hoursAgo(30), now)).toMatchObject({ open: false, templates: false });
  });

  it('is closed when the customer never wrote', () => {
    expect(customerWindow('whatsapp-cloud', null, now)).toMatchObject({ open: false, closesAt: null });
  });

  it('does not apply to channels without a window', () => {
    for (const type of ['whatsapp', 'telegram', 'email', 'webchat'] as const) expect(customerWindow(type, hoursAgo(100), now)).toEqual({ rule: 'none' });
  });

  it('tells the operator why, and what is left to do', () => {
    const wa = customerWindow('whatsapp-cloud', hoursAgo(25), now);
    const ig = customerWindow('instagram', hoursAgo(25), now);
    if (wa.rule !== 'window' || ig.rule !== 'window') throw new Error('expected windows');
    expect(windowClosedMessage('whatsapp-cloud', wa)).toMatch(/^customer_window_closed: .*24-hour.*approved message template/);
    expect(windowClosedMessage('instagram', ig)).toMatch(/Instagram.*when the customer writes again/);
  });

  it('lets a person answer on Instagram for 7 days with the Human Agent feature, tagged; never an automatic message', () => {
    const withFeature = (h: number) => customerWindow('instagram', hoursAgo(h), now, true);
    expect(withFeature(30)).toMatchObject({ open: false, humanAgentUntil: new Date(hoursAgo(30).getTime() + 168 * 3_600_000) });
    expect(replyRoute(withFeature(2), now, true)).toBe('free');
    expect(replyRoute(withFeature(30), now, true)).toBe('human-agent');
    expect(replyRoute(withFeature(30), now, false)).toBe('closed');
    expect(replyRoute(withFeature(168), now, true)).toBe('closed');
    // Without the feature, or on WhatsApp, the 24 hours are all there is.
    expect(replyRoute(customerWindow('instagram', hoursAgo(30), now), now, true)).toBe('closed');
    expect(customerWindow('whatsapp-cloud', hoursAgo(30), now, true)).toMatchObject({ humanAgentUntil: null });
    expect(replyRoute(customerWindow('telegram', hoursAgo(500), now), now, false)).toBe('free');
  });

  it('says which limit closed it', () => {
    const late = customerWindow('instagram', hoursAgo(200), now, true);
    if (late.rule !== 'window') throw new Error('expected a window');
    expect(windowClosedMessage('instagram', late)).toMatch(/more than 7 days ago.*human agent's reply for 7 days at most/);
  });
});
