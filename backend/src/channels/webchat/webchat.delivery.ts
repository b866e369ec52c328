import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContactIdentity } from '../../contacts/contact-identity.entity';
import { ConversationPresenter } from '../../conversations/conversation.presenter';
import { DeliveryChannels } from '../../delivery/delivery-channels';
import { RealtimeService } from '../../realtime/realtime.service';

/**
 * The widget's "provider" is our own socket server: delivering a reply is an
 * emit to the visitor's room, and a visitor who is away reads it from
 * history. It goes through the same guard as every channel, but inline (in
 * the operator's request): there is nothing to wait for or retry, and the
 * operator gets `sent` back at once. A person who wrote from two browsers
 * (two visitors, merged into one contact) gets the reply in both.
 */
@Injectable()
export class WebchatDelivery implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly channels: DeliveryChannels,
    private readonly presenter: ConversationPresenter,
    private readonly realtime: RealtimeService,
  ) {}

  onModuleInit(): void {
    this.channels.register('webchat', {
      inline: true,
      idempotent: true,
      send: async (_outbound, target) => {
        const [dto, visitors] = await Promise.all([
          this.presenter.message(target.message),
          this.db.getRepository(ContactIdentity).findBy({ inboxId: target.inbox.id, contactId: target.conversation.contactId }),
        ]);
        for (const visitor of visitors) this.realtime.toVisitor(target.inbox.id, visitor.externalId, 'message.created', { message: dto });
        return { externalId: null };
      },
    });
  }
}
