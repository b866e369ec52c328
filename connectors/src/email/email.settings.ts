/**
 * Per-inbox e-mail settings and secrets, read once into typed objects. Values may arrive as
 * strings from an admin form ("587", "true"), so numbers and booleans are coerced.
 */
import { EmailSettingsError } from './email.errors';

/**
 * `ctx.settings` of an e-mail inbox.
 * SMTP (outbound): smtpHost, smtpPort (587, or 465 when smtpSecure), smtpSecure (implicit TLS;
 * false means STARTTLS when offered), fromAddress, fromName, inboxName, signature.
 * IMAP (inbound): imapHost, imapPort (993, or 143 when not imapSecure), imapSecure (default
 * true), folder (INBOX), moveTo (folder for processed mail), markSeen.
 * Both: tlsRejectUnauthorized (default true; false accepts self-signed certificates),
 * subjectTagFormat (overrides the connector's, e.g. "[#{id}]").
 */
export interface EmailInboxSettings {
  smtpHost?: string;
  smtpPort?: number | string;
  smtpSecure?: boolean | string;
  fromAddress?: string;
  fromName?: string;
  inboxName?: string;
  signature?: string;
  imapHost?: string;
  imapPort?: number | string;
  imapSecure?: boolean | string;
  folder?: string;
  moveTo?: string;
  markSeen?: boolean | string;
  tlsRejectUnauthorized?: boolean | string;
  subjectTagFormat?: string;
}

/** `ctx.secrets` of an e-mail inbox. SMTP without smtpUser sends without AUTH (a trusted relay). */
export interface EmailInboxSecrets {
  smtpUser?: string;
  smtpPassword?: string;
  imapUser?: string;
  imapPassword?: string;
}

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  rejectUnauthorized: boolean;
  user?: string;
  password?: string;
  fromAddress: string;
  fromName?: string;
  inboxName?: string;
  signature?: string;
}

export interface ImapSettings {
  host: string;
  port: number;
  secure: boolean;
  rejectUnauthorized: boolean;
  user: string;
  password: string;
  folder: string;
  moveTo?: string;
  markSeen: boolean;
}

type Bag = Record<string, unknown>;

export function readSmtpSettings(settings: Bag, secrets: Bag): SmtpSettings {
  const secure = bool(settings, 'smtpSecure', false);
  const user = optionalString(secrets, 'smtpUser');
  const password = optionalString(secrets, 'smtpPassword');
  if (user && !password) throw new EmailSettingsError('smtpPassword', 'E-mail inbox has smtpUser but no smtpPassword');
  return {
    host: requiredString(settings, 'smtpHost'),
    port: port(settings, 'smtpPort', secure ? 465 : 587),
    secure,
    rejectUnauthorized: bool(settings, 'tlsRejectUnauthorized', true),
    user,
    password,
    fromAddress: address(requiredString(settings, 'fromAddress'), 'fromAddress'),
    fromName: optionalString(settings, 'fromName'),
    inboxName: optionalString(settings, 'inboxName'),
    signature: optionalString(settings, 'signature'),
  };
}

export function readImapSettings(settings: Bag, secrets: Bag): ImapSettings {
  const secure = bool(settings, 'imapSecure', true);
  return {
    host: requiredString(settings, 'imapHost'),
    port: port(settings, 'imapPort', secure ? 993 : 143),
    secure,
    rejectUnauthorized: bool(settings, 'tlsRejectUnauthorized', true),
    user: requiredString(secrets, 'imapUser'),
    password: requiredString(secrets, 'imapPassword'),
    folder: optionalString(settings, 'folder') ?? 'INBOX',
    moveTo: optionalString(settings, 'moveTo'),
    markSeen: bool(settings, 'markSeen', false),
  };
}

function optionalString(bag: Bag, field: string): string | undefined {
  const value = bag[field];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new EmailSettingsError(field, `E-mail setting ${field} must be a string`);
  return value.trim() || undefined;
}

function requiredString(bag: Bag, field: string): string {
  const value = optionalString(bag, field);
  if (value === undefined) throw new EmailSettingsError(field, `E-mail setting ${field} is missing`);
  return value;
}

function bool(bag: Bag, field: string, fallback: boolean): boolean {
  const value = bag[field];
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new EmailSettingsError(field, `E-mail setting ${field} must be true or false`);
}

function port(bag: Bag, field: string, fallback: number): number {
  const value = bag[field];
  if (value === undefined || value === null || value === '') return fallback;
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 65535) {
    throw new EmailSettingsError(field, `E-mail setting ${field} must be a port number`);
  }
  return number;
}

function address(value: string, field: string): string {
  // A line break here would inject headers; anything without one @ is not an address.
  if (!/^[^\s@<>",;]+@[^\s@<>",;]+$/.test(value)) throw new EmailSettingsError(field, `E-mail setting ${field} is not an address`);
  return value;
}

/** Checks everything an inbox needs before it is stored: SMTP always, IMAP when imapHost is set. Throws EmailSettingsError naming the field. */
export function validateEmailSettings(settings: Bag, secrets: Bag): void {
  readSmtpSettings(settings, secrets);
  if (settings.imapHost) readImapSettings(settings, secrets);
}
