import { Module } from '@nestjs/common';
import { TwilioVoiceConnector, TwilioVoiceRest } from '@inbox/connectors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ConversationsModule } from '../../conversations/conversations.module';
import { DeliveryModule } from '../../delivery/delivery.module';
import { RoutingModule } from '../../routing/routing.module';
import { ChannelsModule } from '../channels.module';
import { VoiceCalls } from './voice-calls';
import { VoiceController } from './voice.controller';
import { VoiceDelivery } from './voice.delivery';
import { VoiceInboxes } from './voice-inboxes';
import { VoiceOperatorService } from './voice-operator.service';
import { VoiceService } from './voice.service';
import { VoiceWebhookController } from './voice-webhook.controller';

/** Calls through Twilio numbers in the same inbox as chats (docs/channels/voice.md). */
@Module({
  imports: [ChannelsModule, ConversationsModule, DeliveryModule, RoutingModule],
  controllers: [VoiceWebhookController, VoiceController],
  providers: [
    { provide: TwilioVoiceRest, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new TwilioVoiceRest(config.twilio.apiUrl) },
    { provide: TwilioVoiceConnector, inject: [TwilioVoiceRest], useFactory: (rest: TwilioVoiceRest) => new TwilioVoiceConnector(rest) },
    VoiceInboxes,
    VoiceCalls,
    VoiceService,
    VoiceOperatorService,
    VoiceDelivery,
  ],
})
export class VoiceModule {}
