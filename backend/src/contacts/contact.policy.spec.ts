import { describe, expect, it } from 'vitest';
import { contactColumns, inboundContactColumns, normalizePhone, PHONE_INPUT } from './contact.policy';

describe('contact policy', () => {
  it('stores a phone as digits and a leading plus, however it was typed', () => {
    expect(normalizePhone('+380 (44) 123-45.67')).toBe('+380441234567');
    // The international prefix 00 gives the E.164 a WhatsApp sender of that number has.
    expect(normalizePhone('00380 44 123 4567')).toBe('+380441234567');
    // A local number keeps its digits: its country is unknown.
    expect(normalizePhone('044 123 45 67')).toBe('0441234567');
    expect(PHONE_INPUT.test('+380 (44) 123-45-67')).toBe(true);
    expect(PHONE_INPUT.test('call me')).toBe(false);
    expect(PHONE_INPUT.test('+')).toBe(false);
  });

  it('writes only the fields given: trimmed, blank as cleared, e-mail lowercased', () => {
    expect(contactColumns({ name: '  Anna Koval ', email: 'Anna@Example.COM' })).toEqual({ name: 'Anna Koval', email: 'anna@example.com' });
    expect(contactColumns({ name: '   ', phone: null })).toEqual({ name: null, phone: null });
    expect(contactColumns({ phone: '+1 (555) 010-0000', language: 'pt-BR' })).toEqual({ phone: '+15550100000', language: 'pt-BR' });
    expect(contactColumns({})).toEqual({});
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
});
