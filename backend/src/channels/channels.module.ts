import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { InboundService } from './inbound.service';
import { InboxesController } from './inboxes.controller';
import { InboxesService } from './inboxes.service';
import { WebchatDelivery } from './webchat/webchat.delivery';
import { WidgetGateway } from './webchat/widget.gateway';
import { WidgetUploadsController } from './webchat/widget-uploads.controller';

@Module({
  imports: [ContactsModule, ConversationsModule],
  controllers: [InboxesController, WidgetUploadsController],
  providers: [InboxesService, InboundService, WidgetGateway, WebchatDelivery],
  exports: [InboxesService, InboundService],
})
export class ChannelsModule {}
