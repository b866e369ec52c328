/**
 * Phone numbers as identities: every channel that knows a person by their
 * number (a call's caller id, a WhatsApp id, a number an operator typed)
 * stores it in E.164 (`+`, country code, national number), so the same
 * person is one contact whichever way they reach us. libphonenumber-js holds
 * every country's code and number lengths, and (its full metadata, for
 * numbers people type) which number ranges exist.
 */
import { getCountries, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';

/** Separators people and providers put inside numbers. */
const SEPARATORS = /[\s().\-\u00a0\u2010-\u2015/]/g;
/** What a typed number may consist of: digits, separators, one leading `+`. */
const TYPED = /^\+?[\d\s().\-\u00a0\u2010-\u2015/]+$/;

/** ISO 3166-1 alpha-2 codes libphonenumber-js has a numbering plan for (`DE`, `GB`, `UA`…). */
export const PHONE_COUNTRIES: readonly string[] = getCountries();

export function isPhoneCountry(code: unknown): code is CountryCode {
  return typeof code === 'string' && PHONE_COUNTRIES.includes(code);
}

export function isE164(value: string): boolean {
  return possibleInternational(value) === value;
}

/**
 * `+<digits>` for anything that is an international number of a known
 * country code and a possible length for it: `+49 170 123-45-67`,
 * `0049 170 1234567` (`00` is the international prefix), `491701234567` (a
 * Cloud API `wa_id`), `491701234567@c.us` (a linked number's id). Null when
 * it is not one: a wrong length, an unknown country code, letters, a SIP or
 * `client:` address, a WhatsApp group or linked-device id, or a local number
 * with a trunk `0`, whose country is unknown (refused rather than guessed).
 * For what providers send; a number a person typed goes through readPhoneNumber.
 */
export function toE164(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  let value = raw.trim();
  const jid = /^(\d+)(?::\d+)?@(c\.us|s\.whatsapp\.net)$/.exec(value);
  if (jid) value = jid[1];
  else if (value.includes('@')) return null;
  const compact = value.replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) return null;
  const digits = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : compact.startsWith('0') ? null : compact;
  return digits === null ? null : possibleInternational(`+${digits}`);
}

/** The digits WhatsApp addresses a number by (`wa_id`, the part before `@c.us`). */
export function e164Digits(e164: string): string {
  return e164.replace(/^\+/, '');
}

/**
 * A number a person typed, in E.164: international (`+…`, or `00…`) in any
 * case, national (`030 123456`, `(415) 555-0100`) read in `defaultCountry`.
 * `needs-country`: national, and no country to read it in; `invalid`: not a
 * number that exists (wrong length for its country, an unknown country code,
 * a range no number is in, letters).
 */
export function readPhoneNumber(raw: string, defaultCountry?: string | null): { e164: string } | { problem: 'needs-country' | 'invalid' } {
  const typed = raw.trim();
  if (!TYPED.test(typed)) return { problem: 'invalid' };
  const compact = typed.replace(SEPARATORS, '');
  const country = isPhoneCountry(defaultCountry) ? defaultCountry : undefined;
  const international = compact.startsWith('+') || compact.startsWith('00');
  if (!international && !country) return { problem: 'needs-country' };
  // The country's own international prefix first (011 in the US, 0011 in Australia), then 00 as most of the world dials it.
  const readings = [parse(typed, country), compact.startsWith('00') ? parse(`+${compact.slice(2)}`) : undefined];
  const valid = readings.find((reading) => reading?.isValid());
  return valid ? { e164: valid.number } : { problem: 'invalid' };
}

function parse(text: string, defaultCountry?: CountryCode): PhoneNumber | undefined {
  return parsePhoneNumberFromString(text, { defaultCountry, extract: false });
}

function possibleInternational(value: string): string | null {
  const parsed = parse(value);
  return parsed?.isPossible() ? parsed.number : null;
}
