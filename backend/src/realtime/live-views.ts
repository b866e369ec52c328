import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ContactIdentity } from '../contacts/contact-identity.entity';
import { Conversation } from '../conversations/conversation.entity';

/** Contacts looked up in one query at most. */
const VIEWER_PAGE = 500;

/** What finds the customer's live views of a conversation. */
export type Viewed = Pick<Conversation, 'id' | 'inboxId' | 'contactId'>;

/**
 * The customer's live views of a conversation: the site widgets of the
 * visitors who are its contact in its inbox (each visitor's widgets share
 * the room rooms.visitor). A person who wrote from two browsers (two
 * visitors merged into one contact) has both. In other inboxes the
 * identities are provider addresses, whose rooms nobody joins.
 */
@Injectable()
export class LiveViews {
  constructor(private readonly db: DataSource) {}

  /** The visitor ids of the contact in the inbox. */
  async of(inboxId: number, contactId: number): Promise<string[]> {
    const identities = await this.db.getRepository(ContactIdentity).findBy({ inboxId, contactId });
    return identities.map((identity) => identity.externalId);
  }

  async ofConversation(conversationId: number): Promise<{ inboxId: number; visitorIds: string[] }> {
    const conversation = await this.db.getRepository(Conversation).findOneOrFail({ where: { id: conversationId }, select: { id: true, inboxId: true, contactId: true } });
    return { inboxId: conversation.inboxId, visitorIds: await this.of(conversation.inboxId, conversation.contactId) };
  }

  /**
   * The visitor ids of each conversation, by conversation id: by inbox and a
   * page of contacts at a time, as a whole queue may ask at once and SQLite
   * parses a long OR as a tree too deep.
   */
  async ofConversations(conversations: Viewed[]): Promise<Map<number, string[]>> {
    const contactsByInbox = new Map<number, Set<number>>();
    for (const c of conversations) contactsByInbox.set(c.inboxId, (contactsByInbox.get(c.inboxId) ?? new Set()).add(c.contactId));
    const byContact = new Map<string, string[]>();
    for (const [inboxId, contacts] of contactsByInbox) {
      const ids = [...contacts];
      for (let i = 0; i < ids.length; i += VIEWER_PAGE) {
        for (const identity of await this.db.getRepository(ContactIdentity).findBy({ inboxId, contactId: In(ids.slice(i, i + VIEWER_PAGE)) })) {
          const key = viewerKey(identity.inboxId, identity.contactId);
          byContact.set(key, [...(byContact.get(key) ?? []), identity.externalId]);
        }
      }
    }
    return new Map(conversations.map((c) => [c.id, byContact.get(viewerKey(c.inboxId, c.contactId)) ?? []]));
  }
}

const viewerKey = (inboxId: number, contactId: number) => `${inboxId}:${contactId}`;
