import { describe, expect, it } from 'vitest';
import { atQuery, handleOf, suggestOperators } from './mentions';

const operators = [
  { id: 1, name: 'Anna Koval', email: 'anna.k@shop.example', active: true },
  { id: 2, name: 'Boris Lee', email: 'boris@shop.example', active: true },
  { id: 3, name: 'Olga Anders', email: 'olga@shop.example', active: false },
  { id: 4, name: 'Me Myself', email: 'me@shop.example', active: true },
];

describe('atQuery', () => {
  it('finds the @word before the caret at the start, after a space or a bracket', () => {
    expect(atQuery('@an', 3)).toEqual({ start: 0, query: 'an' });
    expect(atQuery('ask (@bo', 8)).toEqual({ start: 5, query: 'bo' });
    expect(atQuery('hi @', 4)).toEqual({ start: 3, query: '' });
  });

  it('ignores e-mail addresses and a finished word', () => {
    expect(atQuery('mail anna@shop', 14)).toBeNull();
    expect(atQuery('@anna done', 10)).toBeNull();
  });
});

describe('suggestOperators', () => {
  it('matches a word of the name or the handle, active operators only, never me', () => {
    expect(suggestOperators(operators, 'an', 4).map((o) => o.id)).toEqual([1]);
    expect(suggestOperators(operators, 'lee', 4).map((o) => o.id)).toEqual([2]);
    expect(suggestOperators(operators, '', 4).map((o) => o.id)).toEqual([1, 2]);
    expect(handleOf(operators[0])).toBe('anna.k');
  });
});
