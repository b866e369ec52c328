import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.util';

describe('toCsv', () => {
  it('quotes fields with commas, quotes and line breaks and leaves empty cells for null', () => {
    expect(toCsv(['name', 'value'], [['Smith, Jo', 1], ['say "hi"', null], ['two\nlines', 2.5]])).toBe(
      'name,value\r\n"Smith, Jo",1\r\n"say ""hi""",\r\n"two\nlines",2.5\r\n',
    );
  });

  it('keeps a spreadsheet from running text that starts like a formula', () => {
    expect(toCsv(['name'], [['=HYPERLINK("x")'], [-3]])).toBe('name\r\n"\'=HYPERLINK(""x"")"\r\n-3\r\n');
  });
});
