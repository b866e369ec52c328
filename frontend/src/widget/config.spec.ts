import { afterEach, describe, expect, it } from 'vitest';
import { readEmbedConfig } from './config';
import { createVisitorStore, tokenKey } from './storage';

describe('readEmbedConfig', () => {
  afterEach(() => document.head.replaceChildren());

  const script = (src: string, inbox?: string) => {
    const el = document.createElement('script');
    el.setAttribute('src', src);
    if (inbox !== undefined) el.setAttribute('data-inbox', inbox);
    return el;
  };

  it('takes HOST from the script’s own src and KEY from data-inbox', () => {
    expect(readEmbedConfig(document, script('https://support.acme.test:8443/widget.js?v=2', 'abc123'))).toEqual({
      host: 'https://support.acme.test:8443',
      inboxKey: 'abc123',
    });
  });

  it('falls back to the first script tag with data-inbox when currentScript is not available', () => {
    const other = script('https://cdn.test/other.js');
    const ours = script('http://chat.acme.test/widget.js', 'key-2');
    // Keeps happy-dom from trying to load them.
    for (const el of [other, ours]) el.type = 'text/plain';
    document.head.append(other, ours);
    expect(readEmbedConfig(document, null)).toEqual({ host: 'http://chat.acme.test', inboxKey: 'key-2' });
  });

  it('gives up without a key', () => {
    expect(readEmbedConfig(document, script('https://support.acme.test/widget.js'))).toBeNull();
    expect(readEmbedConfig(document, null)).toBeNull();
  });
});

describe('createVisitorStore', () => {
  it('keeps the token under inbox-widget:<inboxKey>', () => {
    localStorage.clear();
    const store = createVisitorStore('k1');
    store.setToken('v1.1.abc.sig');
    expect(localStorage.getItem(tokenKey('k1'))).toBe('v1.1.abc.sig');
    expect(localStorage.getItem('inbox-widget:k1')).toBe('v1.1.abc.sig');
    store.clearToken();
    expect(store.getToken()).toBeNull();
    store.setSeenId(42);
    expect(createVisitorStore('k1').getSeenId()).toBe(42);
  });

  it('works for the page view when storage throws (privacy settings)', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    } as unknown as Storage;
    const store = createVisitorStore('k2', broken);
    store.setToken('t');
    expect(store.getToken()).toBe('t');
  });
});
