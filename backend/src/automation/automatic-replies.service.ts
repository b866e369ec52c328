import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import type { Inbox } from '../channels/inbox.entity';
import { Contact } from '../contacts/contact.entity';
import type { Conversation } from '../conversations/conversation.entity';
import type { MessageDto } from '../conversations/conversation.presenter';
import { Message } from '../conversations/message.entity';
import { ReplyService } from '../conversations/reply.service';
import { chooseLanguage, type LocalizedText } from './language.policy';
import { renderTemplate, type TemplateVariable } from './message-template.policy';

/** The rules that write automatic messages; the name is stored in the message's payload (`automatic`). */
export type AutomaticKind = 'greeting' | 'after_hours' | 'queue' | 'goodbye' | 'auto_close' | 'csat' | 'csat_reply';

/** Everything a rule needs to word a message for one customer. */
export interface Recipient {
  conversation: Conversation;
  inbox: Inbox;
  contact: Contact;
  /** The language the customer gets texts in: the conversation's, else the contact's, else the inbox default. */
  language: string;
}

/**
 * Words and sends automatic messages: picks the customer's language,
 * fills the variables, and hands the message to ReplyService as sender
 * `system` (delivery pipeline, never a first response).
 */
@Injectable()
export class AutomaticReplies {
  constructor(
    private readonly db: DataSource,
    private readonly replies: ReplyService,
  ) {}

  async recipient(conversation: Conversation, inbox: Inbox): Promise<Recipient> {
    const contact = await this.db.getRepository(Contact).findOneByOrFail({ id: conversation.contactId });
    const language = conversation.language ?? contact.language ?? inbox.automation.defaultLanguage ?? 'en';
    return { conversation, inbox, contact, language };
  }

  /** The text in the customer's language with its variables filled, or null when the text is empty. */
  async word(to: Recipient, text: LocalizedText, extra: Partial<Record<TemplateVariable, string | null>> = {}): Promise<{ text: string; language: string } | null> {
    const version = chooseLanguage(text, [to.conversation.language, to.contact.language], to.inbox.automation.defaultLanguage);
    if (!version) return null;
    const agent = to.conversation.assigneeId
      ? await this.db.getRepository(Agent).findOne({ where: { id: to.conversation.assigneeId }, select: { id: true, name: true } })
      : null;
    const rendered = renderTemplate(version.text, {
      variables: {
        'contact.name': to.contact.name,
        'contact.email': to.contact.email,
        'contact.phone': to.contact.phone,
        'agent.name': agent?.name ?? null,
        'inbox.name': to.inbox.name,
        ...extra,
      },
      attributes: to.contact.attributes,
      conversationAttributes: to.conversation.attributes,
    });
    return rendered.trim() ? { text: rendered.trim(), language: version.language } : null;
  }

  /** Whether a rule already wrote in this conversation (rules that speak once). */
  async alreadySent(conversationId: number, kinds: AutomaticKind[]): Promise<boolean> {
    return (await this.written(conversationId)).some((payload) => kinds.includes(payload.automatic as AutomaticKind));
  }

  /** The payloads of what a rule wrote in this conversation, oldest first (rules that speak on a few occasions). */
  async payloadsOf(conversationId: number, kind: AutomaticKind): Promise<Array<Record<string, unknown>>> {
    return (await this.written(conversationId)).filter((payload) => payload.automatic === kind);
  }

  private async written(conversationId: number): Promise<Array<Record<string, unknown>>> {
    const rows = await this.db.getRepository(Message).find({ where: { conversationId, senderType: 'system' }, select: { id: true, payload: true }, order: { id: 'ASC' } });
    return rows.map((m) => m.payload ?? {});
  }

  send(to: Recipient, kind: AutomaticKind, text: string, extra: Record<string, unknown> = {}): Promise<MessageDto> {
    return this.replies.sendAutomatic(to.conversation, { text, payload: { automatic: kind, ...extra } });
  }
}
