import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { DeliveryModule } from '../delivery/delivery.module';
import { EMAIL_CONTROLLERS, EMAIL_PROVIDERS } from './email/email.providers';
import { InboundBatcher } from './inbound-batcher';
import { InboundNotifier } from './inbound-notifier';
import { InboundMedia } from './inbound-media';
import { InboundService } from './inbound.service';
import { InboxesController } from './inboxes.controller';
import { InboxesService } from './inboxes.service';
import { InboxArchive } from './inbox-archive';
import { SurveyAnswers } from './survey-answers';
import { BotGate } from './bot-gate';
import { TELEGRAM_PROVIDERS } from './telegram/telegram.providers';
import { WebhookLane } from './webhook-lane';
import { WebchatDelivery } from './webchat/webchat.delivery';
import { WidgetGateway } from './webchat/widget.gateway';
import { WidgetUploadsController } from './webchat/widget-uploads.controller';
import { DeliveryStatuses } from './delivery-statuses';
import { META_CONTROLLERS, META_PROVIDERS } from './meta/meta.providers';
import { WHATSAPP_CONTROLLERS, WHATSAPP_PROVIDERS } from './whatsapp/whatsapp.providers';

@Module({
  imports: [ContactsModule, ConversationsModule, DeliveryModule],
  controllers: [InboxesController, WidgetUploadsController, ...EMAIL_CONTROLLERS, ...META_CONTROLLERS, ...WHATSAPP_CONTROLLERS],
  providers: [WebhookLane, InboxesService, InboxArchive, InboundService, InboundBatcher, InboundNotifier, InboundMedia, SurveyAnswers, BotGate, WidgetGateway, WebchatDelivery, ...TELEGRAM_PROVIDERS, ...EMAIL_PROVIDERS, DeliveryStatuses, ...META_PROVIDERS, ...WHATSAPP_PROVIDERS],
  exports: [InboxesService, InboundService, SurveyAnswers, BotGate],
})
export class ChannelsModule {}
