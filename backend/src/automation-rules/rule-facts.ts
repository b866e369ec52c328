import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { isOpen } from '../automation/business-hours.policy';
import { Inbox } from '../channels/inbox.entity';
import { Contact } from '../contacts/contact.entity';
import { Conversation } from '../conversations/conversation.entity';
import { Message } from '../conversations/message.entity';
import { priorityOf } from '../conversations/priority.policy';
import { ConversationLabel } from '../labels/label.entity';
import type { RuleFacts } from './rule-conditions.policy';

/** A conversation with what rules need to act on it, and the facts their conditions read. */
export interface RuleSubject {
  conversation: Conversation;
  inbox: Inbox;
  contact: Contact;
  facts: RuleFacts;
}

const MINUTE_MS = 60_000;

/** Reads the facts rules look at (rule-conditions.policy.ts), for one conversation or the last hundred. */
@Injectable()
export class RuleFactsReader {
  constructor(private readonly db: DataSource) {}

  /** `messageId`: the customer's message that raised the event, whose text is read; else their last one. */
  async subject(conversationId: number, now: Date, messageId?: number): Promise<RuleSubject | null> {
    const conversation = await this.db.getRepository(Conversation).findOneBy({ id: conversationId });
    if (!conversation) return null;
    const message = messageId === undefined ? null : await this.db.getRepository(Message).findOne({ where: { id: messageId }, select: { id: true, text: true } });
    return (await this.subjects([conversation], now, message ? (message.text ?? '') : undefined))[0];
  }

  async subjects(conversations: Conversation[], now: Date, text?: string): Promise<RuleSubject[]> {
    if (conversations.length === 0) return [];
    const ids = conversations.map((c) => c.id);
    const [inboxes, contacts, labels, messages] = await Promise.all([
      this.db.getRepository(Inbox).findBy({ id: In([...new Set(conversations.map((c) => c.inboxId))]) }),
      this.db.getRepository(Contact).findBy({ id: In([...new Set(conversations.map((c) => c.contactId))]) }),
      this.db.getRepository(ConversationLabel).findBy({ conversationId: In(ids) }),
      this.lastWords(ids),
    ]);
    const inboxOf = new Map(inboxes.map((i) => [i.id, i]));
    const contactOf = new Map(contacts.map((c) => [c.id, c]));
    return conversations.map((conversation) => {
      const inbox = inboxOf.get(conversation.inboxId) as Inbox;
      const contact = contactOf.get(conversation.contactId) as Contact;
      const words = messages.get(conversation.id) ?? { lastCustomerText: null, waitingSince: null };
      const hours = inbox.automation.businessHours;
      return {
        conversation,
        inbox,
        contact,
        facts: {
          channel: inbox.type,
          inboxId: inbox.id,
          text: text ?? words.lastCustomerText ?? '',
          labelIds: labels.filter((l) => l.conversationId === conversation.id).map((l) => l.labelId),
          priority: priorityOf(conversation.priority),
          insideBusinessHours: hours ? isOpen(hours, now) : true,
          contactAttributes: contact.attributes ?? {},
          conversationAttributes: conversation.attributes ?? {},
          country: contact.country?.toUpperCase() ?? null,
          language: conversation.language ?? contact.language ?? null,
          waitingMinutes: words.waitingSince ? Math.floor((now.getTime() - words.waitingSince.getTime()) / MINUTE_MS) : null,
          csatScore: conversation.csatScore,
        },
      };
    });
  }

  /**
   * Per conversation: the customer's last text, and since when they wait
   * for an answer (their first message after the last public message of
   * anyone else; null when the last word is not theirs).
   */
  private async lastWords(ids: number[]): Promise<Map<number, { lastCustomerText: string | null; waitingSince: Date | null }>> {
    const rows = await this.db.getRepository(Message).find({
      where: { conversationId: In(ids), private: false },
      select: { id: true, conversationId: true, direction: true, text: true, createdAt: true },
      order: { id: 'ASC' },
    });
    const result = new Map<number, { lastCustomerText: string | null; waitingSince: Date | null }>();
    for (const message of rows) {
      const seen = result.get(message.conversationId) ?? { lastCustomerText: null, waitingSince: null };
      if (message.direction === 'in') {
        if (message.text) seen.lastCustomerText = message.text;
        seen.waitingSince ??= new Date(message.createdAt);
      } else {
        seen.waitingSince = null;
      }
      result.set(message.conversationId, seen);
    }
    return result;
  }
}
