import { describe, expect, it } from 'vitest';
import { TelegramConnector, generateTelegramWebhookSecret } from '../../src/telegram';
import { telegramContext, telegramFixture, webhookRequest } from './fixtures';

const connector = new TelegramConnector();
const ctx = telegramContext();
const withHeader = (value: string | string[] | undefined, name = 'x-telegram-bot-api-secret-token') =>
  webhookRequest(telegramFixture('text'), { [name]: value });

describe('TelegramConnector.verifyInbound', () => {
  it('accepts the secret given to setWebhook', () => {
    expect(connector.verifyInbound(withHeader('wh-secret_123'), ctx)).toBe(true);
  });

  it('finds the header whatever its case', () => {
    expect(connector.verifyInbound(withHeader('wh-secret_123', 'X-Telegram-Bot-Api-Secret-Token'), ctx)).toBe(true);
  });

  it.each([
    ['a wrong secret', 'wh-secret_124'],
    ['a prefix of the secret', 'wh-secret'],
    ['a longer secret', 'wh-secret_1234'],
    ['an empty header', ''],
    ['no header', undefined],
    ['a repeated header', ['wh-secret_123', 'wh-secret_123']],
  ])('rejects %s', (_, value) => {
    expect(connector.verifyInbound(withHeader(value), ctx)).toBe(false);
  });

  it('fails closed when the inbox has no webhook secret', () => {
    const noSecret = telegramContext({ secrets: { botToken: 'x' } });
    expect(connector.verifyInbound(withHeader(''), noSecret)).toBe(false);
    expect(connector.verifyInbound(withHeader('undefined'), noSecret)).toBe(false);
  });
});

describe(generateTelegramWebhookSecret.name, () => {
  it('makes distinct secrets in the alphabet setWebhook allows', () => {
    const a = generateTelegramWebhookSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32,256}$/);
    expect(generateTelegramWebhookSecret()).not.toBe(a);
  });
});
