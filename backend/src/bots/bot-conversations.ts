import { ConflictException, Injectable, Logger } from '@nestjs/common';
import { AttributesService } from '../attributes/attributes.service';
import type { AttributeValue } from '../attributes/attribute.policy';
import { DataSource, IsNull } from 'typeorm';
import { renderTemplate } from '../automation/message-template.policy';
import { channelFeatures } from '../channels/channel-features';
import { Inbox } from '../channels/inbox.entity';
import { DomainEventBus } from '../common/domain-events';
import { Contact } from '../contacts/contact.entity';
import { ContactsService } from '../contacts/contacts.service';
import { Conversation } from '../conversations/conversation.entity';
import type { MessageDto } from '../conversations/conversation.presenter';
import { ConversationPublisher } from '../conversations/conversation.publisher';
import { ConversationsService } from '../conversations/conversations.service';
import { ReplyService } from '../conversations/reply.service';
import { RoutingService } from '../routing/routing.service';
import { numberedText, type BotButton, type HandoverReason } from './bot-flow.policy';
import type { CollectedField } from './bot-definition';
import { BotSession } from './bot-session.entity';
import { priorityRank, type Priority } from '../conversations/priority.policy';

export interface Handover {
  reason: HandoverReason | 'external' | 'bot-removed';
  teamId?: number;
  priority?: Priority;
  /** Lines for the operator's note: what the bot collected or found out. */
  summary: Array<[label: string, value: string]>;
}

/** Labels of collected fields in the operator's note. */
export const FIELD_LABELS: Record<CollectedField, string> = { name: 'Name', phone: 'Phone', email: 'E-mail', orderNumber: 'Order number' };

/**
 * What a bot does to a conversation, for flow bots (BotRunner) and external
 * ones (the bot API) alike: speak, change the contact and the conversation,
 * and hand over to the router.
 */
@Injectable()
export class BotConversations {
  constructor(
    private readonly db: DataSource,
    private readonly conversations: ConversationsService,
    private readonly replies: ReplyService,
    private readonly contacts: ContactsService,
    private readonly publisher: ConversationPublisher,
    private readonly domainEvents: DomainEventBus,
    private readonly routing: RoutingService,
    private readonly attributes: AttributesService,
  ) {}

  private readonly logger = new Logger(BotConversations.name);

  /**
   * A bot message: sender `bot`, marked automatic (never a first response),
   * sent through the delivery pipeline. Buttons go as buttons where the
   * channel's feature map says it shows them, else as numbered lines.
   */
  async say(conversation: Conversation, botId: number, text: string, buttons: BotButton[] = []): Promise<MessageDto> {
    // Read afresh: a set step earlier in this turn may have changed the attributes.
    const [inbox, contact, current] = await Promise.all([
      this.db.getRepository(Inbox).findOneByOrFail({ id: conversation.inboxId }),
      this.db.getRepository(Contact).findOneByOrFail({ id: conversation.contactId }),
      this.db.getRepository(Conversation).findOneByOrFail({ id: conversation.id }),
    ]);
    const rendered = renderTemplate(text, {
      variables: { 'contact.name': contact.name, 'contact.email': contact.email, 'contact.phone': contact.phone, 'inbox.name': inbox.name },
      attributes: contact.attributes,
      conversationAttributes: current.attributes,
    });
    const native = buttons.length > 0 && channelFeatures(inbox.type).buttons;
    return this.replies.sendAutomatic(conversation, {
      senderType: 'bot',
      text: buttons.length && !native ? numberedText(rendered, buttons) : rendered,
      payload: { automatic: 'bot', botId, ...(native ? { buttons } : {}) },
    });
  }

  async saveField(conversation: Conversation, field: CollectedField, value: string, attribute?: string): Promise<void> {
    if (field === 'orderNumber') await this.contacts.mergeAttributes(conversation.contactId, { [attribute ?? 'orderNumber']: value });
    else await this.contacts.update(conversation.contactId, { [field]: value });
  }

  /** Language, team, priority and custom attributes of the conversation; custom attributes of the contact. */
  async set(
    conversation: Conversation,
    changes: { language?: string; teamId?: number; priority?: Priority; attributes?: Record<string, AttributeValue>; conversationAttributes?: Record<string, AttributeValue> },
  ): Promise<void> {
    const columns: Partial<Conversation> = {};
    if (changes.language !== undefined) columns.language = changes.language;
    if (changes.teamId !== undefined) columns.teamId = changes.teamId;
    if (changes.priority !== undefined) columns.priority = priorityRank(changes.priority);
    if (Object.keys(columns).length) {
      await this.db.getRepository(Conversation).update({ id: conversation.id, status: 'bot' }, columns);
      await this.publisher.changed(await this.conversations.get(conversation.id));
    }
    const skipped = [
      ...(changes.attributes ? await this.attributes.setByBot(conversation, 'contact', changes.attributes) : []),
      ...(changes.conversationAttributes ? await this.attributes.setByBot(conversation, 'conversation', changes.conversationAttributes) : []),
    ];
    if (skipped.length) this.logger.warn(`Conversation ${conversation.id}: the bot's values of ${skipped.join(', ')} do not fit their attribute definitions and were left out`);
  }

  /**
   * Ends the bot's part: the conversation goes from `bot` to the queue (a
   * conditional update, so two handovers at once make one), the operator
   * gets a note with what the bot collected, and the router finds someone.
   * Throws 409 when the bot no longer holds the conversation.
   */
  async handover(conversationId: number, handover: Handover): Promise<Conversation> {
    const now = new Date();
    const columns: Partial<Conversation> = { status: 'queued', queuedAt: now };
    if (handover.teamId !== undefined) columns.teamId = handover.teamId;
    if (handover.priority !== undefined) columns.priority = priorityRank(handover.priority);
    const moved = await this.db.transaction(async (tx) => {
      const result = await tx.getRepository(Conversation).update({ id: conversationId, status: 'bot' }, columns);
      if (!result.affected) return false;
      await tx.getRepository(BotSession).update({ conversationId, endedAt: IsNull() }, { endedAt: now });
      await this.conversations.logEvent(tx, conversationId, 'queued', { data: { from: 'bot', reason: handover.reason } });
      return true;
    });
    if (!moved) throw new ConflictException(`Conversation ${conversationId} is not with a bot (any more)`);
    const conversation = await this.conversations.get(conversationId);
    if (handover.summary.length) await this.note(conversation, handover);
    await this.publisher.changed(conversation);
    await this.routing.requestRoute(conversationId);
    return conversation;
  }

  /** A private note for the operator: never sent to the customer. */
  private async note(conversation: Conversation, handover: Handover): Promise<void> {
    const { message } = await this.conversations.addMessage(conversation, {
      direction: 'out',
      senderType: 'bot',
      kind: 'text',
      text: ['Collected by the bot:', ...handover.summary.map(([label, value]) => `${label}: ${value}`)].join('\n'),
      payload: { automatic: 'bot_summary', collected: Object.fromEntries(handover.summary), reason: handover.reason },
      private: true,
      status: 'sent',
    });
    await this.domainEvents.emit('message.created', { messageId: message.id });
  }
}
