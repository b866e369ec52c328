import { createHash, randomBytes } from 'node:crypto';

/**
 * A bearer secret a client keeps and we never store: `<prefix><192 random
 * bits>`. The prefix tells people (and secret scanners) what it is; only the
 * SHA-256 of the whole string is stored, which is enough for a secret of
 * this much entropy (no salt or slow hash needed: nothing to guess).
 */
export function newSecretToken(prefix: string): { token: string; hash: string } {
  const token = `${prefix}${randomBytes(24).toString('base64url')}`;
  return { token, hash: hashSecretToken(token) };
}

export const hashSecretToken = (token: string) => createHash('sha256').update(token).digest('hex');
