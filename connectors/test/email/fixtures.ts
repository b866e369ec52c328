import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseRawEmail, type ParsedEmail } from '../../src/email';
import type { ConnectorContext, OutboundAttachment } from '../../src/types';
import type { EmailOutboundMessage } from '../../src/email';

const FIXTURES = join(__dirname, '..', 'fixtures', 'email');

/** The raw bytes of test/fixtures/email/<name>.eml. */
export function emailFixture(name: string): Buffer {
  return readFileSync(join(FIXTURES, `${name}.eml`));
}

export function emailFixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.eml'))
    .map((file) => file.slice(0, -4))
    .sort();
}

export function parseFixture(name: string): Promise<ParsedEmail> {
  return parseRawEmail(emailFixture(name));
}

/** CRLF line ends, as IMAP APPEND and SMTP want them. */
export function crlf(raw: Buffer | string): Buffer {
  return Buffer.from(raw.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
}

export const SUPPORT = 'support@example.test';

export function emailContext(overrides: { inboxId?: number; settings?: Record<string, unknown>; secrets?: Record<string, string> } = {}): ConnectorContext {
  return {
    inboxId: overrides.inboxId ?? 3,
    settings: { smtpHost: '127.0.0.1', smtpPort: 2525, smtpSecure: false, fromAddress: SUPPORT, fromName: 'Acme Support', ...overrides.settings },
    secrets: { smtpUser: 'smtp-user', smtpPassword: 'smtp-pass', ...overrides.secrets },
  };
}

export function outboundEmail(overrides: Partial<EmailOutboundMessage> = {}): EmailOutboundMessage {
  return { id: 1, recipientExternalId: 'john.smith@example.org', attachments: [], text: 'Hello John', ...overrides };
}

export function attachment(fileName: string, mimeType: string, bytes: Buffer): OutboundAttachment {
  return { fileName, mimeType, read: async () => bytes };
}
