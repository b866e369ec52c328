import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContactIdentity } from '../../contacts/contact-identity.entity';
import { ReplyService } from '../../conversations/reply.service';
import { RealtimeService } from '../../realtime/realtime.service';

/**
 * The widget's "provider" is our own socket server: delivering a reply is an
 * emit to the visitor's room. A visitor who is away reads it from history.
 */
@Injectable()
export class WebchatDelivery implements OnModuleInit {
  constructor(
    private readonly replies: ReplyService,
    private readonly realtime: RealtimeService,
    private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.replies.registerDelivery('webchat', async (conversation, _message, dto) => {
      const identity = await this.db
        .getRepository(ContactIdentity)
        .findOneByOrFail({ inboxId: conversation.inboxId, contactId: conversation.contactId });
      this.realtime.toVisitor(conversation.inboxId, identity.externalId, 'message.created', { message: dto });
    });
  }
}
