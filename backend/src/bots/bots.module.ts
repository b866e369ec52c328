import { Module } from '@nestjs/common';
import { AttributesModule } from '../attributes/attributes.module';
import { ChannelsModule } from '../channels/channels.module';
import { ContactsModule } from '../contacts/contacts.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { LabelsModule } from '../labels/labels.module';
import { RoutingModule } from '../routing/routing.module';
import { BotApiController } from './bot-api.controller';
import { BotConversations } from './bot-conversations';
import { BotHttpStep } from './bot-http-step';
import { BotRunner } from './bot-runner.service';
import { BotTokenGuard } from './bot-token.guard';
import { BotsController } from './bots.controller';
import { BotsService } from './bots.service';
import { ExternalBotClient } from './external-bot.client';

/** Flow bots, external bots and the handover to humans (docs/bots.md). */
@Module({
  imports: [ConversationsModule, ContactsModule, ChannelsModule, RoutingModule, LabelsModule, AttributesModule],
  controllers: [BotsController, BotApiController],
  providers: [BotsService, BotConversations, BotRunner, BotHttpStep, ExternalBotClient, BotTokenGuard],
})
export class BotsModule {}
