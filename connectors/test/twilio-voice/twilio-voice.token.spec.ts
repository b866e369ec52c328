import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { issueVoiceToken, operatorClientIdentity } from '../../src/twilio-voice';
import { sid } from './fake-twilio-api';

const input = { accountSid: sid('AC', 1), apiKeySid: sid('SK', 1), apiKeySecret: 'api-key-secret-0123456789', identity: operatorClientIdentity(7), outgoingApplicationSid: sid('AP', 1), ttlSeconds: 600 };

describe(issueVoiceToken.name, () => {
  it('signs a Voice SDK token with the API key: identity, grant and a short life', () => {
    const before = Math.floor(Date.now() / 1000);
    const issued = issueVoiceToken(input);
    const claims = jwt.verify(issued.token, input.apiKeySecret, { algorithms: ['HS256'] }) as jwt.JwtPayload & { grants: any };
    expect(jwt.decode(issued.token, { complete: true })?.header).toMatchObject({ cty: 'twilio-fpa;v=1', typ: 'JWT' });
    expect(claims.iss).toBe(input.apiKeySid);
    expect(claims.sub).toBe(input.accountSid);
    expect(claims.jti).toMatch(new RegExp(`^${input.apiKeySid}-`));
    expect(claims.grants.identity).toBe('agent-7');
    expect(claims.grants.voice).toEqual({ incoming: { allow: true }, outgoing: { application_sid: input.outgoingApplicationSid } });
    expect((claims.exp as number) - (claims.iat as number)).toBe(600);
    expect(claims.iat).toBeGreaterThanOrEqual(before);
    expect(issued.identity).toBe('agent-7');
    expect(issued.expiresAt.getTime()).toBe((claims.exp as number) * 1000);
  });

  it('is refused with another secret, and only receives calls without a TwiML app', () => {
    const issued = issueVoiceToken({ ...input, outgoingApplicationSid: undefined });
    expect(() => jwt.verify(issued.token, 'another-secret')).toThrow();
    expect((jwt.decode(issued.token) as any).grants.voice).toEqual({ incoming: { allow: true } });
  });
});
