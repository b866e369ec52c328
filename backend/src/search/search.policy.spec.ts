import { describe, expect, it } from 'vitest';
import { mysqlMatch, searchTerms, sqliteMatch } from './search.policy';

describe('search policy', () => {
  it('keeps the words of a query, in any script, and nothing of a query language', () => {
    expect(searchTerms('Parcel  DAMAGED, order #1234!')).toEqual(['parcel', 'damaged', 'order', '1234']);
    expect(searchTerms('Посилка пошкоджена')).toEqual(['посилка', 'пошкоджена']);
    expect(searchTerms('"a" -b +c* NEAR(d)')).toEqual(['a', 'b', 'c', 'near', 'd']);
    expect(searchTerms('***')).toEqual([]);
    expect(searchTerms('one one one')).toEqual(['one']);
  });

  it('asks both engines for every word as a prefix', () => {
    expect(mysqlMatch(['parc', 'dam'])).toBe('+parc* +dam*');
    expect(sqliteMatch(['parc', 'dam'])).toBe('"parc"* "dam"*');
  });
});
