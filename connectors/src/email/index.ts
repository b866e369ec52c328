// Names are Email-prefixed or e-mail specific: connectors/src/index.ts re-exports every adapter side by side.
export {
  EmailConnector,
  type EmailCheck,
  type EmailConnectionTest,
  type EmailConnectorOptions,
  type EmailStartOptions,
} from './email.connector';
export {
  composeEmail,
  fromDisplayName as emailFromDisplayName,
  generateMessageId as generateEmailMessageId,
  type EmailOutboundMessage,
  type EmailOutboundOptions,
} from './email-compose';
export {
  bouncedMessage as emailBouncedMessage,
  classifyEmail,
  explainClassification as explainEmailClassification,
  type EmailClassification,
} from './email-classify';
export { EmailPayloadError, EmailSettingsError, imapError as emailImapError, smtpError as emailSmtpError } from './email.errors';
export { rewriteCidLinks as rewriteEmailCidLinks, sanitizeEmailHtml } from './email-html';
export {
  parseRawEmail,
  toInboundEvent as emailToInboundEvent,
  toInboundEvents as emailToInboundEvents,
  type EmailAddress,
  type EmailAttachment,
  type EmailEventPayload,
  type EmailInboundAttachment,
  type EmailInboundMessageEvent,
  type ParsedEmail,
} from './email-parse';
export { splitQuotedText as splitEmailQuotedText, type FoldedText as EmailFoldedText } from './email-quotes';
export { validateEmailSettings, type EmailInboxSecrets, type EmailInboxSettings } from './email.settings';
export {
  DEFAULT_SUBJECT_TAG_FORMAT as EMAIL_DEFAULT_SUBJECT_TAG_FORMAT,
  formatSubjectTag as formatEmailSubjectTag,
  normalizeMessageId as normalizeEmailMessageId,
  normalizeSubject as normalizeEmailSubject,
  parseSubjectTag as parseEmailSubjectTag,
  replySubject as emailReplySubject,
  threadKeys as emailThreadKeys,
} from './email-threading';
export type { EmailSyncState, ImapSyncStage as EmailSyncStage } from './imap-sync';
