import { describe, expect, it } from 'vitest';
import { customerWindow, windowClosedMessage } from './customer-window.policy';

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
});
