import { randomUUID } from 'node:crypto';
import type { ImapFlow } from 'imapflow';
import { adminClient, IMAP_PASSWORD, IMAP_USER, startDovecot, type Dovecot } from '../../../connectors/test/email/dovecot';
import { crlf, emailFixture } from '../../../connectors/test/email/fixtures';
import { SmtpSink } from '../../../connectors/test/email/smtp-sink';
import type { TestApp } from './test-app';

export { IMAP_USER, emailFixture, SmtpSink };

/** The real peers of the e-mail suites: a private Dovecot (IMAP in) and smtp-server (SMTP out). */
export interface MailPeers {
  dovecot: Dovecot;
  /** A logged-in IMAP client to put the customers' mail into folders. */
  imap: ImapFlow;
  smtp: SmtpSink;
  close(): Promise<void>;
}

export async function startMailPeers(): Promise<MailPeers> {
  const dovecot = await startDovecot();
  const imap = await adminClient(dovecot.port);
  const smtp = await SmtpSink.start();
  return {
    dovecot,
    imap,
    smtp,
    async close() {
      await imap.logout().catch(() => undefined);
      await smtp.close();
      await dovecot.stop();
    },
  };
}

/** The `email` part of POST /api/inboxes for the support@example.test mailbox on these peers. */
export function mailboxSettings(peers: MailPeers, overrides: Record<string, unknown> = {}) {
  return {
    fromAddress: IMAP_USER,
    fromName: 'Acme Support',
    signature: 'Acme Support team\nhttps://acme.example',
    smtpHost: '127.0.0.1',
    smtpPort: peers.smtp.port,
    smtpSecure: false,
    smtpUser: 'smtp-user',
    smtpPassword: 'smtp-pass',
    imapHost: '127.0.0.1',
    imapPort: peers.dovecot.port,
    imapSecure: false,
    imapUser: IMAP_USER,
    imapPassword: 'secret',
    ...overrides,
  };
}

export async function createEmailInbox(t: TestApp, adminToken: string, peers: MailPeers, overrides: Record<string, unknown> = {}, name = 'Support mail') {
  const res = await t.api('/api/inboxes', { token: adminToken, body: { type: 'email', name, email: mailboxSettings(peers, overrides) } });
  if (res.status !== 201) throw new Error(`creating the e-mail inbox: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.inbox as { id: number; settings: Record<string, unknown> };
}

export interface CustomerMail {
  from?: string;
  subject: string;
  text: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  /** Extra header lines, e.g. "Auto-Submitted: auto-replied". */
  headers?: string[];
}

/** A customer's mail as their client would write it; returns the raw text and its Message-ID (without brackets). */
export function customerMail(mail: CustomerMail): { raw: string; messageId: string } {
  const messageId = mail.messageId ?? `${randomUUID()}@mail.example.org`;
  const lines = [
    `From: ${mail.from ?? 'Anna Kowalski <anna.kowalski@example.org>'}`,
    `To: Acme Support <${IMAP_USER}>`,
    `Subject: ${mail.subject}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <${messageId}>`,
    ...(mail.inReplyTo ? [`In-Reply-To: <${mail.inReplyTo}>`] : []),
    ...(mail.references?.length ? [`References: ${mail.references.map((r) => `<${r}>`).join(' ')}`] : []),
    ...(mail.headers ?? []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    mail.text,
    '',
  ];
  return { raw: lines.join('\r\n'), messageId };
}

/** Puts a mail into the mailbox, as the customer's provider would deliver it. */
/** STATUS of a folder; imapflow answers false instead of throwing when the server refuses. */
export async function folderStatus(peers: MailPeers, folder: string, query: { messages?: boolean; unseen?: boolean; uidNext?: boolean; uidValidity?: boolean }) {
  const status = await peers.imap.status(folder, query);
  if (!status) throw new Error(`IMAP STATUS of ${folder} was refused`);
  return status;
}

export async function deliver(peers: MailPeers, raw: string | Buffer, folder = 'INBOX'): Promise<void> {
  await peers.imap.append(folder, crlf(raw));
}

export { IMAP_PASSWORD };
