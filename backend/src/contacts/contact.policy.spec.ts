import { describe, expect, it } from 'vitest';
import { contactColumns, duplicateMatch, inboundContactColumns, mergeConflict, mergedColumns, sharedAddress } from './contact.policy';

describe('contact policy', () => {
  it('stores a phone in E.164, however it was typed', () => {
    const phone = (typed: string, country: string | null = null) => contactColumns({ phone: typed }, country).phone;
    expect(phone('+380 (44) 123-45.67')).toBe('+380441234567');
    // The international prefix 00 gives the E.164 a WhatsApp sender of that number has.
    expect(phone('00380 44 123 4567')).toBe('+380441234567');
    // A national number is read in the inbox's country.
    expect(phone('044 123 45 67', 'UA')).toBe('+380441234567');
    expect(phone('(212) 555-0123', 'US')).toBe('+12125550123');
  });

  it('refuses a phone that is none, or a national one without a country, naming the field', () => {
    expect(() => contactColumns({ phone: '044 123 45 67' }, null)).toThrow(/^phone must start with \+ and the country code: no default country/);
    expect(() => contactColumns({ phone: 'call me' }, 'UA')).toThrow(/^phone must be a phone number/);
    expect(() => contactColumns({ phone: '+49 123' }, null)).toThrow(/^phone must be a phone number/);
    expect(() => contactColumns({ phone: '044 12' }, 'UA')).toThrow(/phone must be a phone number: .* \(national numbers are read in UA\)/);
  });

  it('writes only the fields given: trimmed, blank as cleared, e-mail lowercased', () => {
    expect(contactColumns({ name: '  Anna Koval ', email: 'Anna@Example.COM' }, null)).toEqual({ name: 'Anna Koval', email: 'anna@example.com' });
    expect(contactColumns({ name: '   ', phone: null }, null)).toEqual({ name: null, phone: null });
    expect(contactColumns({ phone: '+1 (415) 555-0100', language: 'pt-BR' }, null)).toEqual({ phone: '+14155550100', language: 'pt-BR' });
    expect(contactColumns({}, null)).toEqual({});
  });
});

describe('inboundContactColumns', () => {
  it('keeps what fits, clips a long name and leaves out what cannot be stored', () => {
    expect(inboundContactColumns({ name: ' Anna ', email: 'Anna@Example.com', phone: '+4930123456', language: 'pl' })).toEqual({
      name: 'Anna',
      email: 'anna@example.com',
      phone: '+4930123456',
      language: 'pl',
    });
    const long = inboundContactColumns({ name: 'n'.repeat(500), email: `${'e'.repeat(250)}@x.io`, phone: '1'.repeat(40), language: 'x'.repeat(20) });
    expect(long).toEqual({ name: 'n'.repeat(200), email: null, phone: null, language: null });
    expect(inboundContactColumns({})).toEqual({ name: null, email: null, phone: null, language: null });
  });

  it('takes two contacts for one person only when they share a phone or an e-mail address', () => {
    const none = { email: null, phone: null };
    expect(sharedAddress({ email: null, phone: '+380441234567' }, { email: 'a@x.test', phone: '+380441234567' })).toBe('phone');
    expect(sharedAddress({ email: 'Ann@X.test', phone: '+1' }, { email: 'ann@x.test', phone: '+2' })).toBe('email');
    expect(sharedAddress({ email: 'ann@x.test', phone: '+1' }, { email: 'bob@x.test', phone: '+2' })).toBeNull();
    // Two contacts that both lack a phone do not share one.
    expect(sharedAddress(none, none)).toBeNull();
  });

  it('keeps what the survivor knows and fills its gaps from the merged contact', () => {
    const survivor = { name: 'Ann', email: null, phone: '+1', language: null, country: 'UA', attributes: { plan: 'gold', order: 1 } };
    const merged = { name: 'Anna K.', email: 'ann@x.test', phone: '+1', language: 'uk', country: 'PL', attributes: { order: 2, city: 'Lviv' } };
    expect(mergedColumns(survivor, merged)).toEqual({
      name: 'Ann',
      email: 'ann@x.test',
      phone: '+1',
      language: 'uk',
      country: 'UA',
      attributes: { plan: 'gold', order: 1, city: 'Lviv' },
    });
  });

  it('refuses a merge that would give one contact two open conversations or two addresses in one inbox', () => {
    const widget = (id: number) => id === 9;
    expect(mergeConflict({ openInboxIds: [1], identityInboxIds: [1] }, { openInboxIds: [2], identityInboxIds: [2] }, widget)).toBeNull();
    expect(mergeConflict({ openInboxIds: [1, 2], identityInboxIds: [1, 2] }, { openInboxIds: [2], identityInboxIds: [2] }, widget)).toEqual({ reason: 'both-open', inboxId: 2 });
    expect(mergeConflict({ openInboxIds: [], identityInboxIds: [3] }, { openInboxIds: [], identityInboxIds: [3] }, widget)).toEqual({ reason: 'two-addresses', inboxId: 3 });
    // Two browsers of one person on the widget are fine: replies reach both.
    expect(mergeConflict({ openInboxIds: [], identityInboxIds: [9] }, { openInboxIds: [9], identityInboxIds: [9] }, widget)).toBeNull();
  });

  it('calls a duplicate verified only when a channel vouched for the shared address on both contacts', () => {
    const typed = { email: 'anna@example.com', phone: null, identities: [{ channel: 'webchat' as const, externalId: 'visitor-1' }] };
    const mailed = { email: 'anna@example.com', phone: null, identities: [{ channel: 'email' as const, externalId: 'Anna@Example.com' }] };
    const mailedToo = { email: 'anna@example.com', phone: null, identities: [{ channel: 'email' as const, externalId: 'anna@example.com' }] };
    expect(duplicateMatch(typed, mailed)).toEqual({ field: 'email', verified: false });
    expect(duplicateMatch(mailed, mailedToo)).toEqual({ field: 'email', verified: true });

    const called = { email: null, phone: '+380441234567', identities: [{ channel: 'twilio-voice' as const, externalId: '+380441234567' }] };
    const whatsapp = { email: null, phone: '+380441234567', identities: [{ channel: 'whatsapp' as const, externalId: '380441234567@c.us' }] };
    const telegram = { email: null, phone: '+380441234567', identities: [{ channel: 'telegram' as const, externalId: '380441234567' }] };
    expect(duplicateMatch(called, whatsapp)).toEqual({ field: 'phone', verified: true });
    expect(duplicateMatch(called, telegram)).toEqual({ field: 'phone', verified: false });
    // Sharing both, the verified one is named.
    expect(duplicateMatch({ ...typed, phone: '+380441234567', identities: [...typed.identities, ...called.identities] }, { ...mailed, phone: '+380441234567' })).toEqual({ field: 'phone', verified: false });
    expect(duplicateMatch({ ...mailed, phone: '+1' }, { ...mailedToo, phone: '+1' })).toEqual({ field: 'email', verified: true });
    expect(duplicateMatch(typed, called)).toBeNull();
  });
});
