import { describe, expect, it } from 'vitest';
import { contactColumns, normalizePhone, PHONE_INPUT } from './contact.policy';

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
