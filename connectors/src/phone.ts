/**
 * Phone numbers as identities: every channel that knows a person by their
 * number (a call's caller id, a WhatsApp id, a number an operator typed)
 * stores it in E.164 (`+` and 8 to 15 digits, no leading zero in the country
 * code), so the same person is one contact whichever way they reach us.
 * https://www.itu.int/rec/T-REC-E.164
 */

const E164 = /^\+[1-9]\d{7,14}$/;
/** Separators people and providers put inside numbers. */
const SEPARATORS = /[\s().\-\u00a0\u2010-\u2015/]/g;

export function isE164(value: string): boolean {
  return E164.test(value);
}

/**
 * `+<digits>` for anything that is an international number: `+49 170 123-45-67`,
 * `0049 170 1234567` (`00` is the international prefix), `491701234567` (a
 * Cloud API `wa_id`), `491701234567@c.us` (a linked number's id). Null when
 * it is not one: too short or long, letters, a SIP or `client:` address, a
 * WhatsApp group or linked-device id, or a local number with a trunk `0`,
 * whose country is unknown (refused rather than guessed).
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
  return digits !== null && E164.test(`+${digits}`) ? `+${digits}` : null;
}

/** The digits WhatsApp addresses a number by (`wa_id`, the part before `@c.us`). */
export function e164Digits(e164: string): string {
  return e164.replace(/^\+/, '');
}
