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

