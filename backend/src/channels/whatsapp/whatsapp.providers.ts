import type { Provider } from '@nestjs/common';
import { WhatsAppWebClients } from './whatsapp-web.clients';
import { WhatsAppWebController } from './whatsapp-web.controller';
import { WhatsAppWebInbound } from './whatsapp-web.inbound';
import { WhatsAppWebSessions } from './whatsapp-web.sessions';
import { WhatsAppWebDelivery } from './whatsapp.delivery';

/** Linked WhatsApp numbers (whatsapp-web.js), provided by ChannelsModule. */
export const WHATSAPP_PROVIDERS: Provider[] = [WhatsAppWebClients, WhatsAppWebInbound, WhatsAppWebSessions, WhatsAppWebDelivery];

export const WHATSAPP_CONTROLLERS = [WhatsAppWebController];
