import type { InboundAttachment } from '@inbox/connectors';

/** Job names of the Telegram channel and their de-duplication ids, built only here. */
export const TELEGRAM_JOBS = {
  /** Download a message's files from the Bot API into our storage. */
  fetchMedia: 'telegram.fetch-media',
  /** answerCallbackQuery: stops the spinner on the button the customer pressed. */
  answerCallback: 'telegram.answer-callback',
  /** sendChatAction 'typing' while an operator types. */
  typing: 'telegram.typing',
} as const;

/** Tries per job (the queue doubles the backoff each time). */
export const TELEGRAM_JOB_OPTIONS = {
  fetchMedia: { attempts: 5, backoffMs: 2000 },
  answerCallback: { attempts: 3, backoffMs: 500 },
} as const;

export const telegramJobIds = {
  fetchMedia: (messageId: number) => `tg-media:${messageId}`,
  answerCallback: (messageId: number) => `tg-callback:${messageId}`,
  typing: (conversationId: number) => `tg-typing:${conversationId}`,
};

/**
 * A file that arrived with a message, kept in the message's payload (`files`)
 * until the media job has it in our storage: the row, not the job, says what
 * is still to fetch, so a lost job can be rebuilt.
 */
export interface TelegramFileRef extends InboundAttachment {
  status: 'pending' | 'stored' | 'failed';
  attachmentId?: number;
  error?: string;
}

/** The files of a message's payload, or [] when it has none (or the payload is not ours). */
export function filesOf(payload: Record<string, unknown> | null): TelegramFileRef[] {
  const files = payload?.files;
  return Array.isArray(files) ? (files as TelegramFileRef[]) : [];
}
