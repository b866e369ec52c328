import { describe, expect, it } from 'vitest';
import { contactSnippet, messageSnippet, type Segment } from './search';

const marked = (segments: Segment[]) => segments.filter((s) => s.mark).map((s) => s.text);
const whole = (segments: Segment[]) => segments.map((s) => s.text).join('');
const parts = (segments: Segment[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text));

describe('messageSnippet', () => {
  it('marks the start of each word a query word begins, in any case and script, and nothing inside a word', () => {
    expect(marked(messageSnippet('My PARCEL is damaged; the parcels are both dam-aged', 'parc dam'))).toEqual(['PARC', 'dam', 'parc', 'dam']);
    expect(marked(messageSnippet('Посилка пошкоджена, посилку не віддали', 'посил пош'))).toEqual(['Посил', 'пош', 'посил']);
    expect(marked(messageSnippet('unparcelled', 'parc'))).toEqual([]);
    // Of two query words starting the same word, the longer is marked.
    expect(marked(messageSnippet('parcel', 'par parcel'))).toEqual(['parcel']);
  });

  it('keeps a short message whole, on one line', () => {
    const segments = messageSnippet('Hello!\n\nMy parcel   is late', 'late');
    expect(whole(segments)).toBe('Hello! My parcel is late');
    expect(segments.at(-1)).toEqual({ text: 'late', mark: true });
  });

  it('cuts a long message to a window around the first match, from a word on', () => {
    const before = 'We have been waiting for the delivery for three weeks now and nobody answers the phone at all, ';
    const after = 'which nobody could explain to us, and then the courier left without a signature or any note for anyone';
    const text = `${before}then the parcel came back damaged ${after}`;
    const segments = messageSnippet(text, 'damaged');
    const shown = whole(segments);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(122);
    expect(marked(segments)).toEqual(['damaged']);
    // Some of the sentence before the match, starting at a word.
    expect(shown).toMatch(/^…the parcel came back damaged which nobody/);
  });

  it('shows the end of a long message whose match is near the end', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(8)}In the end it arrived broken`;
    const shown = whole(messageSnippet(text, 'broken'));
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('arrived broken')).toBe(true);
  });

  it('shows the beginning, unmarked, when the server matched what the list cannot see', () => {
    const segments = messageSnippet('a'.repeat(200), 'zzz');
    expect(marked(segments)).toEqual([]);
    expect(whole(segments)).toBe(`${'a'.repeat(120)}…`);
  });
});

describe('contactSnippet', () => {
  const contact = { id: 1, name: 'Anna Kovalenko', email: 'anna.k@shop.example', phone: '+380501234567' };

  it('shows the name containing the query, else the e-mail or phone starting with it, the match marked', () => {
    expect(parts(contactSnippet(contact, 'Koval'))).toEqual(['Anna ', '[Koval]', 'enko']);
    expect(parts(contactSnippet(contact, 'ANNA.K'))).toEqual(['[anna.k]', '@shop.example']);
    expect(parts(contactSnippet(contact, '+38050'))).toEqual(['[+38050]', '1234567']);
  });

  it('finds the digits of the query anywhere in the phone, however either is written', () => {
    expect(parts(contactSnippet(contact, '050 123'))).toEqual(['+38', '[050123]', '4567']);
    expect(parts(contactSnippet({ ...contact, phone: '+380 50 123 45 67' }, '501234'))).toEqual(['+380 ', '[50 123 4]', '5 67']);
    // Two digits the server does not look for in phones.
    expect(parts(contactSnippet(contact, '05'))).toEqual(['Anna Kovalenko']);
  });

  it('falls back to the first field the contact has when none matches here', () => {
    expect(contactSnippet(contact, 'zz')).toEqual([{ text: 'Anna Kovalenko', mark: false }]);
    expect(contactSnippet({ ...contact, name: null }, 'zz')).toEqual([{ text: 'anna.k@shop.example', mark: false }]);
    expect(contactSnippet(null, 'anna')).toEqual([]);
  });
});
