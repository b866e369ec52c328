// Names are Telegram-prefixed: connectors/src/index.ts re-exports every adapter side by side.
export {
  TELEGRAM_ALLOWED_UPDATES,
  TELEGRAM_API_ROOT,
  TELEGRAM_SECRET_HEADER,
  TelegramConnector,
  generateTelegramWebhookSecret,
  isTelegramPollingMode,
  type TelegramConnectorOptions,
  type TelegramInboxSettings,
} from './telegram.connector';
export type { TelegramDownloadedFile } from './telegram.download';
export { TelegramFileTooLargeError, TelegramPayloadError } from './telegram.errors';
export type { PollingStage as TelegramPollingStage } from './telegram.poller';
export { MAX_CALLBACK_DATA_BYTES as TELEGRAM_MAX_CALLBACK_DATA_BYTES } from './telegram-send.plan';
export { readTelegramUpdate, type TgUpdate as TelegramUpdate } from './telegram-update.guard';
export {
  callbackExternalId as telegramCallbackExternalId,
  messageExternalId as telegramMessageExternalId,
  parseTelegramUpdate,
} from './telegram-update.parser';
