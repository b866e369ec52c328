import { describe, expect, it } from 'vitest';
import { formatDay, fromRows, parseDay, toRows } from './automation-form';

describe('a day’s opening hours as one line', () => {
  it('reads several intervals and writes them back the same way', () => {
    const parsed = parseDay('9:00-13:00, 14:00 – 18:00');
    expect(parsed).toEqual({ intervals: [{ open: '09:00', close: '13:00' }, { open: '14:00', close: '18:00' }] });
    expect(formatDay('intervals' in parsed ? parsed.intervals : [])).toBe('09:00-13:00, 14:00-18:00');
    expect(parseDay('  ')).toEqual({ intervals: [] });
    expect(parseDay('20:00-24:00')).toEqual({ intervals: [{ open: '20:00', close: '24:00' }] });
  });

  it('names the part it cannot read, or an end before the start', () => {
    expect(parseDay('09:00-13:00, lunch')).toEqual({ error: 'lunch' });
    expect(parseDay('22:00-02:00')).toEqual({ error: '22:00-02:00' });
    expect(parseDay('09:00-25:00')).toEqual({ error: '09:00-25:00' });
  });
});

describe('texts per language as rows', () => {
  it('round-trips and drops empty rows', () => {
    expect(toRows({ en: 'Hello', ru: 'Привет' }, 'en')).toEqual([{ language: 'en', text: 'Hello' }, { language: 'ru', text: 'Привет' }]);
    expect(toRows(undefined, 'uk')).toEqual([{ language: 'uk', text: '' }]);
    expect(fromRows([{ language: 'en', text: 'Hello' }, { language: ' ', text: 'x' }, { language: 'de', text: '  ' }])).toEqual({ en: 'Hello' });
  });
});
