import { ProviderError } from '../types';

/** parseInbound was handed something that is not a parsed e-mail (see parseRawEmail). */
export class EmailPayloadError extends Error {
  constructor(message: string) {
    super(`Not an e-mail: ${message}`);
    this.name = 'EmailPayloadError';
  }
}

/** A required inbox setting or secret is missing or malformed: the admin has to fix the inbox. */
export class EmailSettingsError extends ProviderError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(field.endsWith('Password') || field.endsWith('User') ? 'auth' : 'permanent', message);
    this.name = 'EmailSettingsError';
  }
}

/** What nodemailer puts on its errors (read by duck typing). */
interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
}

const CONNECTION_CODES = new Set([
  'ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPROXY', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND',
  'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH',
]);
const AUTH_CODES = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2']);
/** Wording servers use for throttling (Gmail 4.7.28, Microsoft 4.7.500, Postfix rate limits). */
const RATE_LIMIT = /rate.?limit|too many (messages|mails|emails|connections|recipients)|throttl|try again later/i;

/**
 * Maps anything nodemailer threw to the one provider error the delivery pipeline understands.
 * SMTP replies (RFC 5321 §4.2.1): 4yz is transient → temporary (or rate-limited when the
 * server says so); 5yz is permanent, except 503 (bad command sequence: a new session may
 * succeed). 530/534/535 and nodemailer's EAUTH → auth: the inbox's credentials are wrong.
 * Connection, DNS, TLS and timeout failures → temporary.
 */
export function smtpError(err: unknown, operation = 'send'): ProviderError {
  if (err instanceof ProviderError) return err;
  const failure = (typeof err === 'object' && err !== null ? err : {}) as SmtpFailure;
  const reason = failure.message ?? String(err);
  const message = `SMTP ${operation} failed: ${reason}`;
  const status = failure.responseCode;
  if ((failure.code && AUTH_CODES.has(failure.code)) || status === 530 || status === 534 || status === 535) {
    return new ProviderError('auth', message);
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new ProviderError(RATE_LIMIT.test(`${failure.response ?? ''} ${reason}`) ? 'rate-limited' : 'temporary', message);
  }
  if (typeof status === 'number' && status >= 500) return new ProviderError(status === 503 ? 'temporary' : 'permanent', message);
  if (failure.code && CONNECTION_CODES.has(failure.code)) return new ProviderError('temporary', message);
  // A message nodemailer refuses to build or an envelope without recipients never heals.
  if (failure.code === 'EENVELOPE' || failure.code === 'EMESSAGE' || failure.code === 'ECONFIG') {
    return new ProviderError('permanent', message);
  }
  return new ProviderError('temporary', message);
}

/** What imapflow puts on its errors. */
interface ImapFailure {
  authenticationFailed?: boolean;
  mailboxMissing?: boolean;
  code?: string;
  serverResponseCode?: string;
  responseText?: string;
  throttleReset?: number;
  message?: string;
}

/**
 * Maps an imapflow error: a refused login → auth; server throttling (ETHROTTLE) → rate-limited;
 * a missing folder → permanent (the admin has to fix the setting); everything else (dropped
 * connections, timeouts, BYE) → temporary.
 */
export function imapError(err: unknown, operation = 'sync'): ProviderError {
  if (err instanceof ProviderError) return err;
  const failure = (typeof err === 'object' && err !== null ? err : {}) as ImapFailure;
  const detail = [failure.message ?? String(err), failure.responseText].filter(Boolean).join(': ');
  const message = `IMAP ${operation} failed: ${detail}`;
  const code = failure.serverResponseCode?.toUpperCase();
  if (failure.authenticationFailed || code === 'AUTHENTICATIONFAILED' || code === 'AUTHORIZATIONFAILED') {
    return new ProviderError('auth', message);
  }
  if (failure.code === 'ETHROTTLE') return new ProviderError('rate-limited', message, failure.throttleReset);
  if (failure.mailboxMissing || failure.code === 'NotFound' || code === 'NONEXISTENT' || code === 'TRYCREATE') {
    return new ProviderError('permanent', message);
  }
  return new ProviderError('temporary', message);
}
