import type { Provider } from '@nestjs/common';
import { InstagramConnector, WhatsAppCloudConnector } from '@inbox/connectors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CustomerWindowCheck } from './customer-window.check';
import { CustomerWindowController } from './customer-window.controller';
import { MessageTemplates } from './message-templates.service';
import { MetaDelivery } from './meta.delivery';
import { MetaInbound } from './meta-inbound.service';
import { MetaInboxSetup } from './meta-inbox.setup';
import { MetaInboxes } from './meta-inboxes';
import { MetaMediaJob } from './meta-media.job';
import { MetaWebhookController } from './meta-webhook.controller';

/** The Graph API clients of the process, aimed at META_GRAPH_API_URL. */
const connectorProviders: Provider[] = [
  { provide: WhatsAppCloudConnector, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new WhatsAppCloudConnector({ baseUrl: config.meta.graphApiUrl }) },
  { provide: InstagramConnector, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new InstagramConnector({ baseUrl: config.meta.graphApiUrl }) },
];

/** WhatsApp Cloud API and Instagram, provided by ChannelsModule. */
export const META_PROVIDERS: Provider[] = [...connectorProviders, MetaInboxes, MetaInbound, MetaInboxSetup, MetaMediaJob, MetaDelivery, CustomerWindowCheck, MessageTemplates];

export const META_CONTROLLERS = [MetaWebhookController, CustomerWindowController];
