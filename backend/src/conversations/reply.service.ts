import { Injectable } from '@nestjs/common';
import type { ChannelType } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import type { Agent } from '../agents/agent.entity';
import { Inbox } from '../channels/inbox.entity';
import { RealtimeService } from '../realtime/realtime.service';
import { ConversationPresenter, type MessageDto } from './conversation.presenter';
import type { Conversation } from './conversation.entity';
import type { Message } from './message.entity';
import { ConversationsService } from './conversations.service';

export interface ReplyInput {
  text?: string;
  private?: boolean;
  attachmentIds?: number[];
}

/** Hands a stored outbound message to its channel. Throws when the provider refuses. */
export type ChannelDelivery = (conversation: Conversation, message: Message, dto: MessageDto) => Promise<void>;

/**
 * Operator replies: written first (so nothing is lost), then delivered
 * through the conversation's channel, then marked sent or failed. Channels
 * register how they deliver; this service knows none of them.
 */
@Injectable()
export class ReplyService {
  private readonly deliveries = new Map<ChannelType, ChannelDelivery>();

  constructor(
    private readonly db: DataSource,
    private readonly conversations: ConversationsService,
    private readonly presenter: ConversationPresenter,
    private readonly realtime: RealtimeService,
  ) {}

  registerDelivery(type: ChannelType, deliver: ChannelDelivery): void {
    if (this.deliveries.has(type)) throw new Error(`Delivery for ${type} is registered twice`);
    this.deliveries.set(type, deliver);
  }

  async reply(agent: Agent, conversation: Conversation, input: ReplyInput): Promise<MessageDto> {
    this.conversations.assertMayWrite(agent, conversation);
    const isNote = input.private ?? false;
    const { message } = await this.conversations.addMessage(conversation, {
      direction: 'out',
      senderType: 'agent',
      senderId: agent.id,
      kind: input.attachmentIds?.length && !input.text ? 'file' : 'text',
      text: input.text ?? null,
      private: isNote,
      status: isNote ? 'sent' : 'pending',
      attachmentIds: input.attachmentIds,
      uploadedBy: `agent:${agent.id}`,
    });
    let dto = await this.presenter.message(message);
    this.realtime.toAgents('message.created', { message: dto });
    if (isNote) return dto;

    const inbox = await this.db.getRepository(Inbox).findOneByOrFail({ id: conversation.inboxId });
    const deliver = this.deliveries.get(inbox.type);
    try {
      if (!deliver) throw new Error(`No delivery for ${inbox.type} inboxes yet`);
      await deliver(conversation, message, dto);
      dto = await this.presenter.message(await this.conversations.updateMessageStatus(message.id, 'sent'));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      dto = await this.presenter.message(await this.conversations.updateMessageStatus(message.id, 'failed', reason.slice(0, 500)));
    }
    this.realtime.toAgents('message.updated', { message: dto });
    return dto;
  }
}
