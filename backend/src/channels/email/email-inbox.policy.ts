import type { EmailCheck, EmailConnectionTest } from '@inbox/connectors';
import type { EmailInboxDto } from './email-inbox.dto';

const SECRET_FIELDS = ['smtpUser', 'smtpPassword', 'imapUser', 'imapPassword'] as const;

/** The admin's form → what the inbox row keeps in the clear (settings) and encrypted (secrets); null and undefined fields are left out. */
export function splitEmailInput(input: EmailInboxDto | Record<string, unknown>, inboxName: string): { settings: Record<string, unknown>; secrets: Record<string, string> } {
  const settings: Record<string, unknown> = { inboxName };
  const secrets: Record<string, string> = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    if ((SECRET_FIELDS as readonly string[]).includes(field)) secrets[field] = String(value);
    else settings[field] = value;
  }
  if (typeof input.fromAddress === 'string') settings.fromAddress = input.fromAddress.trim().toLowerCase();
  return { settings, secrets };
}

/**
 * What the servers said about the inbox's settings, as one 400 message naming
 * the field to fix (the password when a login was refused), or null when both
 * answered. IMAP counts only when the inbox receives mail.
 */
export function connectionProblem(test: EmailConnectionTest, receives: boolean): string | null {
  const problems = [describe('smtp', test.smtp), receives ? describe('imap', test.imap) : null].filter((p): p is string => p !== null);
  return problems.length ? problems.join('; ') : null;
}

function describe(protocol: 'smtp' | 'imap', check: EmailCheck): string | null {
  if (check.ok) return null;
  const field =
    check.code === 'auth'
      ? `${protocol}Password`
      : protocol === 'imap' && /moveTo/.test(check.error)
        ? 'moveTo'
        : protocol === 'imap' && /mailbox|folder/i.test(check.error)
          ? 'folder'
          : `${protocol}Host`;
  const verb = check.code === 'auth' ? 'refused the login' : 'could not be used';
  return `email.${field}: the ${protocol.toUpperCase()} server ${verb} (${check.error})`;
}

/** What a PATCH is applied to: the stored settings and secrets as one form (the name is the inbox's own). */
export function storedEmailInput(settings: Record<string, unknown>, secrets: Record<string, string>): Record<string, unknown> {
  const { inboxName: _name, ...rest } = settings;
  return { ...rest, ...secrets };
}
