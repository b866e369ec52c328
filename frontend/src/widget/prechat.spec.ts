import { describe, expect, it } from 'vitest';
import { needsPreChat, validatePreChat } from './prechat';
import type { Session } from './types';

describe('validatePreChat', () => {
  it('accepts a name and an e-mail, trimmed', () => {
    expect(validatePreChat({ name: '  Jane   Doe ', email: ' jane@example.com ' })).toEqual({ ok: true, value: { name: 'Jane Doe', email: 'jane@example.com' } });
  });

  it('requires both fields', () => {
    expect(validatePreChat({ name: ' ', email: '' })).toEqual({ ok: false, errors: { name: 'nameRequired', email: 'emailRequired' } });
  });

  it.each(['jane', 'jane@', '@example.com', 'jane@example', 'ja ne@example.com', 'jane@example.c'])('rejects %s as an e-mail', (email) => {
    expect(validatePreChat({ name: 'Jane', email })).toEqual({ ok: false, errors: { email: 'emailInvalid' } });
  });

  it('rejects an over-long name', () => {
    expect(validatePreChat({ name: 'x'.repeat(201), email: 'a@b.co' })).toMatchObject({ ok: false, errors: { name: 'nameTooLong' } });
  });
});

describe('needsPreChat', () => {
  const session = (preChatForm: boolean, name?: string): Session => ({
    visitorToken: 't',
    contactId: null,
    conversationId: null,
    inbox: { name: 'Acme', preChatForm, maxUploadBytes: 1 },
    contact: name ? { name } : null,
  });

  it('asks before the first message when the inbox wants it and the visitor has no name', () => {
    expect(needsPreChat(session(true), false)).toBe(true);
    expect(needsPreChat(session(true, 'Jane'), false)).toBe(false);
    expect(needsPreChat(session(false), false)).toBe(false);
    expect(needsPreChat(session(true), true)).toBe(false);
    expect(needsPreChat(null, false)).toBe(false);
  });
});
