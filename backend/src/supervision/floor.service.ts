import { ConflictException, Injectable } from '@nestjs/common';
import type { Agent } from '../agents/agent.entity';
import { DomainEventBus } from '../common/domain-events';
import { ConversationPresenter, type MessageDto } from '../conversations/conversation.presenter';
import { ConversationsService } from '../conversations/conversations.service';
import { TransfersService } from '../routing/transfers.service';

/** What a supervisor does in a live conversation: whisper to its operator, take it over, give it to someone else. */
@Injectable()
export class FloorService {
  constructor(
    private readonly conversations: ConversationsService,
    private readonly presenter: ConversationPresenter,
    private readonly domainEvents: DomainEventBus,
    private readonly transfers: TransfersService,
  ) {}

  /**
   * A private note addressed to the operator holding the conversation: never
   * sent to the customer, shown to that operator and the supervisors only.
   */
  async whisper(supervisor: Agent, conversationId: number, text: string): Promise<MessageDto> {
    const conversation = await this.conversations.get(conversationId);
    if (conversation.status === 'closed') throw new ConflictException(`Conversation ${conversationId} is closed`);
    const { message } = await this.conversations.addMessage(conversation, {
      direction: 'out',
      senderType: 'agent',
      senderId: supervisor.id,
      text,
      private: true,
      status: 'sent',
      payload: { whisper: true, to: conversation.assigneeId },
    });
    const dto = await this.presenter.message(message);
    await this.domainEvents.emit('message.whispered', { message: dto, holderId: conversation.assigneeId });
    return dto;
  }

  /** The supervisor becomes the conversation's operator, past their own limit if need be. */
  takeOver(supervisor: Agent, conversationId: number) {
    return this.transfers.transfer(supervisor, conversationId, { agentId: supervisor.id, override: true });
  }

  /** Gives the conversation to another operator, past their limit if need be (a supervisor's decision). */
  reassign(supervisor: Agent, conversationId: number, agentId: number) {
    return this.transfers.transfer(supervisor, conversationId, { agentId, override: true });
  }
}
