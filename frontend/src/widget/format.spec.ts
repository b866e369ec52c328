import { afterEach, describe, expect, it } from 'vitest';
import { attachmentHref, formatWait, isInlineImage, linkify, queueLine, safeHref } from './format';
import { setLocale } from './strings';

describe('linkify', () => {
  it('turns http(s) and www links into link parts and leaves the rest as text', () => {
    expect(linkify('see https://example.com/a?b=1 and www.acme.io.')).toEqual([
      { text: 'see ' },
      { text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
      { text: ' and ' },
      { text: 'www.acme.io', href: 'https://www.acme.io/' },
      { text: '.' },
    ]);
  });

  it('never makes a link of javascript: or data: URLs', () => {
    const parts = linkify('javascript:alert(1) data:text/html,<b>x</b>');
    expect(parts.every((p) => !('href' in p))).toBe(true);
    expect(parts.map((p) => p.text).join('')).toBe('javascript:alert(1) data:text/html,<b>x</b>');
  });

  it('keeps balanced brackets in a link and drops a closing one that ends the sentence', () => {
    expect(linkify('(https://en.wikipedia.org/wiki/Foo_(bar))')).toEqual([
      { text: '(' },
      { text: 'https://en.wikipedia.org/wiki/Foo_(bar)', href: 'https://en.wikipedia.org/wiki/Foo_(bar)' },
      { text: ')' },
    ]);
  });

  it('does not break out of the link with quotes or angle brackets', () => {
    const parts = linkify('https://x.io/"onmouseover="alert(1)');
    expect(parts[0]).toEqual({ text: 'https://x.io/', href: 'https://x.io/' });
  });
});

describe('urls', () => {
  it('resolves attachment urls against the widget host, not the host page', () => {
    expect(attachmentHref('/api/attachments/k/a.png', 'https://support.acme.com')).toBe('https://support.acme.com/api/attachments/k/a.png');
    expect(attachmentHref('javascript:alert(1)', 'https://support.acme.com')).toBeNull();
    expect(attachmentHref('blob:https://shop.example/123', 'https://support.acme.com')).toBe('blob:https://shop.example/123');
    expect(safeHref('not a url')).toBeNull();
  });

  it('shows only raster images inline', () => {
    expect(isInlineImage('image/png')).toBe(true);
    expect(isInlineImage('image/svg+xml')).toBe(false);
    expect(isInlineImage('application/pdf')).toBe(false);
  });
});

describe('the queue line', () => {
  afterEach(() => setLocale('en'));

  it('says the place, and the wait in minutes or hours when there is one', () => {
    expect(queueLine({ conversationId: 1, position: 3, expectedWaitMs: null })).toBe('You are number 3 in line');
    expect(queueLine({ conversationId: 1, position: 2, expectedWaitMs: 4 * 60_000 + 10_000 })).toBe('You are number 2 in line · about 4 min');
    expect(formatWait(5_000)).toBe('about 1 min');
    expect(formatWait(100 * 60_000)).toBe('about 2 h');
  });

  it('speaks the page’s language', () => {
    setLocale('uk');
    expect(queueLine({ conversationId: 1, position: 2, expectedWaitMs: 4 * 60_000 })).toBe('Ваше місце в черзі: 2 · близько 4 хв');
    setLocale('ru');
    expect(queueLine({ conversationId: 1, position: 1, expectedWaitMs: 2 * 3_600_000 })).toBe('Ваше место в очереди: 1 · около 2 ч');
  });
});
