import { describe, expect, it } from 'vitest';
import { connectionProblem, splitEmailInput, storedEmailInput } from './email-inbox.policy';

describe(splitEmailInput.name, () => {
  it('keeps users and passwords apart from the settings admins see', () => {
    const { settings, secrets } = splitEmailInput(
      { fromAddress: ' Support@Example.com ', smtpHost: 'smtp.example.com', smtpUser: 'u', smtpPassword: 'p', imapHost: 'imap.example.com', imapPassword: 'q', markSeen: true },
      'Support',
    );
    expect(settings).toEqual({ inboxName: 'Support', fromAddress: 'support@example.com', smtpHost: 'smtp.example.com', imapHost: 'imap.example.com', markSeen: true });
    expect(secrets).toEqual({ smtpUser: 'u', smtpPassword: 'p', imapPassword: 'q' });
  });
});

describe(storedEmailInput.name, () => {
  it('turns a stored inbox back into the form a PATCH is applied to; null then clears a field', () => {
    const form = storedEmailInput({ inboxName: 'Support', fromAddress: 'a@x.test', moveTo: 'Done' }, { imapPassword: 'q' });
    expect(form).toEqual({ fromAddress: 'a@x.test', moveTo: 'Done', imapPassword: 'q' });
    expect(splitEmailInput({ ...form, moveTo: null }, 'Support')).toEqual({ settings: { inboxName: 'Support', fromAddress: 'a@x.test' }, secrets: { imapPassword: 'q' } });
  });
});

describe(connectionProblem.name, () => {
  const ok = { ok: true } as const;

  it('is null when both servers answered, and ignores IMAP for an inbox that only sends', () => {
    expect(connectionProblem({ smtp: ok, imap: ok }, true)).toBeNull();
    expect(connectionProblem({ smtp: ok, imap: { ok: false, error: 'IMAP is not configured', code: 'permanent' } }, false)).toBeNull();
  });

  it('names the password when a login is refused, the host or folder otherwise', () => {
    expect(connectionProblem({ smtp: { ok: false, error: '535 Authentication failed', code: 'auth' }, imap: ok }, true)).toBe(
      'email.smtpPassword: the SMTP server refused the login (535 Authentication failed)',
    );
    expect(connectionProblem({ smtp: ok, imap: { ok: false, error: 'Mailbox does not exist', code: 'permanent' } }, true)).toMatch(/^email\.folder: /);
    expect(connectionProblem({ smtp: ok, imap: { ok: false, error: 'IMAP folder Done (moveTo) does not exist', code: 'permanent' } }, true)).toMatch(/^email\.moveTo: /);
    expect(
      connectionProblem({ smtp: { ok: false, error: 'connect ECONNREFUSED', code: 'temporary' }, imap: { ok: false, error: 'bad password', code: 'auth' } }, true),
    ).toBe('email.smtpHost: the SMTP server could not be used (connect ECONNREFUSED); email.imapPassword: the IMAP server refused the login (bad password)');
  });
});
