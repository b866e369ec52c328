/**
 * OutboundMessage → the mail nodemailer sends. Pure: attachments come in already read, and the
 * Message-ID is generated here (or reused), so the backend knows it before anything is sent.
 * https://nodemailer.com/message/
 */
import { randomUUID } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import { ProviderError, type OutboundMessage } from '../types';
import { textToHtml } from './email-html';
import type { SmtpSettings } from './email.settings';
import { DEFAULT_SUBJECT_TAG_FORMAT, normalizeMessageId, replyHeaders, replySubject, withSubjectTag } from './email-threading';

/** The e-mail specific part of an outbound message (`msg.email`). */
export interface EmailOutboundOptions {
  /** The conversation's subject; "Re: " and the tag are added. */
  subject?: string;
  /** Message-IDs of the thread so far, oldest first: every stored message's externalId, both directions. */
  references?: string[];
  /** The conversation id for the subject tag (see subjectTagFormat). */
  conversationTag?: string | number;
  /** Written by a bot or an automation, not an operator: marked Auto-Submitted (RFC 3834). */
  automatic?: boolean;
  /** Reuse a Message-ID from generateMessageId, so a retried send keeps its id. */
  messageId?: string;
  cc?: string[];
}

export interface EmailOutboundMessage extends OutboundMessage {
  email?: EmailOutboundOptions;
}

export interface ReadAttachment {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

export interface ComposeOptions {
  subjectTagFormat?: string;
}

export interface ComposedEmail {
  /** Without angle brackets: the externalId of the sent message. */
  messageId: string;
  mail: SendMailOptions;
}

/** A fresh Message-ID (without brackets) in the domain of the inbox's address. */
export function generateMessageId(fromAddress: string): string {
  const domain = fromAddress.split('@')[1] || 'localhost';
  return `${randomUUID()}@${domain}`;
}

/** "Kate via Acme Support": the customer sees who answered and on whose behalf. */
export function fromDisplayName(settings: Pick<SmtpSettings, 'fromName' | 'inboxName'>, operator?: string): string | undefined {
  const brand = settings.fromName ?? settings.inboxName;
  const person = operator?.trim();
  if (person && brand) return `${person} via ${brand}`;
  return person || brand;
}

export function composeEmail(
  msg: EmailOutboundMessage,
  smtp: SmtpSettings,
  attachments: readonly ReadAttachment[],
  options: ComposeOptions = {},
): ComposedEmail {
  const email = msg.email ?? {};
  const to = recipient(msg.recipientExternalId);
  const text = (msg.text ?? '').replace(/\r\n?/g, '\n').trimEnd();
  if (!text && !attachments.length) throw new ProviderError('permanent', 'An e-mail needs text or an attachment');

  const format = options.subjectTagFormat ?? DEFAULT_SUBJECT_TAG_FORMAT;
  const threading = replyHeaders(email.references ?? [], msg.replyToExternalId);
  const isReply = threading.references.length > 0;
  const subject = isReply
    ? replySubject(email.subject, email.conversationTag, format)
    : withSubjectTag(email.subject?.trim() || '(no subject)', email.conversationTag, format);
  const messageId = normalizeMessageId(email.messageId) ?? generateMessageId(smtp.fromAddress);
  const signature = smtp.signature?.replace(/\r\n?/g, '\n').trim();

  const mail: SendMailOptions = {
    from: { name: fromDisplayName(smtp, msg.senderName) ?? '', address: smtp.fromAddress },
    to,
    cc: email.cc?.map(recipient),
    subject,
    messageId: `<${messageId}>`,
    text: signature ? `${text}\n\n-- \n${signature}\n` : `${text}\n`,
    html: htmlBody(text, signature),
    attachments: attachments.map((a) => ({ filename: a.fileName, contentType: a.mimeType, content: a.content })),
    // Auto-Response-Suppress asks Exchange not to answer automatic mail with its own auto-replies.
    headers: email.automatic ? { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' } : undefined,
  };
  if (isReply) {
    mail.inReplyTo = `<${threading.inReplyTo}>`;
    mail.references = threading.references.map((id) => `<${id}>`);
  }
  return { messageId, mail };
}

/** The operator's text as HTML: escaped, line breaks kept; the signature in its own block. */
function htmlBody(text: string, signature: string | undefined): string {
  const body = `<div dir="auto">${textToHtml(text)}</div>`;
  if (!signature) return body;
  return `${body}\n<br>\n<div class="signature" style="color:#666">-- <br>\n${textToHtml(signature)}</div>`;
}

function recipient(value: string): string {
  const address = value.trim();
  if (!/^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/.test(address)) {
    throw new ProviderError('permanent', `Not an e-mail address: ${JSON.stringify(address.slice(0, 100))}`);
  }
  return address;
}
