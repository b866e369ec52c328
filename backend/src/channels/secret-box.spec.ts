import { describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box';

const KEY_A = 'a'.repeat(48);
const KEY_B = 'b'.repeat(48);

describe(SecretBox.name, () => {
  it('opens what it sealed, and the sealed text shows nothing of the secret', () => {
    const box = new SecretBox(KEY_A);
    const sealed = box.seal({ botToken: '123456:SECRET-token', webhookSecret: 'hook-secret' });
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('SECRET-token');
    expect(sealed).not.toContain('hook-secret');
    expect(Buffer.from(sealed.split('.')[3], 'base64url').toString('latin1')).not.toContain('SECRET');
    expect(box.open(sealed)).toEqual({ botToken: '123456:SECRET-token', webhookSecret: 'hook-secret' });
  });

  it('seals the same secrets differently each time (a fresh IV)', () => {
    const box = new SecretBox(KEY_A);
    expect(box.seal({ a: 'x' })).not.toBe(box.seal({ a: 'x' }));
  });

  it('refuses a sealed text that was changed, or sealed under another APP_SECRET', () => {
    const sealed = new SecretBox(KEY_A).seal({ botToken: 't' });
    const [v, iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => new SecretBox(KEY_A).open([v, iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
    expect(() => new SecretBox(KEY_B).open(sealed)).toThrow();
    expect(() => new SecretBox(KEY_A).open(`v0.${iv}.${tag}.${body}`)).toThrow(/Unknown secret format/);
  });

  it('opens nothing to an empty set of secrets', () => {
    expect(new SecretBox(KEY_A).open(null)).toEqual({});
  });
});
