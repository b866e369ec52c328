/** A text in several languages, keyed by BCP 47 tag (`en`, `pt-BR`). */
export type LocalizedText = Record<string, string>;

export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const base = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The version of a text for a customer: the first wanted language that has
 * one (exact tag, then the same base language either way: `pt-BR` for `pt`
 * and `pt` for `pt-BR`), then the inbox's default language, then English,
 * then whatever the text has. Null only for an empty text.
 */
export function chooseLanguage(text: LocalizedText, wanted: (string | null | undefined)[], defaultLanguage?: string | null): { language: string; text: string } | null {
  const tags = Object.keys(text).filter((tag) => text[tag]?.trim());
  if (tags.length === 0) return null;
  const pick = (tag: string) => ({ language: tag, text: text[tag] });
  for (const want of [...wanted, defaultLanguage, 'en']) {
    if (!want) continue;
    const exact = tags.find((tag) => tag.toLowerCase() === want.toLowerCase());
    if (exact) return pick(exact);
    const sameBase = tags.find((tag) => base(tag) === base(want));
    if (sameBase) return pick(sameBase);
  }
  return pick(tags[0]);
}

function safeLocale(language: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([language])[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** "Monday, December 7 at 09:00 CET": an opening time in the customer's language and the inbox's zone. */
export function formatOpening(at: Date, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(safeLocale(language), {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(at);
}

/** "5 minutes", "5 минут": a wait rounded up to whole minutes, at least one. */
export function formatWait(ms: number, language: string): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return new Intl.NumberFormat(safeLocale(language), { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}
