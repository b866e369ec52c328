import { describe, expect, it } from 'vitest';
import { metaVerificationChallenge, signMetaPayload, verifyMetaSignature } from '../../src/meta/meta-signature';
import { graphError } from '../../src/meta/graph-client';

const SECRET = 'app-secret-0123456789';

describe('verifyMetaSignature', () => {
  const body = Buffer.from('{"object":"instagram","entry":[{"text":"\\u00e9t\\u00e9"}]}');

  it('accepts the HMAC-SHA256 of the exact bytes', () => {
    expect(verifyMetaSignature(body, signMetaPayload(body, SECRET), SECRET)).toBe(true);
    expect(verifyMetaSignature(body, signMetaPayload(body, SECRET).toUpperCase().replace('SHA256', 'sha256'), SECRET)).toBe(true);
  });

  it('refuses another secret, other bytes, a malformed header and a missing part', () => {
    const good = signMetaPayload(body, SECRET);
    expect(verifyMetaSignature(body, signMetaPayload(body, 'other'), SECRET)).toBe(false);
    expect(verifyMetaSignature(Buffer.from(body.toString().replace('t', 'T')), good, SECRET)).toBe(false);
    expect(verifyMetaSignature(body, good.replace('sha256=', 'sha1='), SECRET)).toBe(false);
    expect(verifyMetaSignature(body, good.slice(0, -2), SECRET)).toBe(false);
    expect(verifyMetaSignature(body, undefined, SECRET)).toBe(false);
    expect(verifyMetaSignature(undefined, good, SECRET)).toBe(false);
    expect(verifyMetaSignature(body, good, undefined)).toBe(false);
    expect(verifyMetaSignature(body, good, '')).toBe(false);
  });
});

describe('metaVerificationChallenge', () => {
  it('echoes the challenge for the right verify token only', () => {
    const query = { 'hub.mode': 'subscribe', 'hub.verify_token': 'tok', 'hub.challenge': '1158201444' };
    expect(metaVerificationChallenge(query, 'tok')).toBe('1158201444');
    expect(metaVerificationChallenge(query, 'other')).toBeNull();
    expect(metaVerificationChallenge({ ...query, 'hub.mode': 'unsubscribe' }, 'tok')).toBeNull();
    expect(metaVerificationChallenge({ ...query, 'hub.challenge': undefined }, 'tok')).toBeNull();
    expect(metaVerificationChallenge(query, undefined)).toBeNull();
  });
});

describe('graphError', () => {
  it('tells the delivery pipeline what to do with each Graph failure', () => {
    expect(graphError(400, { error: { code: 131047, message: 'Re-engagement message' } }, 'send').code).toBe('permanent');
    expect(graphError(400, { error: { code: 130429, message: 'Rate limit hit' } }, 'send')).toMatchObject({ code: 'rate-limited', retryAfterMs: 60_000 });
    expect(graphError(401, { error: { code: 190, message: 'Invalid OAuth access token' } }, 'send').code).toBe('auth');
    expect(graphError(503, null, 'send').code).toBe('temporary');
    expect(graphError(400, { error: { code: 131000, message: 'Something went wrong' } }, 'send').code).toBe('temporary');
    expect(graphError(400, { error: { code: 100, message: 'Invalid parameter' } }, 'send').message).toMatch(/#100.*Invalid parameter/);
  });
});
