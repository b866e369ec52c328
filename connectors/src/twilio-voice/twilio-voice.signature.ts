import twilio from 'twilio';

export const TWILIO_SIGNATURE_HEADER = 'x-twilio-signature';

/**
 * Checks X-Twilio-Signature with twilio's own validateRequest
 * (https://www.twilio.com/docs/usage/security#validating-requests): an
 * HMAC of the full URL Twilio called and the sorted form fields, keyed
 * with the account's auth token. A missing header is a bad signature.
 */
export function verifyTwilioSignature(authToken: string, signature: string | string[] | undefined, url: string, params: unknown): boolean {
  if (typeof signature !== 'string' || signature === '' || !authToken) return false;
  const fields = typeof params === 'object' && params !== null && !Array.isArray(params) ? (params as Record<string, unknown>) : {};
  return twilio.validateRequest(authToken, signature, url, fields);
}

/**
 * The URL Twilio called, as it signed it: behind a proxy the request this
 * process sees has another scheme, host and port, so the public address
 * (PUBLIC_URL) is put in front of the path and query as received.
 */
export function publicRequestUrl(publicUrl: string, originalUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${originalUrl.startsWith('/') ? originalUrl : `/${originalUrl}`}`;
}
