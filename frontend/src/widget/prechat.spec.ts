import { describe, expect, it } from 'vitest';
import { needsPreChat, validatePreChat } from './prechat';
import { makeInbox } from './testing/factories';
import type { ContactInfo, PreChatFields, Session } from './types';

describe('validatePreChat', () => {
  const nameAndEmail: PreChatFields = { name: 'required', email: 'required' };

  it('accepts a name and an e-mail, trimmed', () => {
    expect(validatePreChat(nameAndEmail, { name: '  Jane   Doe ', email: ' jane@example.com ' })).toEqual({ ok: true, value: { name: 'Jane Doe', email: 'jane@example.com' } });
  });

  it('requires the required fields', () => {
    expect(validatePreChat(nameAndEmail, { name: ' ', email: '' })).toEqual({ ok: false, errors: { name: 'nameRequired', email: 'emailRequired' } });
    expect(validatePreChat({ phone: 'required' }, { phone: '' })).toEqual({ ok: false, errors: { phone: 'phoneRequired' } });
  });

  it('lets an optional field stay empty, checks it when filled, and ignores fields not asked', () => {
    const fields: PreChatFields = { name: 'optional', phone: 'optional' };
    expect(validatePreChat(fields, { name: '', phone: '', email: 'not asked' })).toEqual({ ok: true, value: {} });
    expect(validatePreChat(fields, { phone: '12' })).toEqual({ ok: false, errors: { phone: 'phoneInvalid' } });
  });

  it.each(['+49 30 1234567', '(030) 123-4567', '0301234567'])('takes %s as a phone number', (phone) => {
    expect(validatePreChat({ phone: 'required' }, { phone })).toEqual({ ok: true, value: { phone } });
  });

  it.each(['12345', 'call me', '+49 30 1234 5678 9012 345', '030/1234567'])('rejects %s as a phone number', (phone) => {
    expect(validatePreChat({ phone: 'required' }, { phone })).toEqual({ ok: false, errors: { phone: 'phoneInvalid' } });
  });

  it.each(['jane', 'jane@', '@example.com', 'jane@example', 'ja ne@example.com', 'jane@example.c'])('rejects %s as an e-mail', (email) => {
    expect(validatePreChat(nameAndEmail, { name: 'Jane', email })).toEqual({ ok: false, errors: { email: 'emailInvalid' } });
  });

  it('rejects an over-long name', () => {
    expect(validatePreChat(nameAndEmail, { name: 'x'.repeat(201), email: 'a@b.co' })).toMatchObject({ ok: false, errors: { name: 'nameTooLong' } });
  });
});

describe('needsPreChat', () => {
  const session = (preChatFields: PreChatFields, contact: ContactInfo | null = null): Session => ({
    visitorToken: 't',
    contactId: null,
    conversationId: null,
    inbox: makeInbox({ preChatFields }),
    contact,
  });

  it('asks before the first message until the contact has every required field', () => {
    const fields: PreChatFields = { name: 'required', phone: 'required', email: 'optional' };
    expect(needsPreChat(session(fields), false, false)).toBe(true);
    expect(needsPreChat(session(fields, { name: 'Jane' }), false, false)).toBe(true);
    expect(needsPreChat(session(fields, { name: 'Jane', phone: '+4930123456' }), false, false)).toBe(false);
  });

  it('with optional fields only, asks until one is known or the form was sent', () => {
    const fields: PreChatFields = { email: 'optional' };
    expect(needsPreChat(session(fields), false, false)).toBe(true);
    expect(needsPreChat(session(fields, { email: 'a@b.co' }), false, false)).toBe(false);
    expect(needsPreChat(session(fields), false, true)).toBe(false);
  });

  it('never asks when no field is, once there are messages, or before a session', () => {
    expect(needsPreChat(session({}), false, false)).toBe(false);
    expect(needsPreChat(session({ name: 'required' }), true, false)).toBe(false);
    expect(needsPreChat(null, false, false)).toBe(false);
  });
});
