import { Injectable } from '@nestjs/common';
import type { InboundMessageEvent } from '@inbox/connectors';
import { ContactsService } from '../contacts/contacts.service';
import type { Contact } from '../contacts/contact.entity';
import { ConversationPresenter, type MessageDto } from '../conversations/conversation.presenter';
import type { Conversation } from '../conversations/conversation.entity';
import type { Message } from '../conversations/message.entity';
import { ConversationsService } from '../conversations/conversations.service';
import { RealtimeService } from '../realtime/realtime.service';
import { DomainEventBus } from '../common/domain-events';
import type { Inbox } from './inbox.entity';

export interface InboundResult {
  contact: Contact;
  conversation: Conversation;
  message: Message;
  dto: MessageDto;
  /** The same external id was stored before: nothing new was written. */
  duplicate: boolean;
}

/**
 * The inbound path of DESIGN §6 after a connector has normalized a payload:
 * identity → open conversation → message (de-duplicated) → push to operators.
 * When this returns, the message is durably stored and may be acknowledged.
 */
@Injectable()
export class InboundService {
  constructor(
    private readonly contacts: ContactsService,
    private readonly conversations: ConversationsService,
    private readonly presenter: ConversationPresenter,
    private readonly realtime: RealtimeService,
    private readonly domainEvents: DomainEventBus,
  ) {}

  async receiveMessage(
    inbox: Inbox,
    event: InboundMessageEvent,
    upload?: { attachmentIds: number[]; uploadedBy: string },
  ): Promise<InboundResult> {
    const { contact } = await this.contacts.resolveIdentity(inbox.id, event.sender);
    const { conversation, created } = await this.conversations.openOrGet(inbox.id, contact.id);
    const { message, duplicate } = await this.conversations.addMessage(conversation, {
      direction: 'in',
      senderType: 'contact',
      kind: event.kind,
      text: event.text ?? null,
      payload: event.payload ?? null,
      externalId: event.externalId,
      attachmentIds: upload?.attachmentIds,
      uploadedBy: upload?.uploadedBy,
    });
    const dto = await this.presenter.message(message);
    if (!duplicate) {
      const fresh = await this.conversations.get(conversation.id);
      const conversationDto = await this.presenter.conversation(fresh);
      this.realtime.toAgents(created ? 'conversation.created' : 'conversation.updated', { conversation: conversationDto });
      this.realtime.toAgents('message.created', { message: dto });
      if (created) await this.domainEvents.emit('conversation.needs-agent', { conversationId: conversation.id });
    }
    return { contact, conversation, message, dto, duplicate };
  }
}
