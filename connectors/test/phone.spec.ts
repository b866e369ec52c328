import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePhoneNumber } from '../src/phone';

describe(normalizePhoneNumber.name, () => {
  it('keeps a number already in E.164', () => {
    expect(normalizePhoneNumber('+4930123456')).toBe('+4930123456');
    expect(normalizePhoneNumber('+380501234567')).toBe('+380501234567');
  });

  it('drops the spaces, dashes, dots and brackets people type', () => {
    expect(normalizePhoneNumber(' +1 (415) 555-0100 ')).toBe('+14155550100');
    expect(normalizePhoneNumber('+49 30.1234-56')).toBe('+4930123456');
    expect(normalizePhoneNumber('+44\u00a020 7946 0958')).toBe('+442079460958');
  });

  it('reads 00 as the international prefix', () => {
    expect(normalizePhoneNumber('0049 30 123456')).toBe('+4930123456');
  });

  it('refuses what is not a dialable international number', () => {
    for (const raw of ['', '030123456', '+0123456789', '+1234567', '+1234567890123456', 'client:agent-4', 'sip:a@b.example', 'anonymous', '+49 30 CALL ME', '++4930123456', '+266696687', '+86282452253', '+8656696']) {
      expect(normalizePhoneNumber(raw), raw).toBeNull();
    }
    expect(normalizePhoneNumber(4930123456)).toBeNull();
    expect(normalizePhoneNumber(undefined)).toBeNull();
  });

  it('returns E.164 or null for any input, and is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[+0]?[\d ().-]{0,20}$/)), (raw) => {
        const normalized = normalizePhoneNumber(raw);
        if (normalized === null) return;
        expect(normalized).toMatch(/^\+[1-9]\d{7,14}$/);
        expect(normalizePhoneNumber(normalized)).toBe(normalized);
      }),
      { numRuns: 2000 },
    );
  });
});
