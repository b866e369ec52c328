import { describe, expect, it } from 'vitest';
import { LABEL_COLOR, labelChanges, labelNameKey } from './label.policy';

describe('labelNameKey', () => {
  it('is one key for names that differ only in case and surrounding spaces', () => {
    expect(labelNameKey('  Billing ')).toBe(labelNameKey('bILLING'));
    expect(labelNameKey('Возврат')).toBe('возврат');
  });
});

describe('LABEL_COLOR', () => {
  it('takes #rrggbb only', () => {
    expect(LABEL_COLOR.test('#1a2B3c')).toBe(true);
    for (const bad of ['1a2b3c', '#abc', '#1a2b3g', '#1a2b3c4d', 'red']) expect(LABEL_COLOR.test(bad)).toBe(false);
  });
});

describe('labelChanges', () => {
  it('adds what is wanted and missing, removes what is held and not wanted', () => {
    expect(labelChanges([1, 2, 3], [3, 4, 4, 5])).toEqual({ added: [4, 5], removed: [1, 2] });
  });

  it('changes nothing for the same set in another order', () => {
    expect(labelChanges([2, 1], [1, 2, 1])).toEqual({ added: [], removed: [] });
  });

  it('removes everything for an empty set', () => {
    expect(labelChanges([7], [])).toEqual({ added: [], removed: [7] });
  });
});
