import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContactIdentity } from '../contacts/contact-identity.entity';
import { RealtimeService } from '../realtime/realtime.service';
import { ConversationPresenter } from './conversation.presenter';
import type { Conversation } from './conversation.entity';

/** Tells everyone watching that a conversation changed: operators, and the customer's live view if they have one. */
@Injectable()
export class ConversationPublisher {
  constructor(
    private readonly db: DataSource,
    private readonly presenter: ConversationPresenter,
    private readonly realtime: RealtimeService,
  ) {}

  async changed(conversation: Conversation): Promise<void> {
    const dto = await this.presenter.conversation(conversation);
    this.realtime.toAgents('conversation.updated', { conversation: dto });
    const identities = await this.db.getRepository(ContactIdentity).findBy({ inboxId: conversation.inboxId, contactId: conversation.contactId });
    for (const identity of identities) {
      this.realtime.toVisitor(conversation.inboxId, identity.externalId, 'conversation.updated', {
        conversation: { id: conversation.id, status: conversation.status },
      });
    }
  }
}
