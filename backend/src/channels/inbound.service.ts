import { Injectable } from '@nestjs/common';
import type { InboundMessageEvent, InboundSender } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { ContactsService } from '../contacts/contacts.service';
import type { Contact } from '../contacts/contact.entity';
import { ConversationPresenter, type MessageDto } from '../conversations/conversation.presenter';
import { Conversation } from '../conversations/conversation.entity';
import { Message } from '../conversations/message.entity';
import { ConversationsService } from '../conversations/conversations.service';
import type { NewMessage } from '../conversations/message-rows';
import { isUniqueViolation } from '../common/database-errors';
import { routingTransaction } from '../database/transactions';
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
   * operators after (a new conversation's routing follows its push). For
   * provider webhooks, whose answer should wait for the write and nothing
   * else. No `dto` is returned then.
   */
  notify?: 'now' | 'later';
  /**
   * The caller has just looked the sender up and found no identity (the
   * inbound batcher): it is not asked again. One stored meanwhile makes
   * the new customer's INSERT fail on its unique key, and the message then
   * takes the path that finds it.
   */
  senderUnknown?: boolean;
}

/** The message as stored, with where it went. */
interface Stored extends InboundStored {
  /** Its conversation was opened for it. */
  created: boolean;
  /** The closed conversation whose survey it answers. */
  surveyed: Conversation | null;
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
    const input: NewMessage = {
      direction: 'in',
      senderType: 'contact',
      kind: event.kind,
      text: event.text ?? null,
      payload: event.payload ?? null,
      externalId: event.externalId,
      quotedExternalId: event.replyToExternalId,
      attachmentIds: upload?.attachmentIds,
      uploadedBy: upload?.uploadedBy,
    };
    const { contact, conversation, created, message, duplicate, surveyed } = await this.store(inbox, event, input, options);
    if (surveyed && !duplicate) await this.surveyAnswers.answered(surveyed, message);
    if (conversation.status === 'bot' && !duplicate) await this.domainEvents.emit('conversation.bot-input', { conversationId: conversation.id, messageId: message.id });
    if (options.notify === 'later') {
      const withFiles = Boolean(upload?.attachmentIds.length);
      if (!duplicate && created) await this.notifier.opening(message, () => this.opened(conversation.id), { withFiles });
      else if (!duplicate) this.notifier.later(message, { withFiles });
      return { contact, conversation, message, duplicate };
    }
    const dto = await this.presenter.message(message);
    if (!duplicate) {
      await this.notify(conversation.id, created, dto);
      if (created) await this.opened(conversation.id);
    }
    return { contact, conversation, message, dto, duplicate };
  }

  private async store(inbox: Inbox, event: InboundMessageEvent, input: NewMessage, options: InboundOptions): Promise<Stored> {
    let known = options.senderUnknown ? null : await this.contacts.knownSender(inbox.id, event.sender.externalId);
    if (!known && !options.conversation && options.knownContactId === undefined) {
      const first = await this.storeFromNewSender(inbox, event.sender, input);
      if (first) return first;
      // Another writer stored this sender first: their contact is read, and the message joins their conversation.
      known = await this.contacts.knownSender(inbox.id, event.sender.externalId);
    }
    const { contact, identityId } = known ?? (await this.contacts.addIdentity(inbox.id, event.sender, options.knownContactId));
    // An answer to a closed conversation's survey is filed there instead of opening a new conversation.
    const surveyed = options.conversation ? null : await this.surveyAnswers.claim(inbox, contact.id, event);
    const placed = options.conversation ?? surveyed ?? (contact.blockedAt ? await this.lastConversation(inbox.id, contact.id) : null);
    const { conversation, created } = placed
      ? { conversation: placed, created: false }
      : await this.conversations.openOrGet(inbox.id, contact.id, () => this.botGate.initialStatus(inbox), identityId);
    const { message, duplicate } = await this.conversations.addMessage(conversation, input);
    return { contact, conversation, created, message, duplicate, surveyed };
  }

  /**
   * A first message from a sender nobody has stored: their contact and
   * identity, the conversation and the message in one transaction, so the
   * webhook is answered after a few statements. A new contact has nothing
   * to merge, block or survey. Null when another writer stored the sender
   * first (the identity's unique key; ours is rolled back whole): the
   * caller then takes the path that finds theirs.
   */
  private async storeFromNewSender(inbox: Inbox, sender: InboundSender, input: NewMessage): Promise<Stored | null> {
    const status = await this.botGate.initialStatus(inbox);
    try {
      const stored = await routingTransaction(this.db, async (tx) => {
        const { contact, identityId } = await this.contacts.insertNew(tx, inbox.id, sender);
        const { conversation, message } = await this.conversations.openWithFirstMessage(tx, { inboxId: inbox.id, contactId: contact.id, identityId, status }, input);
        return { contact, conversation, message };
      });
      await this.domainEvents.emit('contact.created', { contactId: stored.contact.id });
      return { ...stored, created: true, duplicate: false, surveyed: null };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return null;
    }
  }

  /** A new conversation, once operators were shown it: automation and routing take it from here. */
  private async opened(conversationId: number): Promise<void> {
    await this.domainEvents.emit('conversation.opened', { conversationId });
    await this.domainEvents.emit('conversation.needs-agent', { conversationId });
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
