import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { callerIdentity, TwilioVoiceConnector, TwilioVoiceRest } from '../../src';
import { sid } from './fake-twilio-api';

const connector = new TwilioVoiceConnector(new TwilioVoiceRest('http://127.0.0.1:9'));
const body = { CallSid: sid('CA', 1), AccountSid: sid('AC', 1), From: '+4930123456', To: '+4940111222', CallStatus: 'ringing' };

describe(TwilioVoiceConnector.name, () => {
  it('makes an incoming call a call message from the caller’s E.164 number', () => {
    const [event] = connector.parseInbound({ headers: {}, query: {}, body });
    expect(event).toMatchObject({ type: 'message', kind: 'call', externalId: sid('CA', 1), sender: { externalId: '+4930123456', phone: '+4930123456' }, payload: { direction: 'in', to: '+4940111222' } });
  });

  it('gives a withheld caller an identity of this call only, and drops placeholder names', () => {
    expect(callerIdentity({ from: 'anonymous', callSid: sid('CA', 2), callerName: 'Anonymous' })).toEqual({ externalId: `withheld:${sid('CA', 2)}` });
    expect(callerIdentity({ from: '+4930123456', callSid: sid('CA', 3), callerName: 'Anna' })).toEqual({ externalId: '+4930123456', phone: '+4930123456', name: 'Anna' });
  });

  it('verifies the signature of the URL Twilio called with the inbox’s auth token', () => {
    const url = 'https://inbox.example.com/webhooks/twilio/1/voice';
    const ctx = { inboxId: 1, settings: {}, secrets: { authToken: 'token-1' } };
    const headers = { 'x-twilio-signature': twilio.getExpectedTwilioSignature('token-1', url, body) };
    expect(connector.verifyInbound({ headers, query: {}, body, url }, ctx)).toBe(true);
    expect(connector.verifyInbound({ headers, query: {}, body, url }, { ...ctx, secrets: { authToken: 'token-2' } })).toBe(false);
    expect(connector.verifyInbound({ headers: {}, query: {}, body, url }, ctx)).toBe(false);
  });
});
