import { BadRequestException, ConflictException, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Conversation } from '../../conversations/conversation.entity';
import { Message } from '../../conversations/message.entity';
import { ReplyService, type ReplyCheck, type ReplyInput } from '../../conversations/reply.service';
import { Inbox } from '../inbox.entity';
import { customerWindow, replyRoute, windowClosedMessage, type WindowState } from './customer-window.policy';

/**
 * The 24-hour window before an operator's reply is written: outside it a
 * free-form reply is refused with 409 naming the reason (an approved
 * template still goes, where the channel has them).
 */
@Injectable()
export class CustomerWindowCheck implements ReplyCheck, OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly replies: ReplyService,
  ) {}

  onModuleInit(): void {
    this.replies.useCheck(this);
  }

  async state(conversation: Pick<Conversation, 'inboxId' | 'contactId'>, now = new Date()): Promise<WindowState> {
    const inbox = await this.db.getRepository(Inbox).findOneByOrFail({ id: conversation.inboxId });
    const none = customerWindow(inbox.type, null, now);
    if (none.rule === 'none') return none;
    return customerWindow(inbox.type, await this.lastInboundAt(conversation), now, inbox.settings.humanAgent === true);
  }

  /** How a message of this conversation goes out now (MetaDelivery tags a human agent's reply). */
  async route(conversation: Pick<Conversation, 'inboxId' | 'contactId'>, byPerson: boolean): Promise<'free' | 'human-agent' | 'closed'> {
    const now = new Date();
    return replyRoute(await this.state(conversation, now), now, byPerson);
  }

  /** Operators' replies: a person writes them, so the human agent's days count. */
  async check(conversation: Conversation, input: ReplyInput): Promise<void> {
    const now = new Date();
    const state = await this.state(conversation, now);
    if (state.rule === 'none') return;
    const inbox = await this.db.getRepository(Inbox).findOneByOrFail({ id: conversation.inboxId });
    if (input.payload?.template) {
      if (!state.templates) throw new BadRequestException(`template: ${inbox.type} inboxes have no message templates`);
      return;
    }
    if (replyRoute(state, now, true) === 'closed') throw new ConflictException(windowClosedMessage(inbox.type, state));
  }

  /** The customer's last message in this inbox, in any of their conversations there (ids grow with time). */
  private async lastInboundAt(conversation: Pick<Conversation, 'inboxId' | 'contactId'>): Promise<Date | null> {
    const messages = this.db.getRepository(Message);
    const row = await messages
      .createQueryBuilder('m')
      .innerJoin('conversations', 'c', 'c.id = m.conversationId')
      .select('MAX(m.id)', 'id')
      .where('m.inboxId = :inboxId AND c.contactId = :contactId AND m.direction = :in', { inboxId: conversation.inboxId, contactId: conversation.contactId, in: 'in' })
      .getRawOne<{ id: number | string | null }>();
    if (!row?.id) return null;
    const last = await messages.findOne({ where: { id: Number(row.id) }, select: { id: true, createdAt: true } });
    return last ? new Date(last.createdAt) : null;
  }
}
