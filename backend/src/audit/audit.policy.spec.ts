import { describe, expect, it } from 'vitest';
import { redact, REDACTED } from './audit.policy';

describe('audit redaction', () => {
  it('keeps ordinary fields and replaces passwords, tokens and secrets at any depth', () => {
    expect(
      redact({ name: 'Olga', password: 'p4ss', teamIds: [1, 2], telegram: { botToken: '123:abc' }, email: { imapPassword: 'x', smtpHost: 'mail' } }),
    ).toEqual({ name: 'Olga', password: REDACTED, teamIds: [1, 2], telegram: { botToken: REDACTED }, email: { imapPassword: REDACTED, smtpHost: 'mail' } });
  });

  it('shortens long strings so one request cannot bloat the log', () => {
    expect((redact({ greeting: 'x'.repeat(5000) }) as { greeting: string }).greeting).toHaveLength(500);
  });
});
