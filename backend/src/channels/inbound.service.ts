import { Injectable } from '@nestjs/common';
import type { InboundMessageEvent } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { ContactsService } from '../contacts/contacts.service';
import type { Contact } from '../contacts/contact.entity';
import { ConversationPresenter, type MessageDto } from '../conversations/conversation.presenter';
import { Conversation } from '../conversations/conversation.entity';
import { Message } from '../conversations/message.entity';
import { ConversationsService } from '../conversations/conversations.service';
import { DomainEventBus } from '../common/domain-events';
import type { Inbox } from './inbox.entity';
import { InboundNotifier } from './inbound-notifier';
import { SurveyAnswers } from './survey-answers';
import { BotGate } from './bot-gate';

export interface InboundStored {
  contact: Contact;
  conversation: Conversation;
  message: Message;
  /** The same external id was stored before: nothing new was written. */
  duplicate: boolean;
}

export interface InboundResult extends InboundStored {
  dto: MessageDto;
}

export interface InboundUpload {
  attachmentIds: number[];
  uploadedBy: string;
}

/** Where a message goes when the channel knows better than "the sender's open conversation" (e-mail threading). */
export interface InboundPlacement {
  /** An open conversation of the inbox the message answers, whoever its contact is. */
  conversation?: Conversation;
  /** The contact a new identity belongs to (see ContactsService.resolveIdentity). */
  knownContactId?: number;
}

export interface InboundOptions extends InboundPlacement {
  /**
   * 'later': return as soon as the message is stored, and push it to
   * operators after. For provider webhooks, whose answer should wait for
   * the write and nothing else. No `dto` is returned then.
   */
  notify?: 'now' | 'later';
}

/**
 * The inbound path (docs/architecture.md) after a connector has normalized a payload:
 * identity → open conversation → message (de-duplicated) → push to operators.
 * When this returns, the message is durably stored and may be acknowledged.
 */
@Injectable()
export class InboundService {
  constructor(
    private readonly contacts: ContactsService,
    private readonly conversations: ConversationsService,
    private readonly presenter: ConversationPresenter,
    private readonly domainEvents: DomainEventBus,
    private readonly db: DataSource,
    private readonly notifier: InboundNotifier,
    private readonly surveyAnswers: SurveyAnswers,
    private readonly botGate: BotGate,
  ) {}

  receiveMessage(inbox: Inbox, event: InboundMessageEvent, upload?: InboundUpload, options?: InboundPlacement & { notify?: 'now' }): Promise<InboundResult>;
  receiveMessage(inbox: Inbox, event: InboundMessageEvent, upload: InboundUpload | undefined, options: InboundOptions): Promise<InboundStored>;
  async receiveMessage(inbox: Inbox, event: InboundMessageEvent, upload?: InboundUpload, options: InboundOptions = {}): Promise<InboundStored & { dto?: MessageDto }> {
    const { contact, identityId } = await this.contacts.resolveIdentity(inbox.id, event.sender, options.knownContactId);
    // An answer to a closed conversation's survey is filed there instead of opening a new conversation.
    const surveyed = options.conversation ? null : await this.surveyAnswers.claim(inbox, contact.id, event);
    const placed = options.conversation ?? surveyed ?? (contact.blockedAt ? await this.lastConversation(inbox.id, contact.id) : null);
    const { conversation, created } = placed
      ? { conversation: placed, created: false }
      : await this.conversations.openOrGet(inbox.id, contact.id, () => this.botGate.initialStatus(inbox), identityId);
    const { message, duplicate } = await this.conversations.addMessage(conversation, {
      direction: 'in',
      senderType: 'contact',
      kind: event.kind,
      text: event.text ?? null,
      payload: event.payload ?? null,
      externalId: event.externalId,
      quotedExternalId: event.replyToExternalId,
      attachmentIds: upload?.attachmentIds,
      uploadedBy: upload?.uploadedBy,
    });
    if (surveyed && !duplicate) await this.surveyAnswers.answered(surveyed, message);
    if (conversation.status === 'bot' && !duplicate) await this.domainEvents.emit('conversation.bot-input', { conversationId: conversation.id, messageId: message.id });
    // A message into a known conversation is pushed after returning; a new
    // conversation is pushed first, so operators see it before its assignment.
    if (options.notify === 'later' && !created) {
      if (!duplicate) this.notifier.later(message, { withFiles: Boolean(upload?.attachmentIds.length) });
      return { contact, conversation, message, duplicate };
    }
    const dto = await this.presenter.message(message);
    if (!duplicate) {
      await this.notify(conversation.id, created, dto);
      if (created) {
        await this.domainEvents.emit('conversation.opened', { conversationId: conversation.id });
        await this.domainEvents.emit('conversation.needs-agent', { conversationId: conversation.id });
      }
    }
    return { contact, conversation, message, dto, duplicate };
  }

  /**
   * Where a blocked contact's message (marked as spam) goes: their latest
   * conversation in the inbox, kept closed if it is, so it is stored and
   * nobody is asked to answer; null when they have none (it opens one).
   */
  private lastConversation(inboxId: number, contactId: number): Promise<Conversation | null> {
    return this.db.getRepository(Conversation).findOne({ where: { inboxId, contactId }, order: { id: 'DESC' } });
  }

  /** Operators are shown the new message, and its conversation (new or with a new last message). */
  private async notify(conversationId: number, created: boolean, dto: MessageDto): Promise<void> {
    const [conversationDto] = await this.presenter.conversationsById([conversationId]);
    await this.domainEvents.emit('messages.received', { opened: created ? [conversationDto] : [], updated: created ? [] : [conversationDto], messages: [dto] });
  }

  /**
   * The customer edited a message: the stored text changes and `edited` is
   * set, pushed as 'message.updated'. An edit of a message we never stored
   * (sent before the inbox existed, or overtaking the original) stores it.
   * The same edit twice changes nothing the second time.
   */
  async editMessage(inbox: Inbox, event: InboundMessageEvent): Promise<{ message: Message; dto: MessageDto; duplicate: boolean }> {
    const messages = this.db.getRepository(Message);
    const existing = await messages.findOneBy({ inboxId: inbox.id, externalId: event.externalId });
    const text = event.text ?? null;
    if (existing && existing.edited && existing.text === text) {
      return { message: existing, dto: await this.presenter.message(existing), duplicate: true };
    }
    const stored = existing ?? (await this.receiveMessage(inbox, event)).message;
    await messages.update({ id: stored.id }, { text, edited: true });
    const message = await messages.findOneByOrFail({ id: stored.id });
    const dto = await this.presenter.message(message);
    await this.notifier.drain();
    await this.domainEvents.emit('message.updated', { messageId: message.id, message: dto });
    return { message, dto, duplicate: false };
  }
}
