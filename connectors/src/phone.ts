/**
 * Phone numbers as identities: every channel that knows a person by their
 * number (a call's caller id, a WhatsApp id, a shared Telegram contact)
 * stores it in E.164 (`+` and 8 to 15 digits, no spaces), so the same person
 * is one contact whichever way they reach us.
 */

/** Separators people and providers put inside numbers. */
const SEPARATORS = /[\s().\-\u00a0\u2010-\u2015/]/g;

/**
 * The number in E.164, or null when it is not a dialable international
 * number (an extension, letters, a SIP or `client:` address, a withheld
 * caller id such as `anonymous` or `+266696687`).
 *
 * `00` is read as the international prefix (`0049…` → `+49…`). A number
 * without either is refused rather than guessed: without a country it
 * could belong to anyone.
 */
export function normalizePhoneNumber(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const compact = raw.trim().replace(SEPARATORS, '');
  const international = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : null;
  if (international === null || !/^[1-9]\d{7,14}$/.test(international)) return null;
  if (WITHHELD.has(international)) return null;
  return `+${international}`;
}

/** What carriers send for a caller id that was withheld or is unknown (Twilio documents these). */
const WITHHELD = new Set(['266696687', '86282452253', '8656696']);
