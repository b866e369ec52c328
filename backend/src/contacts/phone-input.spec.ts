import { BadRequestException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { phoneCountry, phoneField } from './phone-input';

describe('phoneCountry', () => {
  it('is the inbox’s default country, else the configured one, else none', () => {
    expect(phoneCountry({ defaultCountry: 'DE' }, 'US')).toBe('DE');
    expect(phoneCountry({ defaultCountry: null }, 'US')).toBe('US');
    expect(phoneCountry({}, 'US')).toBe('US');
    expect(phoneCountry(null, null)).toBeNull();
  });
});

describe('phoneField', () => {
  it('gives E.164 for an international number, or a national one in the country', () => {
    expect(phoneField('voice.phoneNumber', '+49 40 111222', null)).toBe('+4940111222');
    expect(phoneField('voice.phoneNumber', '040 111222', 'DE')).toBe('+4940111222');
  });

  it('answers 400 naming the field, and says why', () => {
    const problem = (raw: string, country: string | null) => {
      try {
        phoneField('voice.settings.agentPhones.7', raw, country);
      } catch (error) {
        expect(error).toBeInstanceOf(BadRequestException);
        return (error as BadRequestException).message;
      }
      throw new Error(`${raw} was accepted`);
    };
    expect(problem('040 111222', null)).toMatch(/^voice\.settings\.agentPhones\.7 must start with \+ and the country code: .*settings\.defaultCountry, or DEFAULT_PHONE_COUNTRY/);
    expect(problem('+999 40 111222', null)).toBe('voice.settings.agentPhones.7 must be a phone number: a country code that exists and the right length for it');
    expect(problem('040 1', 'DE')).toBe('voice.settings.agentPhones.7 must be a phone number: a country code that exists and the right length for it (national numbers are read in DE)');
  });
});
