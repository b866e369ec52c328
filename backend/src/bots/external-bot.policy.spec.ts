import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashBotToken, hostAllowed, newBotToken, signWebhook, verifyWebhook } from './external-bot.policy';

describe(signWebhook.name, () => {
  it('is the hex HMAC-SHA256 of "<timestamp>.<raw body>" with the bot secret', () => {
    const body = '{"event":"message"}';
    const expected = createHmac('sha256', 's3cret').update(`1700000000.${body}`).digest('hex');
    expect(signWebhook('s3cret', 1700000000, body)).toBe(`sha256=${expected}`);
  });

  it('verifies a fresh request and refuses a changed body, another secret or an old timestamp', () => {
    const body = '{"a":1}';
    const signature = signWebhook('key', 1000, body);
    expect(verifyWebhook('key', { signature, timestamp: '1000' }, body, 1100)).toBe(true);
    expect(verifyWebhook('key', { signature, timestamp: '1000' }, '{"a":2}', 1100)).toBe(false);
    expect(verifyWebhook('other', { signature, timestamp: '1000' }, body, 1100)).toBe(false);
    expect(verifyWebhook('key', { signature, timestamp: '1000' }, body, 1000 + 301)).toBe(false);
    expect(verifyWebhook('key', { signature, timestamp: '1001' }, body, 1100)).toBe(false);
  });
});

describe('bot tokens', () => {
  it('are random and stored only as their hash', () => {
    const a = newBotToken();
    const b = newBotToken();
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashBotToken(a.token));
    expect(a.hash).not.toContain(a.token);
  });
});

describe(hostAllowed.name, () => {
  it('allows only listed hosts, with the port when the list names one', () => {
    expect(hostAllowed('https://api.example.com/orders?id=1', ['api.example.com'])).toBe(true);
    expect(hostAllowed('https://API.example.com/x', ['api.example.com'])).toBe(true);
    expect(hostAllowed('https://evil.example.com/x', ['api.example.com'])).toBe(false);
    expect(hostAllowed('https://api.example.com.evil.net/x', ['api.example.com'])).toBe(false);
    expect(hostAllowed('http://127.0.0.1:8080/x', ['127.0.0.1:8080'])).toBe(true);
    expect(hostAllowed('http://127.0.0.1:9090/x', ['127.0.0.1:8080'])).toBe(false);
    expect(hostAllowed('https://api.example.com/x', ['api.example.com:443'])).toBe(true);
    expect(hostAllowed('file:///etc/passwd', ['api.example.com'])).toBe(false);
    expect(hostAllowed('not a url', ['api.example.com'])).toBe(false);
  });
});
