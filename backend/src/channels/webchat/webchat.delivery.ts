import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEventBus } from '../../common/domain-events';
import { ConversationPresenter } from '../../conversations/conversation.presenter';
import { DeliveryChannels } from '../../delivery/delivery-channels';

/**
 * The widget's "provider" is our own socket server: delivering a reply is a
 * push to the customer's open widgets ('message.sent-to-widget', which the
 * realtime module turns into an emit to each of their visitors' rooms), and
 * a visitor who is away reads it from history. It goes through the same
 * guard as every channel, but inline (in the operator's request): there is
 * nothing to wait for or retry, and the operator gets `sent` back at once.
 */
@Injectable()
export class WebchatDelivery implements OnModuleInit {
  constructor(
    private readonly channels: DeliveryChannels,
    private readonly presenter: ConversationPresenter,
    private readonly domainEvents: DomainEventBus,
  ) {}

  onModuleInit(): void {
    this.channels.register('webchat', {
      inline: true,
      idempotent: true,
      send: async (_outbound, target) => {
        const message = await this.presenter.message(target.message);
        await this.domainEvents.emit('message.sent-to-widget', { message, contactId: target.conversation.contactId });
        return { externalId: null };
      },
    });
  }
}
