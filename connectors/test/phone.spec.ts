import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { e164Digits, isE164, isPhoneCountry, readPhoneNumber, toE164 } from '../src/phone';
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

  it('refuses a length its country does not have, and a country code that does not exist', () => {
    // Germany has no 3-digit numbers; the UK none of 13 digits; +999 and +0 are no country's.
    for (const raw of ['+49123', '+4412345678901', '+999123456789', '+80012345']) expect(toE164(raw), raw).toBeNull();
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

describe('readPhoneNumber', () => {
  it('reads an international number whatever the default country', () => {
    expect(readPhoneNumber('+49 170 123-45-67')).toEqual({ e164: '+491701234567' });
    expect(readPhoneNumber('+49 (0)30 123456', 'US')).toEqual({ e164: '+4930123456' });
    expect(readPhoneNumber('0049 30 123456')).toEqual({ e164: '+4930123456' });
    expect(readPhoneNumber('0049 30 123456', 'GB')).toEqual({ e164: '+4930123456' });
  });

  it('reads a national number in the default country, with its own international prefix', () => {
    expect(readPhoneNumber('030 123456', 'DE')).toEqual({ e164: '+4930123456' });
    expect(readPhoneNumber('0170 1234567', 'DE')).toEqual({ e164: '+491701234567' });
    expect(readPhoneNumber('(415) 555-0100', 'US')).toEqual({ e164: '+14155550100' });
    expect(readPhoneNumber('044 123 45 67', 'UA')).toEqual({ e164: '+380441234567' });
    expect(readPhoneNumber('020 7946 0958', 'GB')).toEqual({ e164: '+442079460958' });
    expect(readPhoneNumber('011 49 30 123456', 'US')).toEqual({ e164: '+4930123456' });
  });

  it('needs a country for a national number when there is none', () => {
    for (const raw of ['030 123456', '(415) 555-0100', '491701234567']) {
      expect(readPhoneNumber(raw), raw).toEqual({ problem: 'needs-country' });
      expect(readPhoneNumber(raw, null), raw).toEqual({ problem: 'needs-country' });
    }
    // An unknown code is no country to read a number in.
    expect(readPhoneNumber('030 123456', 'XX')).toEqual({ problem: 'needs-country' });
  });

  it('refuses wrong lengths, unknown country codes, ranges without numbers and letters', () => {
    const invalid: Array<[string, string | undefined]> = [
      ['+49 123', undefined],
      ['030 12', 'DE'],
      ['0170 12', 'DE'],
      ['0100 1234567', 'DE'],
      ['+999 123456789', undefined],
      ['+1 555 010 0000', undefined],
      ['(415) 555-01000', 'US'],
      ['+49 30 CALL ME', 'DE'],
      ['call me', 'DE'],
      ['+', 'DE'],
      ['', 'DE'],
      ['++49 30 123456', 'DE'],
      ['+49 30 123456 ext. 7', 'DE'],
    ];
    for (const [raw, country] of invalid) expect(readPhoneNumber(raw, country), raw).toEqual({ problem: 'invalid' });
  });

  it('gives E.164 that reads back as itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[+0]?[\d ().-]{0,20}$/), fc.constantFrom(undefined, 'DE', 'US', 'UA', 'GB', 'IN'), (raw, country) => {
        const reading = readPhoneNumber(raw, country);
        if (!('e164' in reading)) return;
        expect(isE164(reading.e164)).toBe(true);
        expect(readPhoneNumber(reading.e164)).toEqual(reading);
        expect(toE164(reading.e164)).toBe(reading.e164);
      }),
      { numRuns: 2000 },
    );
  });

  it('knows the countries by their ISO 3166 alpha-2 code', () => {
    expect(isPhoneCountry('DE')).toBe(true);
    expect(isPhoneCountry('GB')).toBe(true);
    for (const code of ['UK', 'de', 'XX', 'DEU', '', null]) expect(isPhoneCountry(code), String(code)).toBe(false);
  });
});
