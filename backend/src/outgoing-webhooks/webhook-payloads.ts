import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { Inbox } from '../channels/inbox.entity';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Contact } from '../contacts/contact.entity';
import { Attachment } from '../conversations/attachment.entity';
import { Conversation } from '../conversations/conversation.entity';
import { attachmentUrl, ConversationPresenter } from '../conversations/conversation.presenter';
import { priorityOf } from '../conversations/priority.policy';
import { Message } from '../conversations/message.entity';
import { Review } from '../supervision/scorecard.entity';

// The `data` of each event, version 1 (docs/integrations.md): ids, the
// channel and inbox, the contact, the operator and the times, built from
// the rows as they are when the event happens. These shapes are a promise
// to receivers: add fields freely, but rename or remove only in a new version.

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

export const operatorData = (agent: Agent | null) => (agent ? { id: agent.id, name: agent.name, email: agent.email } : null);

export function contactData(contact: Contact) {
  return {
    id: contact.id,
    name: contact.name,
    email: contact.email,
    phone: contact.phone,
    language: contact.language,
    country: contact.country,
    attributes: contact.attributes,
    createdAt: iso(contact.createdAt),
    updatedAt: iso(contact.updatedAt),
  };
}

@Injectable()
export class WebhookPayloads {
  constructor(
    private readonly db: DataSource,
    private readonly presenter: ConversationPresenter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async conversation(id: number) {
    const conversation = await this.db.getRepository(Conversation).findOneByOrFail({ id });
    const [inbox, contact, operator, labels] = await Promise.all([
      this.db.getRepository(Inbox).findOneByOrFail({ id: conversation.inboxId }),
      this.db.getRepository(Contact).findOneByOrFail({ id: conversation.contactId }),
      conversation.assigneeId ? this.db.getRepository(Agent).findOneBy({ id: conversation.assigneeId }) : null,
      this.presenter.labelsOf([id]),
    ]);
    return {
      id: conversation.id,
      status: conversation.status,
      channel: inbox.type,
      inbox: { id: inbox.id, name: inbox.name },
      contact: contactData(contact),
      operator: operatorData(operator),
      teamId: conversation.teamId,
      priority: priorityOf(conversation.priority),
      labels: labels.get(id) ?? [],
      attributes: conversation.attributes ?? {},
      csat: conversation.csatScore === null ? null : { score: conversation.csatScore, comment: conversation.csatComment },
      times: {
        createdAt: iso(conversation.createdAt),
        queuedAt: iso(conversation.queuedAt),
        firstAssignedAt: iso(conversation.firstAssignedAt),
        firstReplyAt: iso(conversation.firstAgentReplyAt),
        lastMessageAt: iso(conversation.lastMessageAt),
        closedAt: iso(conversation.closedAt),
      },
    };
  }

  /** The message with its sender (for operators) and files; `url`s are absolute. */
  async message(message: Message) {
    const [sender, files] = await Promise.all([
      message.senderType === 'agent' && message.senderId ? this.db.getRepository(Agent).findOneBy({ id: message.senderId }) : null,
      this.db.getRepository(Attachment).findBy({ messageId: message.id }),
    ]);
    return {
      id: message.id,
      conversationId: message.conversationId,
      direction: message.direction,
      senderType: message.senderType,
      operator: operatorData(sender),
      private: message.private,
      kind: message.kind,
      text: message.text,
      attachments: files.map((a) => ({ fileName: a.fileName, mimeType: a.mimeType, size: a.size, url: `${this.config.publicUrl}${attachmentUrl(a)}` })),
      status: message.status,
      error: message.error,
      edited: message.edited,
      replyToId: message.replyToId,
      createdAt: iso(message.createdAt),
    };
  }

  async contact(id: number) {
    return contactData(await this.db.getRepository(Contact).findOneByOrFail({ id }));
  }

  async operator(id: number) {
    const agent = await this.db.getRepository(Agent).findOneByOrFail({ id });
    return { ...operatorData(agent), status: agent.status };
  }

  async operators(ids: Array<number | null>) {
    const wanted = ids.filter((id): id is number => id !== null);
    const agents = wanted.length ? await this.db.getRepository(Agent).findBy({ id: In(wanted) }) : [];
    return (id: number | null) => operatorData(agents.find((a) => a.id === id) ?? null);
  }

  async review(id: number) {
    const review = await this.db.getRepository(Review).findOneByOrFail({ id });
    const operatorOf = await this.operators([review.agentId, review.reviewerId]);
    return {
      id: review.id,
      conversationId: review.conversationId,
      operator: operatorOf(review.agentId),
      reviewer: operatorOf(review.reviewerId),
      score: review.score,
      summary: review.summary,
      ratings: review.ratings,
      submittedAt: iso(review.submittedAt),
    };
  }
}
