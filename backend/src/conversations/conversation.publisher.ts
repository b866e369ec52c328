import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainEventBus } from '../common/domain-events';
import { ContactIdentity } from '../contacts/contact-identity.entity';
import { RealtimeService } from '../realtime/realtime.service';
import { ConversationPresenter, type ConversationDto } from './conversation.presenter';
import type { Conversation } from './conversation.entity';

/** Tells everyone watching that a conversation changed: operators, and the customer's live view if they have one. */
@Injectable()
export class ConversationPublisher {
  constructor(
    private readonly db: DataSource,
    private readonly presenter: ConversationPresenter,
    private readonly realtime: RealtimeService,
    private readonly domainEvents: DomainEventBus,
  ) {}

  async changed(conversation: Conversation, known?: ConversationDto): Promise<void> {
    const dto = known ?? (await this.presenter.conversation(conversation));
    this.realtime.toAgents('conversation.updated', { conversation: dto });
    for (const visitorId of await this.liveViewers(conversation)) {
      this.realtime.toVisitor(conversation.inboxId, visitorId, 'conversation.updated', {
        conversation: { id: conversation.id, status: conversation.status },
      });
    }
  }

  /** The customer's place in the queue: live in the widget, and as a message where the inbox sends one (automation). */
  async queuePosition(conversation: Conversation, position: number): Promise<void> {
    for (const visitorId of await this.liveViewers(conversation)) {
      this.realtime.toVisitor(conversation.inboxId, visitorId, 'queue.position', { conversationId: conversation.id, position });
    }
    await this.domainEvents.emit('conversation.queue-position', { conversationId: conversation.id, position });
  }

  private async liveViewers(conversation: Conversation): Promise<string[]> {
    const identities = await this.db.getRepository(ContactIdentity).findBy({ inboxId: conversation.inboxId, contactId: conversation.contactId });
    return identities.map((i) => i.externalId);
  }
}
