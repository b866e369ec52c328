import { createI18n } from 'vue-i18n';
import { KEYS, storage } from '../lib/storage';
import en from '../locales/en';
import ru from '../locales/ru';
import uk from '../locales/uk';

export type Locale = 'en' | 'ru' | 'uk';
/** Each language named in itself, as operators look for their own. */
export const LOCALES: { code: Locale; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'uk', name: 'Українська' },
  { code: 'ru', name: 'Русский' },
];

/** Russian and Ukrainian: one (1, 21, 31…), few (2–4, 22–24…), many (0, 5–20, 25…). */
function eastSlavic(n: number, forms: number): number {
  if (forms < 3) return n === 1 ? 0 : 1;
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return 0;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 1;
  return 2;
}

/** Stored choice, else the browser's language if we have it, else English. */
export function initialLocale(): Locale {
  const saved = storage.get(KEYS.locale);
  if (saved === 'en' || saved === 'ru' || saved === 'uk') return saved;
  const langs = typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
  for (const lang of langs) {
    const base = lang?.slice(0, 2).toLowerCase();
    if (base === 'uk' || base === 'ru' || base === 'en') return base;
  }
  return 'en';
}

const dateFormats = {
  time: { hour: '2-digit', minute: '2-digit' },
  date: { year: 'numeric', month: 'short', day: 'numeric' },
  day: { weekday: 'long', day: 'numeric', month: 'long' },
  long: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' },
  /** When a snoozed conversation wakes: within days, so the weekday says more than the year. */
  wake: { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
} as const;

export function createAppI18n(locale: Locale = initialLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en, ru, uk },
    pluralRules: { ru: eastSlavic, uk: eastSlavic },
    datetimeFormats: { en: dateFormats, ru: dateFormats, uk: dateFormats },
    missingWarn: false,
    fallbackWarn: false,
  });
}

export const i18n = createAppI18n();

export function setLocale(locale: Locale) {
  i18n.global.locale.value = locale;
  storage.set(KEYS.locale, locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
