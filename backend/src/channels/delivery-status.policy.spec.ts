import { describe, expect, it } from 'vitest';
import { nextDeliveryStatus } from './delivery-status.policy';

describe('nextDeliveryStatus', () => {
  it('moves forward through sent, delivered and read', () => {
    expect(nextDeliveryStatus('pending', 'sent')).toBe('sent');
    expect(nextDeliveryStatus('sent', 'delivered')).toBe('delivered');
    expect(nextDeliveryStatus('delivered', 'read')).toBe('read');
    expect(nextDeliveryStatus('sent', 'read')).toBe('read');
  });

  it('never moves back when reports arrive out of order or twice', () => {
    expect(nextDeliveryStatus('read', 'delivered')).toBeNull();
    expect(nextDeliveryStatus('delivered', 'sent')).toBeNull();
    expect(nextDeliveryStatus('read', 'read')).toBeNull();
  });

  it('lets a failure win only while the customer has not got the message', () => {
    expect(nextDeliveryStatus('sent', 'failed')).toBe('failed');
    expect(nextDeliveryStatus('pending', 'failed')).toBe('failed');
    expect(nextDeliveryStatus('delivered', 'failed')).toBeNull();
    expect(nextDeliveryStatus('failed', 'delivered')).toBeNull();
  });
});
