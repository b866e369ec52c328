import { describe, expect, it } from 'vitest';
import { keyBytes } from './push';

describe('keyBytes', () => {
  it('reads base64url without padding, with its - and _ characters', () => {
    expect([...keyBytes('-_8')]).toEqual([0xfb, 0xff]);
    expect([...keyBytes('AQID')]).toEqual([1, 2, 3]);
    // A VAPID public key: 65 bytes, the first 0x04 (an uncompressed P-256 point).
    const key = keyBytes('BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM');
    expect(key).toHaveLength(65);
    expect(key[0]).toBe(4);
  });
});
