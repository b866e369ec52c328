import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../app/i18n';
import en from './en';
import ru from './ru';
import uk from './uk';

function keys(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('UI texts', () => {
  it('has every English key in Russian and Ukrainian, and nothing extra', () => {
    expect(keys(ru).sort()).toEqual(keys(en).sort());
    expect(keys(uk).sort()).toEqual(keys(en).sort());
  });

  it('compiles every message in every language', () => {
    for (const locale of ['en', 'ru', 'uk'] as const) {
      const { t } = createAppI18n(locale).global;
      for (const key of keys(en)) expect(() => t(key, { n: 2, name: 'X', id: 1, text: 'x', h: 1, m: 2, query: 'q', error: 'e', reason: 'r' }), `${locale}:${key}`).not.toThrow();
    }
  });

  it('uses the Slavic plural forms', () => {
    const { t } = createAppI18n('uk').global;
    expect(t('conversation.unread', 1)).toBe('1 непрочитане повідомлення');
    expect(t('conversation.unread', 3)).toBe('3 непрочитані повідомлення');
    expect(t('conversation.unread', 11)).toBe('11 непрочитаних повідомлень');
    expect(t('conversation.unread', 21)).toBe('21 непрочитане повідомлення');
    expect(createAppI18n('en').global.t('conversation.unread', 4)).toBe('4 unread messages');
  });
});
