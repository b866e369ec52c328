import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Agent } from '../agents/agent.entity';
import { DomainEventBus } from '../common/domain-events';
import { Inbox } from '../channels/inbox.entity';
import { AttachmentsService } from './attachments.service';
import { ConversationPresenter, type MessageDto } from './conversation.presenter';
import type { Conversation } from './conversation.entity';
import { Message } from './message.entity';
import { ConversationsService } from './conversations.service';

/** A message the system writes by itself (greeting, goodbye, survey...): sender `system`, never an operator's reply. */
export interface AutomaticMessage {
  text: string;
  /** `automatic` names the rule that wrote it; channel extras ride along (`buttons`, `csat`). */
  payload: { automatic: string } & Record<string, unknown>;
  /** `bot` for what a bot says; `system` (the default) for the automation rules. Neither is an operator's reply. */
  senderType?: 'system' | 'bot';
}

export interface ReplyInput {
  text?: string;
  private?: boolean;
  attachmentIds?: number[];
  /** The quick reply the text came from, so its use is counted. */
  quickReplyId?: number;
  /** The message of this conversation it answers. */
  replyToMessageId?: number;
  /** Channel extras stored with the message (an approved template the channel sends instead of the text). */
  payload?: Record<string, unknown>;
}

/**
 * A channel's rule on whether a reply may go out at all (WhatsApp's and
 * Instagram's 24-hour window), asked before anything is written. Refuses
 * by throwing an HttpException that tells the operator why.
 */
export interface ReplyCheck {
  check(conversation: Conversation, input: ReplyInput): Promise<void>;
}

/**
 * Takes a stored, pending outbound message to its channel: in a job, or at
 * once for a channel that delivers inline. The delivery module plugs itself
 * in, so this module knows no channel and no provider.
 */
export interface OutboundDispatcher {
  dispatch(message: Message): Promise<void>;
}

/**
 * Operator replies: written first as `pending` (so nothing is lost), then
 * handed to the outbound pipeline, which marks them `sent` or `failed` and
 * pushes every change as 'message.updated'.
 */
@Injectable()
export class ReplyService {
  private dispatcher: OutboundDispatcher | null = null;
  private readonly checks: ReplyCheck[] = [];

  constructor(
    private readonly db: DataSource,
    private readonly conversations: ConversationsService,
    private readonly attachments: AttachmentsService,
    private readonly presenter: ConversationPresenter,
    private readonly domainEvents: DomainEventBus,
  ) {}

  useDispatcher(dispatcher: OutboundDispatcher): void {
    if (this.dispatcher) throw new Error('The outbound dispatcher is set twice');
    this.dispatcher = dispatcher;
  }

  /** An archived inbox has no channel to send through: the operator is told, and may still write private notes. */
  private async assertInboxActive(inboxId: number): Promise<void> {
    const inbox = await this.db.getRepository(Inbox).findOne({ where: { id: inboxId }, select: { id: true, name: true, active: true } });
    if (inbox && !inbox.active) throw new ConflictException(`Inbox "${inbox.name}" is archived: replies cannot be sent from it (private notes still can)`);
  }

  useCheck(check: ReplyCheck): void {
    this.checks.push(check);
  }

  async reply(agent: Agent, conversation: Conversation, input: ReplyInput): Promise<MessageDto> {
    const isNote = input.private ?? false;
    if (isNote) await this.conversations.assertMayAddNote(agent, conversation);
    else this.conversations.assertMayWrite(agent, conversation);
    if (input.replyToMessageId !== undefined) await this.assertQuotable(conversation, input.replyToMessageId, isNote);
    if (!isNote) await this.assertInboxActive(conversation.inboxId);
    if (!isNote) for (const rule of this.checks) await rule.check(conversation, input);
    const { message } = await this.conversations.addMessage(conversation, {
      direction: 'out',
      senderType: 'agent',
      senderId: agent.id,
      kind: input.text?.trim() ? 'text' : await this.attachments.kindOf(input.attachmentIds ?? []),
      text: input.text ?? null,
      ...(input.payload ? { payload: input.payload } : {}),
      private: isNote,
      status: isNote ? 'sent' : 'pending',
      attachmentIds: input.attachmentIds,
      uploadedBy: `agent:${agent.id}`,
      replyToId: input.replyToMessageId ?? null,
    });
    const dto = await this.presenter.message(message);
    await this.domainEvents.emit('message.created', { messageId: message.id, message: dto });
    if (isNote) return dto;
    const sent = await this.deliver(message);
    await this.domainEvents.emit('conversation.agent-replied', {
      conversationId: conversation.id,
      messageId: message.id,
      agentId: agent.id,
      quickReplyId: input.quickReplyId ?? null,
    });
    return sent;
  }

  /** A reply quotes a message of its own conversation; a reply the customer sees never quotes a note. */
  private async assertQuotable(conversation: Conversation, messageId: number, isNote: boolean): Promise<void> {
    const quoted = await this.db.getRepository(Message).findOne({ select: { id: true, conversationId: true, private: true, senderType: true }, where: { id: messageId } });
    if (!quoted || quoted.conversationId !== conversation.id) throw new BadRequestException(`replyToMessageId: message ${messageId} is not in this conversation`);
    if (quoted.private && !isNote) throw new BadRequestException(`replyToMessageId: message ${messageId} is a private note, which the customer never sees`);
  }

  /**
   * Writes an automatic message `pending` and sends it through the same
   * pipeline as an operator's reply. Sender `system` or `bot`: it never
   * sets the first response time.
   */
  async sendAutomatic(conversation: Conversation, input: AutomaticMessage): Promise<MessageDto> {
    const { message } = await this.conversations.addMessage(conversation, {
      direction: 'out',
      senderType: input.senderType ?? 'system',
      kind: 'text',
      text: input.text,
      payload: input.payload,
      status: 'pending',
    });
    await this.domainEvents.emit('message.created', { messageId: message.id });
    return this.deliver(message);
  }

  /** A private note nobody typed (an automation rule's): `payload.automatic` names what wrote it. */
  async addAutomaticNote(conversation: Conversation, input: Omit<AutomaticMessage, 'senderType'>): Promise<MessageDto> {
    const { message } = await this.conversations.addMessage(conversation, { direction: 'out', senderType: 'system', kind: 'text', text: input.text, payload: input.payload, private: true, status: 'sent' });
    const dto = await this.presenter.message(message);
    await this.domainEvents.emit('message.created', { messageId: message.id, message: dto });
    return dto;
  }

  private async deliver(message: Message): Promise<MessageDto> {
    try {
      if (!this.dispatcher) throw new Error('No outbound pipeline is running');
      await this.dispatcher.dispatch(message);
    } catch (error) {
      // The row exists; without a job it would stay pending forever. Failed is visible and can be retried.
      const reason = `Could not queue the send: ${error instanceof Error ? error.message : String(error)}`;
      await this.conversations.updateMessageStatus(message.id, 'failed', reason.slice(0, 500));
      const failed = await this.presenter.message(await this.db.getRepository(Message).findOneByOrFail({ id: message.id }));
      await this.domainEvents.emit('message.updated', { messageId: message.id, message: failed });
      return failed;
    }
    return this.presenter.message(await this.db.getRepository(Message).findOneByOrFail({ id: message.id }));
  }
}
