import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { publicRequestUrl, verifyTwilioSignature } from '../../src/twilio-voice';
import { sid } from './fake-twilio-api';

const TOKEN = 'auth-token-of-the-account-000001';
const params = { CallSid: sid('CA', 1), From: '+4930123456', To: '+4940111222', CallStatus: 'ringing' };
const url = 'https://inbox.example.com/webhooks/twilio/3/voice';

describe(verifyTwilioSignature.name, () => {
  it('accepts what twilio signs for the URL and fields it called with', () => {
    expect(verifyTwilioSignature(TOKEN, twilio.getExpectedTwilioSignature(TOKEN, url, params), url, params)).toBe(true);
  });

  it('refuses another token, URL, changed field, and a missing signature', () => {
    const signature = twilio.getExpectedTwilioSignature(TOKEN, url, params);
    expect(verifyTwilioSignature('another-token', signature, url, params)).toBe(false);
    expect(verifyTwilioSignature(TOKEN, signature, url.replace('/3/', '/4/'), params)).toBe(false);
    expect(verifyTwilioSignature(TOKEN, signature, url, { ...params, From: '+4930999999' })).toBe(false);
    expect(verifyTwilioSignature(TOKEN, undefined, url, params)).toBe(false);
    expect(verifyTwilioSignature(TOKEN, '', url, params)).toBe(false);
    expect(verifyTwilioSignature(TOKEN, [signature, signature], url, params)).toBe(false);
    expect(verifyTwilioSignature('', signature, url, params)).toBe(false);
  });

  it('checks the public URL behind a proxy, query string included', () => {
    const called = publicRequestUrl('https://inbox.example.com/', '/webhooks/twilio/3/connect?call=7');
    expect(called).toBe('https://inbox.example.com/webhooks/twilio/3/connect?call=7');
    const signature = twilio.getExpectedTwilioSignature(TOKEN, called, params);
    expect(verifyTwilioSignature(TOKEN, signature, called, params)).toBe(true);
    expect(verifyTwilioSignature(TOKEN, signature, 'http://127.0.0.1:3000/webhooks/twilio/3/connect?call=7', params)).toBe(false);
  });
});
