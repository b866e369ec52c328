import { describe, expect, it } from 'vitest';
import { parseByteRange } from './byte-range.util';

describe(parseByteRange.name, () => {
  it('reads the ranges media players send', () => {
    expect(parseByteRange('bytes=0-', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseByteRange('bytes=500-599', 1000)).toEqual({ start: 500, end: 599 });
    expect(parseByteRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseByteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseByteRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
  });

  it('sends the whole file for no range, a malformed one or several', () => {
    expect(parseByteRange(undefined, 1000)).toBeNull();
    expect(parseByteRange('bytes=-', 1000)).toBeNull();
    expect(parseByteRange('items=0-10', 1000)).toBeNull();
    expect(parseByteRange('bytes=20-10', 1000)).toBeNull();
    expect(parseByteRange('bytes=0-10,20-30', 1000)).toBeNull();
  });

  it('refuses a range that starts past the end', () => {
    expect(parseByteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=-0', 1000)).toBe('unsatisfiable');
  });
});
