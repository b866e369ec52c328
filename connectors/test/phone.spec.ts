import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { e164Digits, isE164, toE164 } from '../src/phone';
import { callerNumber } from '../src/twilio-voice';

describe('toE164', () => {
  it('keeps a number already in E.164', () => {
    expect(toE164('+4930123456')).toBe('+4930123456');
    expect(toE164('+380501234567')).toBe('+380501234567');
  });

  it('reads international numbers however they are written', () => {
    expect(toE164('+49 170 123-45-67')).toBe('+491701234567');
    expect(toE164(' +1 (415) 555-0100 ')).toBe('+14155550100');
    expect(toE164('+49 30.1234-56')).toBe('+4930123456');
    expect(toE164('+44\u00a020 7946 0958')).toBe('+442079460958');
    expect(toE164('380.44.123.4567')).toBe('+380441234567');
    expect(toE164('491701234567')).toBe('+491701234567');
  });

  it('reads 00 as the international prefix', () => {
    expect(toE164('0049 30 123456')).toBe('+4930123456');
  });

  it('reads the numbers WhatsApp addresses people by', () => {
    expect(toE164('491701234567@c.us')).toBe('+491701234567');
    expect(toE164('491701234567:12@s.whatsapp.net')).toBe('+491701234567');
    expect(toE164('16505551234')).toBe(toE164('16505551234@c.us'));
  });

  it('refuses what is not one dialable international number', () => {
    const refused = ['', '+', '12345', '030123456', '0170 1234567', '+0123456789', '+1234567', '+1234567890123456', '1234567890123456', 'client:agent-4', 'sip:a@b.example',
      'anonymous', '+49 30 CALL ME', '+49 170 abc', '++4930123456', '+49+170', '120363025246125888@g.us', '98765432101234@lid', 'status@broadcast'];
    for (const raw of refused) expect(toE164(raw), raw).toBeNull();
    expect(toE164(4930123456)).toBeNull();
    expect(toE164(undefined)).toBeNull();
  });

  it('returns E.164 or null for any input, and is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[+0]?[\d ().-]{0,20}$/)), (raw) => {
        const normalized = toE164(raw);
        if (normalized === null) return;
        expect(isE164(normalized)).toBe(true);
        expect(toE164(normalized)).toBe(normalized);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips with the digits WhatsApp sends to', () => {
    expect(e164Digits('+16505551234')).toBe('16505551234');
    expect(isE164('16505551234')).toBe(false);
  });
});

describe('callerNumber', () => {
  it('is the caller in E.164, but never a withheld caller id', () => {
    expect(callerNumber('+14155550100')).toBe('+14155550100');
    for (const raw of ['+266696687', '+86282452253', '+8656696', 'anonymous', 'client:agent-4']) expect(callerNumber(raw), raw).toBeNull();
  });
});
