import twilio from 'twilio';

/** The browser's Voice SDK identity of an operator: calls to `<Client>agent-7</Client>` ring in their inbox tab. */
export const operatorClientIdentity = (agentId: number) => `agent-${agentId}`;

export interface VoiceTokenInput {
  accountSid: string;
  /** An API key of the account (SK…) and its secret sign the token. */
  apiKeySid: string;
  apiKeySecret: string;
  identity: string;
  /** The TwiML App the browser's outgoing calls run (AP…); without it the token only receives calls. */
  outgoingApplicationSid?: string;
  ttlSeconds: number;
}

export interface VoiceToken {
  token: string;
  identity: string;
  expiresAt: Date;
}

/**
 * A short-lived access token for the Twilio Voice JavaScript SDK
 * (https://www.twilio.com/docs/iam/access-tokens): a JWT signed with the
 * API key, carrying the operator's identity and a Voice grant.
 */
export function issueVoiceToken(input: VoiceTokenInput): VoiceToken {
  const token = new twilio.jwt.AccessToken(input.accountSid, input.apiKeySid, input.apiKeySecret, { identity: input.identity, ttl: input.ttlSeconds });
  token.addGrant(
    new twilio.jwt.AccessToken.VoiceGrant({
      incomingAllow: true,
      ...(input.outgoingApplicationSid ? { outgoingApplicationSid: input.outgoingApplicationSid } : {}),
    }),
  );
  const jwt = token.toJwt();
  const [, payload] = jwt.split('.');
  const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp: number };
  return { token: jwt, identity: input.identity, expiresAt: new Date(exp * 1000) };
}
