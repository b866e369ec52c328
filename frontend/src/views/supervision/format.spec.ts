import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../../app/i18n';
import { dateInput, dayAfter, dayStart, decimal, percent, seconds } from './format';

const en = createAppI18n('en').global.t;
const uk = createAppI18n('uk').global.t;

describe('supervision formatting', () => {
  it('writes shares, durations and decimals, with a dash for nothing', () => {
    expect(percent(0.375)).toBe('37.5 %');
    expect(percent(null)).toBe('—');
    expect(seconds(42.4, en)).toBe('42 s');
    expect(seconds(200, en)).toBe('3 min 20 s');
    expect(seconds(180, en)).toBe('3 min');
    expect(seconds(3900, en)).toBe('1 h 5 min');
    expect(seconds(undefined, en)).toBe('—');
    expect(decimal(8 / 3)).toBe('2.67');
  });

  it('says durations in the operator’s language, as the floor does', () => {
    expect(seconds(16, uk)).toBe('16 с');
    expect(seconds(200, uk)).toBe('3 хв 20 с');
    expect(seconds(3900, createAppI18n('ru').global.t)).toBe('1 ч 5 мин');
  });

  it('turns a date input into local midnights, the day after being the next calendar day', () => {
    expect(dayStart('2026-03-29')).toEqual(new Date(2026, 2, 29));
    expect(dayAfter('2026-03-29')).toEqual(new Date(2026, 2, 30));
    expect(dayAfter('2026-12-31')).toEqual(new Date(2027, 0, 1));
    expect(dateInput(dayStart('2026-02-28'))).toBe('2026-02-28');
  });
});
