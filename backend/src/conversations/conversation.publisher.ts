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
    await this.changedMany([conversation], [known ?? (await this.presenter.conversation(conversation))]);
  }

  /** Several conversations at once (a routing batch): one lookup of the customers' live views for all. */
  async changedMany(conversations: Conversation[], dtos: ConversationDto[]): Promise<void> {
    if (conversations.length === 0) return;
    for (const dto of dtos) this.realtime.toAgents('conversation.updated', { conversation: dto });
    const viewers = await this.liveViewersOf(conversations);
    for (const conversation of conversations) {
      for (const visitorId of viewers.get(viewerKey(conversation.inboxId, conversation.contactId)) ?? []) {
        this.realtime.toVisitor(conversation.inboxId, visitorId, 'conversation.updated', {
          conversation: { id: conversation.id, status: conversation.status },
        });
      }
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
    return (await this.liveViewersOf([conversation])).get(viewerKey(conversation.inboxId, conversation.contactId)) ?? [];
  }

  private async liveViewersOf(conversations: Conversation[]): Promise<Map<string, string[]>> {
    const identities = await this.db.getRepository(ContactIdentity).findBy(conversations.map((c) => ({ inboxId: c.inboxId, contactId: c.contactId })));
    const result = new Map<string, string[]>();
    for (const i of identities) result.set(viewerKey(i.inboxId, i.contactId), [...(result.get(viewerKey(i.inboxId, i.contactId)) ?? []), i.externalId]);
    return result;
  }
}

const viewerKey = (inboxId: number, contactId: number) => `${inboxId}:${contactId}`;
