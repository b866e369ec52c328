import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConnectorContext, OutboundMessage, RawInbound } from '../../src/types';

const FIXTURES = join(__dirname, '..', 'fixtures', 'telegram');

/** A Bot API update from test/fixtures/telegram/<name>.json. */
export function telegramFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Record<string, unknown>;
}

/** A webhook request as the backend's HTTP layer would hand it over. */
export function webhookRequest(body: unknown, headers: RawInbound['headers'] = {}): RawInbound {
  return { headers: { 'content-type': 'application/json', ...headers }, query: {}, body };
}

export const TOKEN = '123456789:AAF-test-token_for_the_fake';
export const CHAT_ID = '111222333';

export function telegramContext(overrides: Partial<ConnectorContext> = {}): ConnectorContext {
  return { inboxId: 7, settings: {}, secrets: { botToken: TOKEN, webhookSecret: 'wh-secret_123' }, ...overrides };
}

export function outboundMessage(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  return { id: 1, recipientExternalId: CHAT_ID, attachments: [], ...overrides };
}

export function attachment(fileName: string, mimeType: string, bytes: Buffer) {
  return { fileName, mimeType, read: async () => bytes };
}
