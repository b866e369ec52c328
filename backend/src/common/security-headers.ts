import type { NextFunction, Request, Response } from 'express';

/**
 * The inbox page's Content-Security-Policy: scripts only from our own
 * files (no inline script, no eval), so a payload that slipped into the
 * page could not run. Inline styles stay allowed: Vue's style bindings and
 * the sandboxed frame showing a received e-mail's HTML (which inherits this
 * policy) need them, and a style cannot run code. `connect-src 'self'`
 * covers the socket on the same host.
 */
export const INBOX_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** For the built frontend's files (serve-static `setHeaders`): the policy on its pages. */
export function setInboxPageHeaders(res: Response, path: string): void {
  if (!path.endsWith('.html')) return;
  res.setHeader('Content-Security-Policy', INBOX_CSP);
  res.setHeader('X-Frame-Options', 'DENY');
}

/** On every answer: browsers never guess a type, and no address leaks to other sites. */
export function baseSecurityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  next();
}
