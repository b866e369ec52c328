import { describe, expect, it } from 'vitest';
import { dateInput, dayAfter, dayStart, decimal, percent, seconds } from './format';

describe('supervision formatting', () => {
  it('writes shares, durations and decimals, with a dash for nothing', () => {
    expect(percent(0.375)).toBe('37.5 %');
    expect(percent(null)).toBe('—');
    expect(seconds(42.4)).toBe('42 s');
    expect(seconds(200)).toBe('3 min 20 s');
    expect(seconds(3900)).toBe('1 h 05 min');
    expect(seconds(undefined)).toBe('—');
    expect(decimal(8 / 3)).toBe('2.67');
  });

  it('turns a date input into local midnights, the day after being the next calendar day', () => {
    expect(dayStart('2026-03-29')).toEqual(new Date(2026, 2, 29));
    expect(dayAfter('2026-03-29')).toEqual(new Date(2026, 2, 30));
    expect(dayAfter('2026-12-31')).toEqual(new Date(2027, 0, 1));
    expect(dateInput(dayStart('2026-02-28'))).toBe('2026-02-28');
  });
});
