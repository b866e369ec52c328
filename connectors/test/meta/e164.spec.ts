import { describe, expect, it } from 'vitest';
import { e164Digits, isE164, toE164 } from '../../src/meta/e164';

describe('toE164', () => {
  it('reads international numbers however they are written', () => {
    expect(toE164('+49 170 123-45-67')).toBe('+491701234567');
    expect(toE164('0049 170 1234567')).toBe('+491701234567');
    expect(toE164('491701234567')).toBe('+491701234567');
    expect(toE164('+1 (650) 555-1234')).toBe('+16505551234');
    expect(toE164('380.44.123.4567')).toBe('+380441234567');
  });

  it('reads the numbers WhatsApp addresses people by', () => {
    expect(toE164('491701234567@c.us')).toBe('+491701234567');
    expect(toE164('491701234567:12@s.whatsapp.net')).toBe('+491701234567');
  });

  it('refuses what is not one international number', () => {
    for (const raw of ['', '+', '12345', '+0123456789', '0170 1234567', '+49 170 abc', '1234567890123456', '120363025246125888@g.us', '98765432101234@lid', '+49+170', 'status@broadcast']) {
      expect(toE164(raw), raw).toBeNull();
    }
  });

  it('gives the same value for the Cloud API wa_id and a linked number of one person', () => {
    expect(toE164('16505551234')).toBe(toE164('16505551234@c.us'));
  });

  it('round-trips with the digits WhatsApp sends to', () => {
    expect(e164Digits('+16505551234')).toBe('16505551234');
    expect(isE164('+16505551234')).toBe(true);
    expect(isE164('16505551234')).toBe(false);
  });
});
