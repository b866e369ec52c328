import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { DomainEventBus } from '../common/domain-events';
import { ContactIdentity } from '../contacts/contact-identity.entity';
import { RealtimeService } from '../realtime/realtime.service';
import { ConversationPresenter, type ConversationDto } from './conversation.presenter';
import type { Conversation } from './conversation.entity';

/** Contacts looked up in one query at most. */
const VIEWER_PAGE = 500;

/** Tells everyone watching that a conversation changed: operators, and the customer's live view if they have one. */
@Injectable()
export class ConversationPublisher {
  constructor(
    private readonly db: DataSource,
    private readonly presenter: ConversationPresenter,
    private readonly realtime: RealtimeService,
    private readonly domainEvents: DomainEventBus,
  ) {}

  async changed(conversation: Conversation, known?: ConversationDto): Promise<void> {
    await this.changedMany([conversation], [known ?? (await this.presenter.conversation(conversation))]);
  }

  /** Several conversations at once (a routing batch): one lookup of the customers' live views for all. */
  async changedMany(conversations: Conversation[], dtos: ConversationDto[]): Promise<void> {
    if (conversations.length === 0) return;
    for (const dto of dtos) this.realtime.toAgents('conversation.updated', { conversation: dto });
    const viewers = await this.liveViewersOf(conversations);
    for (const conversation of conversations) {
      for (const visitorId of viewers.get(viewerKey(conversation.inboxId, conversation.contactId)) ?? []) {
        this.realtime.toVisitor(conversation.inboxId, visitorId, 'conversation.updated', {
          conversation: { id: conversation.id, status: conversation.status },
        });
      }
    }
  }

  /** The visitors whose widget may show each conversation live (site widget inboxes), by conversation id. */
  async liveViewers(conversations: Viewed[]): Promise<Map<number, string[]>> {
    const viewers = await this.liveViewersOf(conversations);
    return new Map(conversations.map((c) => [c.id, viewers.get(viewerKey(c.inboxId, c.contactId)) ?? []]));
  }

  /**
   * Customers' places in one inbox's queue: live in the widgets of
   * `viewers` (liveViewers), and as a message where the inbox sends one
   * (automation decides). `first`: the first place this process tells the
   * conversation.
   */
  async queuePositions(
    inboxId: number,
    places: Array<{ conversation: Viewed; viewers: readonly string[]; position: number; expectedWaitMs: number | null; first: boolean }>,
  ): Promise<void> {
    if (places.length === 0) return;
    for (const { conversation, viewers, position, expectedWaitMs } of places) {
      for (const visitorId of viewers) this.realtime.toVisitor(inboxId, visitorId, 'queue.position', { conversationId: conversation.id, position, expectedWaitMs });
    }
    await this.domainEvents.emit('conversation.queue-positions', {
      inboxId,
      places: places.map(({ conversation, position, first }) => ({ conversationId: conversation.id, position, first })),
    });
  }

  /** By inbox and a page of contacts at a time: a whole queue may ask at once, and SQLite parses a long OR as a tree too deep. */
  private async liveViewersOf(conversations: Viewed[]): Promise<Map<string, string[]>> {
    const contactsByInbox = new Map<number, Set<number>>();
    for (const c of conversations) contactsByInbox.set(c.inboxId, (contactsByInbox.get(c.inboxId) ?? new Set()).add(c.contactId));
    const result = new Map<string, string[]>();
    for (const [inboxId, contacts] of contactsByInbox) {
      const ids = [...contacts];
      for (let i = 0; i < ids.length; i += VIEWER_PAGE) {
        for (const identity of await this.db.getRepository(ContactIdentity).findBy({ inboxId, contactId: In(ids.slice(i, i + VIEWER_PAGE)) })) {
          const key = viewerKey(identity.inboxId, identity.contactId);
          result.set(key, [...(result.get(key) ?? []), identity.externalId]);
        }
      }
    }
    return result;
  }
}

/** What finds the customer's live views of a conversation. */
type Viewed = Pick<Conversation, 'id' | 'inboxId' | 'contactId'>;

const viewerKey = (inboxId: number, contactId: number) => `${inboxId}:${contactId}`;
