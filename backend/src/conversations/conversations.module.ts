import { Module } from '@nestjs/common';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { ConversationPresenter } from './conversation.presenter';
import { ConversationPublisher } from './conversation.publisher';
import { ConversationsController } from './conversations.controller';
import { ConversationsService } from './conversations.service';
import { InboundMessages } from './inbound-messages.service';
import { ReplyService } from './reply.service';

@Module({
  controllers: [ConversationsController, AttachmentsController],
  providers: [ConversationsService, InboundMessages, ConversationPresenter, ConversationPublisher, ReplyService, AttachmentsService],
  exports: [ConversationsService, InboundMessages, ConversationPresenter, ConversationPublisher, ReplyService, AttachmentsService],
})
export class ConversationsModule {}
