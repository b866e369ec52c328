import { BadRequestException } from '@nestjs/common';
import { readPhoneNumber } from '@inbox/connectors';

/**
 * The country national phone numbers are read in for an inbox: its
 * `settings.defaultCountry`, else DEFAULT_PHONE_COUNTRY, else none (then
 * only international numbers are accepted).
 */
export function phoneCountry(inboxSettings: { defaultCountry?: unknown } | null | undefined, fallback: string | null): string | null {
  const own = inboxSettings?.defaultCountry;
  return typeof own === 'string' && own !== '' ? own : fallback;
}

/** A phone number someone typed into `field`, in E.164; a 400 naming the field when it is none. */
export function phoneField(field: string, raw: string, country: string | null): string {
  const reading = readPhoneNumber(raw, country);
  if ('e164' in reading) return reading.e164;
  if (reading.problem === 'needs-country') {
    throw new BadRequestException(
      `${field} must start with + and the country code: no default country is set to read a national number in (the inbox's settings.defaultCountry, or DEFAULT_PHONE_COUNTRY)`,
    );
  }
  throw new BadRequestException(`${field} must be a phone number: a country code that exists and the right length for it${country ? ` (national numbers are read in ${country})` : ''}`);
}
