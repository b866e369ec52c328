import { describe, expect, it } from 'vitest';
import { chooseLanguage, formatOpening, formatWait } from './language.policy';

describe('chooseLanguage', () => {
  const text = { en: 'Hello', ru: 'Здравствуйте', 'pt-BR': 'Olá' };

  it('takes the customer’s language, exact or by base language', () => {
    expect(chooseLanguage(text, ['ru'])).toEqual({ language: 'ru', text: 'Здравствуйте' });
    expect(chooseLanguage(text, ['ru-UA'])?.language).toBe('ru');
    expect(chooseLanguage(text, ['pt'])?.language).toBe('pt-BR');
  });

  it('tries each wanted language in turn, then the inbox default, then English, then any', () => {
    expect(chooseLanguage(text, [null, 'pt-PT'])?.language).toBe('pt-BR');
    expect(chooseLanguage(text, ['de'], 'ru')?.language).toBe('ru');
    expect(chooseLanguage(text, ['de'])?.language).toBe('en');
    expect(chooseLanguage({ uk: 'Вітаємо' }, ['de'])?.language).toBe('uk');
  });

  it('skips blank versions and has nothing for an empty text', () => {
    expect(chooseLanguage({ ru: '  ', en: 'Hello' }, ['ru'])?.language).toBe('en');
    expect(chooseLanguage({}, ['en'])).toBeNull();
  });
});

describe('formatOpening and formatWait', () => {
  const monday = new Date('2026-12-07T08:00:00Z');

  it('says the opening time in the customer’s language and the inbox’s zone', () => {
    expect(formatOpening(monday, 'en', 'Europe/Berlin')).toBe('Monday, December 7 at 09:00 GMT+1');
    expect(formatOpening(monday, 'ru', 'Europe/Berlin')).toMatch(/^понедельник, 7 декабря в 09:00 GMT\+1$/);
    expect(formatOpening(monday, 'not a tag!', 'Asia/Tokyo')).toContain('17:00');
  });

  it('rounds a wait up to whole minutes', () => {
    expect(formatWait(4 * 60_000 + 1, 'en')).toBe('5 minutes');
    expect(formatWait(0, 'en')).toBe('1 minute');
    expect(formatWait(5 * 60_000, 'uk')).toBe('5 хвилин');
  });
});
