import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newSigningSecret, signatureHeader } from './webhook-signature';

describe('signatureHeader', () => {
  it('signs the time and the raw body together', () => {
    const header = signatureHeader('whsec_test', '{"a":1}', 1_700_000_000);
    const expected = createHmac('sha256', 'whsec_test').update('1700000000.{"a":1}').digest('hex');
    expect(header).toBe(`t=1700000000,v1=${expected}`);
  });

  it('changes with the time, the body and the secret', () => {
    const base = signatureHeader('s', 'b', 1);
    expect(signatureHeader('s', 'b', 2)).not.toBe(base);
    expect(signatureHeader('s', 'c', 1)).not.toBe(base);
    expect(signatureHeader('t', 'b', 1)).not.toBe(base);
  });
});

describe('newSigningSecret', () => {
  it('is new every time', () => {
    const secret = newSigningSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newSigningSecret()).not.toBe(secret);
  });
});
