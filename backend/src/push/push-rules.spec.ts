import { describe, expect, it } from 'vitest';
import { isExpiredAnswer, pushEndpointProblem, pushPayload } from './push-rules';

describe('pushEndpointProblem', () => {
  it('takes an https push service and the configured test origin only', () => {
    expect(pushEndpointProblem('https://fcm.googleapis.com/fcm/send/abc', null)).toBeNull();
    expect(pushEndpointProblem('http://fcm.googleapis.com/fcm/send/abc', null)).toBe('endpoint must be an https URL');
    expect(pushEndpointProblem('http://127.0.0.1:4567/push/1', null)).toBe('endpoint must be an https URL');
    expect(pushEndpointProblem('http://127.0.0.1:4567/push/1', 'http://127.0.0.1:4567')).toBeNull();
    expect(pushEndpointProblem('http://127.0.0.1:4568/push/1', 'http://127.0.0.1:4567')).toBe('endpoint must be an https URL');
    expect(pushEndpointProblem('https://user:pw@push.example/x', null)).toBe('endpoint must not carry a user name or password');
    expect(pushEndpointProblem('not a url', null)).toBe('endpoint must be a URL');
  });
});

describe('pushPayload', () => {
  it('names who wrote in the operator’s language and links the conversation', () => {
    expect(pushPayload('customer-message', 'uk', 12, 'Ірина', 'Де моє\n замовлення?')).toEqual({
      title: 'Ірина пише',
      body: 'Де моє замовлення?',
      url: '/#/inbox/12',
      tag: 'customer-message:12',
    });
  });

  it('says "a customer" and the conversation number when there is no name or text, and clips long text', () => {
    const plain = pushPayload('assigned', 'en', 7, null, null);
    expect(plain.title).toBe('New conversation for you');
    expect(plain.body).toBe('Conversation #7');
    expect(pushPayload('customer-message', 'ru', 7, null, ' ').title).toBe('Клиент пишет');
    const long = pushPayload('mention', 'en', 7, 'Olga', 'x'.repeat(300));
    expect(long.title).toBe('Olga mentioned you');
    expect(long.body).toHaveLength(120);
    expect(long.body.endsWith('…')).toBe(true);
  });
});

describe('isExpiredAnswer', () => {
  it('is 404 and 410 only', () => {
    expect([200, 201, 400, 404, 410, 429, 500].filter(isExpiredAnswer)).toEqual([404, 410]);
  });
});
