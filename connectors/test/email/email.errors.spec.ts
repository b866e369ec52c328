import { describe, expect, it } from 'vitest';
import { EmailSettingsError, emailImapError as imapError, emailSmtpError as smtpError } from '../../src/email';
import { readImapSettings, readSmtpSettings } from '../../src/email/email.settings';
import { ProviderError } from '../../src/types';

/** An error shaped like nodemailer's. */
function smtpFailure(code: string, responseCode?: number, response?: string) {
  return Object.assign(new Error(response ?? code), { code, responseCode, response });
}

describe('smtpError', () => {
  it.each([
    [smtpFailure('EAUTH', 535, '535 5.7.8 Authentication credentials invalid'), 'auth'],
    [smtpFailure('EENVELOPE', 530, '530 5.7.0 Authentication required'), 'auth'],
    [smtpFailure('ENOAUTH'), 'auth'],
    [smtpFailure('EENVELOPE', 450, '450 4.2.0 Mailbox temporarily unavailable'), 'temporary'],
    [smtpFailure('EMESSAGE', 451, '451 4.3.0 Local error in processing'), 'temporary'],
    [smtpFailure('EENVELOPE', 421, '421 4.7.0 Too many connections, try again later'), 'rate-limited'],
    [smtpFailure('EMESSAGE', 450, '450 4.7.28 rate limited, please retry'), 'rate-limited'],
    [smtpFailure('EENVELOPE', 550, '550 5.1.1 User unknown'), 'permanent'],
    [smtpFailure('EMESSAGE', 552, '552 5.3.4 Message size exceeds fixed limit'), 'permanent'],
    [smtpFailure('EPROTOCOL', 503, '503 5.5.1 Bad sequence of commands'), 'temporary'],
    [smtpFailure('ECONNECTION'), 'temporary'],
    [smtpFailure('ETIMEDOUT'), 'temporary'],
    [smtpFailure('EDNS'), 'temporary'],
    [smtpFailure('ETLS'), 'temporary'],
    [smtpFailure('EENVELOPE'), 'permanent'],
    [new Error('something odd'), 'temporary'],
  ])('maps %s to %s', (err, code) => {
    const mapped = smtpError(err);
    expect(mapped).toBeInstanceOf(ProviderError);
    expect(mapped.code).toBe(code);
    expect(mapped.message).toMatch(/^SMTP send failed: /);
  });

  it('passes a ProviderError through', () => {
    const original = new ProviderError('permanent', 'x');
    expect(smtpError(original)).toBe(original);
  });
});

describe('imapError', () => {
  it('maps a refused login, throttling, a missing folder and dropped connections', () => {
    expect(imapError(Object.assign(new Error('Command failed'), { authenticationFailed: true, responseText: 'Authentication failed.' })).code).toBe('auth');
    expect(imapError(Object.assign(new Error('Throttled'), { code: 'ETHROTTLE', throttleReset: 30_000 }))).toMatchObject({ code: 'rate-limited', retryAfterMs: 30_000 });
    expect(imapError(Object.assign(new Error('Command failed'), { serverResponseCode: 'NONEXISTENT', responseText: 'Mailbox doesn\'t exist: Support' }))).toMatchObject({
      code: 'permanent',
      message: "IMAP sync failed: Command failed: Mailbox doesn't exist: Support",
    });
    expect(imapError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), 'connect').code).toBe('temporary');
  });
});

describe('settings', () => {
  it('coerces form values and applies port defaults', () => {
    expect(readSmtpSettings({ smtpHost: 'h', smtpPort: '2525', smtpSecure: 'false', fromAddress: 'a@b.c' }, {})).toMatchObject({ port: 2525, secure: false, rejectUnauthorized: true });
    expect(readSmtpSettings({ smtpHost: 'h', smtpSecure: true, fromAddress: 'a@b.c' }, {}).port).toBe(465);
    expect(readImapSettings({ imapHost: 'h' }, { imapUser: 'u', imapPassword: 'p' })).toMatchObject({ port: 993, secure: true, folder: 'INBOX', markSeen: false });
    expect(readImapSettings({ imapHost: 'h', imapSecure: false, markSeen: 'true', folder: 'Support' }, { imapUser: 'u', imapPassword: 'p' })).toMatchObject({
      port: 143,
      folder: 'Support',
      markSeen: true,
    });
  });

  it('names the missing or malformed field; missing credentials are an auth problem', () => {
    expect(() => readSmtpSettings({ fromAddress: 'a@b.c' }, {})).toThrow(EmailSettingsError);
    expect(() => readSmtpSettings({ smtpHost: 'h', fromAddress: 'a@b.c\r\nBcc: x@y' }, {})).toThrow(/fromAddress is not an address/);
    expect(() => readSmtpSettings({ smtpHost: 'h', fromAddress: 'a@b.c', smtpPort: 'abc' }, {})).toThrow(/smtpPort/);
    expect(() => readImapSettings({ imapHost: 'h' }, { imapUser: 'u' })).toThrow(expect.objectContaining({ field: 'imapPassword', code: 'auth' }));
  });
});
