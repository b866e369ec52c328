import { createHash } from 'node:crypto';

/**
 * A sync ends by itself only when the server refused the login. It is tried
 * again this long after it started (the password may have been fixed on the
 * server, or the refusal was the server's hiccup), not sooner: servers lock
 * accounts that fail too often.
 */
export const LOGIN_RETRY_MS = 5 * 60_000;

/** What a running sync was started with: the inbox's settings and (encrypted) credentials. */
export function syncFingerprint(inbox: { settings: Record<string, unknown>; secretsEncrypted: string | null }): string {
  return createHash('sha256').update(JSON.stringify([inbox.settings, inbox.secretsEncrypted])).digest('hex');
}

/** Whether a sync this process runs must start again: its inbox changed (a PATCH in any process), or its login was refused a while ago. */
export function syncNeedsRestart(
  started: { fingerprint: string; startedAt: number },
  inbox: { settings: Record<string, unknown>; secretsEncrypted: string | null },
  stillSyncing: boolean,
  now: number,
): boolean {
  if (started.fingerprint !== syncFingerprint(inbox)) return true;
  return Boolean(inbox.settings.imapHost) && !stillSyncing && now - started.startedAt >= LOGIN_RETRY_MS;
}
