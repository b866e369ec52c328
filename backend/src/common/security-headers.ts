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

/**
 * The policy for the pages the server writes itself (/demo, the rating
 * page): the inbox's, with the public address's origin allowed for scripts
 * and connections too, as /demo loads the widget from PUBLIC_URL, which a
 * proxy may serve under another host than the page's.
 */
export function serverPageCsp(publicUrl: string): string {
  const origin = new URL(publicUrl).origin;
  const socket = origin.replace(/^http/, 'ws');
  return INBOX_CSP.replace("script-src 'self'", `script-src 'self' ${origin}`).replace("connect-src 'self'", `connect-src 'self' ${origin} ${socket}`).replace(
    "img-src 'self' data: blob:",
    `img-src 'self' ${origin} data: blob:`,
  ).replace("media-src 'self' blob:", `media-src 'self' ${origin} blob:`);
}

/**
 * A policy that also lets images and media come from `fileOrigin`: with
 * S3_PRESIGNED_DOWNLOADS a file's URL redirects to the bucket, and the
 * browser checks the redirect's target against img-src and media-src.
 */
export function allowingFilesFrom(csp: string, fileOrigin: string | null): string {
  return fileOrigin ? csp.replace(/(img-src|media-src) ([^;]*)/g, `$1 $2 ${fileOrigin}`) : csp;
}

/** For the built frontend's files (serve-static `setHeaders`): the policy on its pages; `fileOrigin()` as FileStorage.downloadOrigin. */
export function inboxPageHeaders(fileOrigin: () => string | null): (res: Response, path: string) => void {
  return (res, path) => {
    if (!path.endsWith('.html')) return;
    res.setHeader('Content-Security-Policy', allowingFilesFrom(INBOX_CSP, fileOrigin()));
    res.setHeader('X-Frame-Options', 'DENY');
  };
}

/**
 * For the interactive API description (/api/docs and the files under it):
 * Swagger UI loads its scripts from there and runs nothing inline, so the
 * inbox policy fits it as it is.
 */
export function inboxPolicy(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', INBOX_CSP);
  next();
}

/** On every answer: browsers never guess a type, and no address leaks to other sites. */
export const BASE_SECURITY_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' } as const;

export function baseSecurityHeaders(_req: Request, res: Response, next: NextFunction): void {
  for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) res.setHeader(name, value);
  next();
}
