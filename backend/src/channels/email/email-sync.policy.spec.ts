import { describe, expect, it } from 'vitest';
import { LOGIN_RETRY_MS, syncFingerprint, syncNeedsRestart } from './email-sync.policy';

const inbox = { settings: { imapHost: 'imap.example.com', folder: 'INBOX' }, secretsEncrypted: 'v1.a.b.c' };

describe(syncNeedsRestart.name, () => {
  const started = { fingerprint: syncFingerprint(inbox), startedAt: 1_000 };

  it('leaves a running sync of an unchanged inbox alone', () => {
    expect(syncNeedsRestart(started, inbox, true, 1_000 + LOGIN_RETRY_MS * 10)).toBe(false);
  });

  it('restarts when the settings or the credentials changed', () => {
    expect(syncNeedsRestart(started, { ...inbox, settings: { ...inbox.settings, folder: 'Support' } }, true, 2_000)).toBe(true);
    expect(syncNeedsRestart(started, { ...inbox, secretsEncrypted: 'v1.x.y.z' }, true, 2_000)).toBe(true);
  });

  it('tries a refused login again only after the retry time', () => {
    expect(syncNeedsRestart(started, inbox, false, 1_000 + LOGIN_RETRY_MS - 1)).toBe(false);
    expect(syncNeedsRestart(started, inbox, false, 1_000 + LOGIN_RETRY_MS)).toBe(true);
  });

  it('has nothing to retry for an inbox that only sends', () => {
    const sendOnly = { settings: { fromAddress: 'a@x.test' }, secretsEncrypted: null };
    expect(syncNeedsRestart({ fingerprint: syncFingerprint(sendOnly), startedAt: 0 }, sendOnly, false, LOGIN_RETRY_MS * 2)).toBe(false);
  });
});
