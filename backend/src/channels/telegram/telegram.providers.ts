import type { Provider } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { TelegramConnector } from '@inbox/connectors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { TelegramActionsJob } from './telegram-actions.job';
import { TelegramDelivery } from './telegram.delivery';
import { TelegramInbound } from './telegram-inbound.service';
import { TelegramInboxSetup } from './telegram-inbox.setup';
import { TelegramInboxes } from './telegram-inboxes';
import { TelegramMediaJob } from './telegram-media.job';
import { TelegramPolling } from './telegram-polling.service';

/** The one Bot API client of the process (it also owns the polling loops), aimed at TELEGRAM_API_ROOT. */
const connectorProvider: Provider = {
  provide: TelegramConnector,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => {
    const logger = new Logger('Telegram');
    return new TelegramConnector({
      apiRoot: config.telegram.apiRoot,
      onPollingError: (inboxId, error, stage) =>
        logger.warn(`Inbox ${inboxId}: polling (${stage}) failed: ${error instanceof Error ? error.message : String(error)}`),
    });
  },
};

/** The Telegram channel's parts, provided by ChannelsModule (they use InboundService and InboxesService uses them). */
export const TELEGRAM_PROVIDERS: Provider[] = [
  connectorProvider,
  TelegramInboxes,
  TelegramInbound,
  TelegramInboxSetup,
  TelegramPolling,
  TelegramDelivery,
  TelegramMediaJob,
  TelegramActionsJob,
];
