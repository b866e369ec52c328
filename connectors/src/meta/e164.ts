/**
 * Phone numbers in E.164 (`+` and 8 to 15 digits, no leading zero in the
 * country code), so one person is one phone wherever they write from: the
 * Cloud API's `wa_id` (digits), a linked number's `491701234567@c.us`, a
 * number typed by an operator. https://www.itu.int/rec/T-REC-E.164
 */

/** Up to 15 digits after the country code's first digit (1-9). */
const E164 = /^\+[1-9]\d{7,14}$/;

export function isE164(value: string): boolean {
  return E164.test(value);
}

/**
 * `+<digits>` for anything that is an international number: `+49 170 123-45-67`,
 * `0049 170 1234567`, `491701234567`, `491701234567@c.us`. Null when it is not
 * one (too short or long, letters, a local number without its country code,
 * a WhatsApp group or linked-device id).
 */
export function toE164(raw: string): string | null {
  let value = raw.trim();
  const jid = /^(\d+)(?::\d+)?@(c\.us|s\.whatsapp\.net)$/.exec(value);
  if (jid) value = jid[1];
  else if (value.includes('@')) return null;
  if (!/^[+0-9][0-9 ().\-/]*$/.test(value)) return null;
  let digits = value.replace(/[^0-9+]/g, '');
  if (digits.lastIndexOf('+') > 0) return null;
  // 00 is the international prefix in most of the world: 0049... is +49...
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  else if (!digits.startsWith('+')) {
    // A single leading 0 is a trunk prefix: the country is unknown.
    if (digits.startsWith('0')) return null;
    digits = `+${digits}`;
  }
  return E164.test(digits) ? digits : null;
}

/** The digits WhatsApp addresses a number by (`wa_id`, the part before `@c.us`). */
export function e164Digits(e164: string): string {
  return e164.replace(/^\+/, '');
}
