import { Injectable } from '@nestjs/common';
import { DomainEventBus } from '../common/domain-events';
import { ConversationPresenter, type ConversationDto } from './conversation.presenter';
import type { Conversation } from './conversation.entity';

/**
 * Says that conversations changed ('conversation.updated'); the realtime
 * module decides who is shown what (realtime/notifications.ts). It stays on
 * the domain side, as the one emitter of that event, because the places
 * that change a conversation hold its row, not its DTO: here the row is
 * presented once (a batch in one round of queries) and paired with the
 * contact whose live views show it.
 */
@Injectable()
export class ConversationPublisher {
  constructor(
    private readonly presenter: ConversationPresenter,
    private readonly domainEvents: DomainEventBus,
  ) {}

  async changed(conversation: Conversation, known?: ConversationDto): Promise<void> {
    await this.changedMany([conversation], [known ?? (await this.presenter.conversation(conversation))]);
  }

  /** Several conversations at once (a contact's open ones), `dtos` in the same order. */
  async changedMany(conversations: Array<Pick<Conversation, 'contactId'>>, dtos: ConversationDto[]): Promise<void> {
    if (conversations.length === 0) return;
    await this.domainEvents.emit('conversation.updated', { conversations: conversations.map((c, i) => ({ conversation: dtos[i], contactId: c.contactId })) });
  }
}
