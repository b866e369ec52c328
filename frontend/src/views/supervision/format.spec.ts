import { describe, expect, it } from 'vitest';
import { decimal, percent, seconds } from './format';

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
});
