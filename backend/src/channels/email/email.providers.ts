import { Logger, type Provider } from '@nestjs/common';
import { EmailConnector } from '@inbox/connectors';
import { EmailController } from './email.controller';
import { EmailDelivery } from './email.delivery';
import { EmailInbound } from './email-inbound.service';
import { EmailInboxSetup } from './email-inbox.setup';
import { EmailInboxes } from './email-inboxes';
import { EmailSync } from './email-sync.service';

/** The one e-mail client of the process: it owns the IMAP syncs and the SMTP pools of the inboxes it serves. */
const connectorProvider: Provider = {
  provide: EmailConnector,
  useFactory: () => {
    const logger = new Logger('Email');
    return new EmailConnector({
      onSyncError: (inboxId, error, stage) => logger.warn(`Inbox ${inboxId}: IMAP ${stage} failed: ${error instanceof Error ? error.message : String(error)}`),
    });
  },
};

/** The e-mail channel's parts, provided by ChannelsModule (they use InboundService and InboxesService uses them). */
export const EMAIL_PROVIDERS: Provider[] = [connectorProvider, EmailInboxes, EmailInboxSetup, EmailInbound, EmailSync, EmailDelivery];

export const EMAIL_CONTROLLERS = [EmailController];
