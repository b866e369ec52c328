import { describe, expect, it } from 'vitest';
import {
  formatEmailSubjectTag as formatSubjectTag,
  normalizeEmailMessageId as normalizeMessageId,
  normalizeEmailSubject as normalizeSubject,
  parseEmailSubjectTag as parseSubjectTag,
  emailReplySubject as replySubject,
  emailThreadKeys as threadKeys,
} from '../../src/email';
import { MAX_REFERENCES, parseMessageIdList, replyHeaders, stripSubjectTag, withSubjectTag } from '../../src/email/email-threading';

describe('Message-ID handling', () => {
  it('normalizes ids: brackets, folding whitespace, trailing comments; case kept', () => {
    expect(normalizeMessageId('<Abc.123@Example.com>')).toBe('Abc.123@Example.com');
    expect(normalizeMessageId(' <abc@\r\n example.com> (John’s message of Monday)')).toBe('abc@example.com');
    expect(normalizeMessageId('bare@example.com')).toBe('bare@example.com');
    expect(normalizeMessageId('')).toBeUndefined();
    expect(normalizeMessageId('<>')).toBeUndefined();
  });

  it('reads References lists in any spacing, without duplicates', () => {
    expect(parseMessageIdList('<a@x> <b@x>\r\n\t<c@x><a@x>')).toEqual(['a@x', 'b@x', 'c@x']);
    expect(parseMessageIdList(['<a@x>', '<b@x>'])).toEqual(['a@x', 'b@x']);
    expect(parseMessageIdList('a@x, b@x')).toEqual(['a@x', 'b@x']);
    expect(parseMessageIdList(undefined)).toEqual([]);
  });

  it('lists thread keys most specific first: In-Reply-To, then References newest to oldest', () => {
    expect(threadKeys({ inReplyTo: 'c@x', references: ['a@x', 'b@x', 'c@x'], messageId: 'd@x' })).toEqual(['c@x', 'b@x', 'a@x']);
    expect(threadKeys({ references: ['a@x', 'self@x'], messageId: 'self@x' })).toEqual(['a@x']);
    expect(threadKeys({ references: [] })).toEqual([]);
  });

  it('builds reply headers from the chain, trimming the middle of very long threads', () => {
    expect(replyHeaders(['<a@x>', 'b@x'], 'c@x')).toEqual({ inReplyTo: 'c@x', references: ['a@x', 'b@x', 'c@x'] });
    expect(replyHeaders(['a@x', 'b@x'])).toEqual({ inReplyTo: 'b@x', references: ['a@x', 'b@x'] });
    expect(replyHeaders(['a@x', 'b@x'], 'a@x')).toEqual({ inReplyTo: 'a@x', references: ['a@x', 'b@x'] });
    expect(replyHeaders([])).toEqual({ inReplyTo: undefined, references: [] });

    const chain = Array.from({ length: 50 }, (_, i) => `m${i}@x`);
    const { references, inReplyTo } = replyHeaders(chain, 'last@x');
    expect(references).toHaveLength(MAX_REFERENCES);
    expect(references[0]).toBe('m0@x');
    expect(references.slice(-2)).toEqual(['m49@x', 'last@x']);
    expect(inReplyTo).toBe('last@x');
  });
});

describe('subject tag', () => {
  it('formats and parses the default [#id] tag', () => {
    expect(formatSubjectTag(123)).toBe('[#123]');
    expect(parseSubjectTag('Re: Order [#123]')).toBe('123');
    expect(parseSubjectTag('Order #48213 has not arrived')).toBeUndefined();
    expect(parseSubjectTag('Fwd: [#12] Re: x [#345]')).toBe('345');
    expect(parseSubjectTag(undefined)).toBeUndefined();
  });

  it('works with a configured format, regex characters included', () => {
    const format = '(Ticket #{id})';
    expect(formatSubjectTag('A-7', format)).toBe('(Ticket #A-7)');
    expect(parseSubjectTag('RE: Help (Ticket #A-7)', format)).toBe('A-7');
    expect(parseSubjectTag('RE: Help [#7]', format)).toBeUndefined();
    expect(() => parseSubjectTag('x', 'no placeholder')).toThrow(/\{id\}/);
  });

  it('strips reply and forward prefixes of many languages and the tag', () => {
    expect(normalizeSubject('RE: Re: AW: Order [#12]')).toBe('Order');
    expect(normalizeSubject('Ответ: Re[2]: Отв: Заказ')).toBe('Заказ');
    expect(normalizeSubject('Відп: FW: Доставка')).toBe('Доставка');
    expect(normalizeSubject('Reply needed')).toBe('Reply needed');
    expect(stripSubjectTag('Order [#12] urgent')).toBe('Order urgent');
  });

  it('makes one "Re:" and one tag at the end of a reply subject', () => {
    expect(replySubject('Order #48213 has not arrived', 1041)).toBe('Re: Order #48213 has not arrived [#1041]');
    expect(replySubject('RE: Re: Order [#1041]', 1041)).toBe('Re: Order [#1041]');
    expect(replySubject('Order', undefined)).toBe('Re: Order');
    expect(replySubject(undefined, 5)).toBe('Re: [#5]');
    expect(withSubjectTag('Welcome', 9)).toBe('Welcome [#9]');
  });
});
