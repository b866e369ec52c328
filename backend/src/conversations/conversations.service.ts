import { parseAttributeFilters } from '../attributes/attribute.policy';
import { attributeFilterSql } from '../database/json-attribute';
import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { ChannelType } from '@inbox/connectors';
import { And, DataSource, EntityManager, Equal, FindOperator, In, IsNull, LessThan, MoreThan, Raw, type FindOptionsWhere } from 'typeorm';
import { isSupervisor, type Agent } from '../agents/agent.entity';
import { InboxAccess } from '../auth/inbox-access.service';
import { isUniqueViolation } from '../common/database-errors';
import { DomainEventBus } from '../common/domain-events';
import { releaseSlot } from '../agents/agent-load';
import { routingTransaction } from '../database/transactions';
import { Attachment } from './attachment.entity';
import { Conversation, type ConversationStatus } from './conversation.entity';
import { ConversationEvent, type ConversationEventType } from './conversation-event.entity';
import { Message } from './message.entity';
import { completeMessageRow, messageRow, resolveQuotes, type NewMessage } from './message-rows';
import { insertRow, insertRows } from '../database/raw-rows';
import { priorityOf, priorityRank, type Priority } from './priority.policy';

/** `snoozed`: what the caller snoozed (their own, as `mine`); supervisors see everyone's with `all` and `status=snoozed`. */
export type ConversationView = 'mine' | 'queue' | 'snoozed' | 'all';
/** `due`: the SLA target due soonest first (docs/sla.md); otherwise the view's own order. */
export type ConversationOrder = 'due';

export interface ListConversationsQuery {
  view: ConversationView;
  status?: ConversationStatus;
  inboxId?: number;
  channel?: ChannelType;
  /** Only conversations carrying this label. */
  label?: number;
  /** `key:value` pairs a custom attribute of the conversation or its contact must have (attribute.policy.ts). */
  attr?: string[];
  cursor?: number;
  limit: number;
  order?: ConversationOrder;
}

/** The unique key of a contact's open conversation in an inbox: at most one each. */
export const openKeyOf = (inboxId: number, contactId: number) => `${inboxId}:${contactId}`;

/** Conversations and their messages: the lifecycle and the storage rules of docs/architecture.md. */
@Injectable()
export class ConversationsService {
  constructor(
    private readonly db: DataSource,
    private readonly domainEvents: DomainEventBus,
    private readonly access: InboxAccess,
  ) {}

  async get(id: number): Promise<Conversation> {
    const conversation = await this.db.getRepository(Conversation).findOneBy({ id });
    if (!conversation) throw new NotFoundException(`Conversation ${id} does not exist`);
    return conversation;
  }

  /** The conversation if this agent may see it (its inbox, or they hold it); 404 otherwise. */
  async getFor(agent: Agent, id: number): Promise<Conversation> {
    const conversation = await this.get(id);
    await this.access.assertConversation(agent, conversation);
    return conversation;
  }

  /** The open conversation of a contact in an inbox, or null. */
  findOpen(inboxId: number, contactId: number): Promise<Conversation | null> {
    return this.db.getRepository(Conversation).findOneBy({ openKey: openKeyOf(inboxId, contactId) });
  }

  /**
   * The contact's open conversation in the inbox, opened now if there is none.
   * The unique open key makes concurrent callers agree on one conversation.
   * `status` is asked only when one is opened (an inbox with a bot starts it as `bot`).
   * A contact merged away meanwhile (ContactMergeService) stands for the
   * one it was merged into: the contact row is read with a shared lock, so a
   * merge either sees the new conversation and moves it, or has committed
   * and left its pointer.
   */
  async openOrGet(
    inboxId: number,
    contactId: number,
    status: ConversationStatus | (() => Promise<ConversationStatus>) = 'queued',
    identityId: number | null = null,
  ): Promise<{ conversation: Conversation; created: boolean }> {
    const existing = await this.findOpen(inboxId, contactId);
    if (existing) return { conversation: existing, created: false };
    const initialStatus = typeof status === 'function' ? await status() : status;
    let owner = contactId;
    try {
      // A deadlock victim is run again: the customer's message must not fail for a lock it happened to lose.
      return await routingTransaction(this.db, async (tx) => {
        owner = await this.lockLiveContact(tx, contactId);
        // One opener per contact at a time: whoever waited for the lock finds the first one's conversation here.
        const open = await tx.getRepository(Conversation).findOneBy({ openKey: openKeyOf(inboxId, owner) });
        if (open) return { conversation: open, created: false };
        const row = await this.insertOpen(tx, { inboxId, contactId: owner, identityId, status: initialStatus, lastMessageAt: null });
        return { conversation: row, created: true };
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const winner = await this.findOpen(inboxId, owner);
      if (!winner) throw error;
      return { conversation: winner, created: false };
    }
  }

  /**
   * A new customer's conversation with its first message, in the caller's
   * transaction, where their contact was created (InboundService): nobody
   * else can merge or open for a contact before it is committed, so it is
   * not locked. `lastMessageAt` is written with the conversation, so the
   * message needs no UPDATE after it. A quote is left unresolved: it could
   * only be of a message of this conversation, which has none yet.
   */
  async openWithFirstMessage(
    tx: EntityManager,
    open: { inboxId: number; contactId: number; identityId: number; status: ConversationStatus },
    input: NewMessage,
  ): Promise<{ conversation: Conversation; message: Message }> {
    const now = new Date();
    const conversation = await this.insertOpen(tx, { ...open, lastMessageAt: now });
    const message = completeMessageRow(conversation, input, now);
    message.id = await insertRow(tx, Message, message);
    if (input.attachmentIds?.length) await this.linkAttachments(tx, message, input.attachmentIds, input.uploadedBy ?? '');
    return { conversation, message };
  }

  /**
   * A contact's new open conversation and its first events ('created', and
   * 'queued' unless a bot takes it: one INSERT), as complete rows that need
   * no read-back.
   */
  private async insertOpen(
    tx: EntityManager,
    open: { inboxId: number; contactId: number; identityId: number | null; status: ConversationStatus; lastMessageAt: Date | null },
  ): Promise<Conversation> {
    const now = new Date();
    const conversation = Object.assign(new Conversation(), {
      ...open,
      assigneeId: null,
      holdsSlot: true,
      teamId: null,
      priority: 0,
      language: null,
      vip: false,
      escalated: false,
      attributes: null,
      requiredSkills: null,
      queuedAt: open.status === 'queued' ? now : null,
      offeredTo: null,
      offerExpiresAt: null,
      declinedBy: null,
      stickyAgentId: null,
      stickyUntil: null,
      snoozedUntil: null,
      openKey: openKeyOf(open.inboxId, open.contactId),
      createdAt: now,
      updatedAt: now,
      firstAssignedAt: null,
      firstAgentReplyAt: null,
      closedAt: null,
      csatRequestedAt: null,
      csatScore: null,
      csatComment: null,
      slaTarget: null,
      slaAmberAt: null,
      slaDueAt: null,
    } satisfies Omit<Conversation, 'id'>);
    conversation.id = await insertRow(tx, Conversation, conversation);
    const types: ConversationEventType[] = open.status === 'queued' ? ['created', 'queued'] : ['created'];
    // The time given here, not the column default: SQLite's default datetime('now') has whole seconds only.
    const events = types.map((type) => Object.assign(new ConversationEvent(), { conversationId: conversation.id, type, agentId: null, actorId: null, data: null, createdAt: now } satisfies Omit<ConversationEvent, 'id'>));
    await insertRows(tx, ConversationEvent, events);
    return conversation;
  }

  /**
   * The contact, or the one it was merged into, with the row of the one
   * whose conversation opens locked for update until the transaction ends
   * (MySQL; SQLite has one writer). Openers of one customer's conversation
   * queue here instead of racing to insert the same open key: with a
   * shared lock they all inserted, and InnoDB's duplicate-key checks of
   * three or more inserters of one key can deadlock (docs/architecture.md).
   */
  private async lockLiveContact(tx: EntityManager, contactId: number): Promise<number> {
    const type = tx.connection.options.type;
    const lock = type === 'mysql' || type === 'mariadb' ? ' FOR UPDATE' : '';
    const read = async (id: number) => {
      const [row]: Array<{ mergedIntoId: number | null }> = await tx.query(`SELECT mergedIntoId FROM contacts WHERE id = ?${lock}`, [id]);
      return row?.mergedIntoId === null || row?.mergedIntoId === undefined ? id : Number(row.mergedIntoId);
    };
    const owner = await read(contactId);
    if (owner !== contactId) await read(owner);
    return owner;
  }

  /**
   * Stores a message exactly once: a second call with the same external id
   * returns the first row (`duplicate: true`) instead of adding another.
   */
  async addMessage(conversation: Conversation, input: NewMessage): Promise<{ message: Message; duplicate: boolean }> {
    // No look-up first: resends are rare, and the unique (inboxId, externalId) key catches them below.
    const [withQuote] = await resolveQuotes(this.db.manager, [{ conversation, input }]);
    try {
      const message = await routingTransaction(this.db, async (tx) => {
        // The time given here, as every other way of storing a message gives it: SQLite's column default has whole seconds
        // only, so a message stored right after one with a given time would look older than it.
        const now = new Date();
        const row = await tx.getRepository(Message).save(tx.getRepository(Message).create({ ...messageRow(conversation, withQuote.input), createdAt: now }));
        if (input.attachmentIds?.length) await this.linkAttachments(tx, row, input.attachmentIds, input.uploadedBy ?? '');
        const isAgentReply = input.senderType === 'agent' && !row.private;
        await tx.getRepository(Conversation).update({ id: conversation.id }, { lastMessageAt: now });
        if (isAgentReply && !conversation.firstAgentReplyAt) {
          const first = await tx
            .getRepository(Conversation)
            .update({ id: conversation.id, firstAgentReplyAt: IsNull() }, { firstAgentReplyAt: now });
          if (first.affected) await this.logEvent(tx, conversation.id, 'first_reply', { actorId: input.senderId ?? null, agentId: input.senderId ?? null });
        }
        return row;
      });
      return { message, duplicate: false };
    } catch (error) {
      if (!isUniqueViolation(error) || !input.externalId) throw error;
      const existing = await this.db.getRepository(Message).findOneByOrFail({ inboxId: conversation.inboxId, externalId: input.externalId });
      return { message: existing, duplicate: true };
    }
  }

  private async linkAttachments(tx: EntityManager, message: Message, ids: number[], uploadedBy: string): Promise<void> {
    const result = await tx
      .getRepository(Attachment)
      .update({ id: In(ids), inboxId: message.inboxId, uploadedBy, messageId: IsNull() }, { messageId: message.id });
    if ((result.affected ?? 0) !== ids.length) {
      // Rolls the message back with it: a message never points at someone else's file.
      throw new NotFoundException(`attachments: ${ids.join(', ')} are not files you uploaded, or are already sent`);
    }
  }

  async updateMessageStatus(id: number, status: Message['status'], error: string | null = null): Promise<Message> {
    await this.db.getRepository(Message).update({ id }, { status, error });
    return this.db.getRepository(Message).findOneByOrFail({ id });
  }

  /** A page of messages, oldest first, before a message id. */
  async messages(conversationIds: number | number[], options: { before?: number; limit: number; includePrivate: boolean }): Promise<Message[]> {
    const where: FindOptionsWhere<Message> = {
      conversationId: Array.isArray(conversationIds) ? In(conversationIds) : conversationIds,
    };
    if (options.before) where.id = LessThan(options.before);
    if (!options.includePrivate) where.private = false;
    const page = await this.db.getRepository(Message).find({ where, order: { id: 'DESC' }, take: options.limit });
    return page.reverse();
  }

  async list(agent: Agent, query: ListConversationsQuery): Promise<Conversation[]> {
    const where: FindOptionsWhere<Conversation> = {};
    if (query.view === 'mine' || query.view === 'snoozed') where.assigneeId = agent.id;
    if (query.view === 'queue') where.status = 'queued';
    if (query.view === 'all' && !isSupervisor(agent)) {
      throw new ForbiddenException('view: "all" is for supervisors and admins; use "mine" or "queue"');
    }
    if (query.status) {
      if ((query.view === 'queue' && query.status !== 'queued') || (query.view === 'snoozed' && query.status !== 'snoozed')) return [];
      where.status = query.status;
    } else if (query.view === 'mine') {
      where.status = In(['assigned', 'bot', 'queued']);
    } else if (query.view === 'snoozed') {
      where.status = 'snoozed';
    }
    if (query.channel) {
      const ofChannel = Raw((inboxId) => `${inboxId} IN (SELECT id FROM inboxes WHERE type = :channel)`, { channel: query.channel });
      where.inboxId = query.inboxId ? And(Equal(query.inboxId), ofChannel) : ofChannel;
    } else if (query.inboxId) {
      where.inboxId = query.inboxId;
    }
    if (query.inboxId) await this.access.assertInbox(agent, query.inboxId);
    // "mine" is what the agent holds; the queue is only that of their inboxes.
    const visible = query.view === 'queue' ? await this.access.visibleInboxIds(agent) : 'all';
    if (visible !== 'all') {
      if (visible.length === 0) return [];
      const current = where.inboxId as number | FindOperator<number> | undefined;
      where.inboxId = current === undefined ? In(visible) : And(typeof current === 'number' ? Equal(current) : current, In(visible));
    }
    // The queue is served oldest first; everything else newest first.
    const oldestFirst = query.view === 'queue';
    const page = query.cursor ? (oldestFirst ? MoreThan(query.cursor) : LessThan(query.cursor)) : undefined;
    const labelled = query.label ? Raw((id) => `${id} IN (SELECT cl.conversationId FROM conversation_labels cl WHERE cl.labelId = :label)`, { label: query.label }) : undefined;
    const filters = parseAttributeFilters(query.attr);
    const byAttributes = filters.length ? attributeFilterSql(this.db.options.type, filters) : undefined;
    const attributed = byAttributes ? Raw(byAttributes.condition, byAttributes.parameters) : undefined;
    const idConditions = [page, labelled, attributed].filter((c) => c !== undefined);
    if (idConditions.length) where.id = idConditions.length === 1 ? idConditions[0] : And(...idConditions);
    if (query.order === 'due') {
      if (query.cursor) throw new BadRequestException('cursor: order "due" is one page, without a cursor');
      // Both databases put NULL first in ascending order: those without a running target go last explicitly.
      return this.db
        .getRepository(Conversation)
        .createQueryBuilder('c')
        .setFindOptions({ where })
        .orderBy('CASE WHEN c.slaDueAt IS NULL THEN 1 ELSE 0 END', 'ASC')
        .addOrderBy('c.slaDueAt', 'ASC')
        .addOrderBy('c.id', oldestFirst ? 'ASC' : 'DESC')
        .take(query.limit)
        .getMany();
    }
    return this.db.getRepository(Conversation).find({ where, order: { id: oldestFirst ? 'ASC' : 'DESC' }, take: query.limit });
  }

  /**
   * `automatic`: closed by the system, not by the operator, for `reason`
   * (customer silence unless said otherwise); told apart in the event log.
   */
  async close(agent: Agent | null, id: number, options: { automatic?: boolean; reason?: 'customer-silence' | 'inbox-archived' | 'spam' } = {}): Promise<Conversation> {
    const conversation = agent ? await this.getFor(agent, id) : await this.get(id);
    if (agent) this.assertMayWrite(agent, conversation);
    if (conversation.status === 'closed') return conversation;
    await routingTransaction(this.db, async (tx) => {
      const result = await tx.getRepository(Conversation).update(
        { id, status: conversation.status, assigneeId: conversation.assigneeId ?? IsNull(), holdsSlot: conversation.holdsSlot },
        { status: 'closed', openKey: null, closedAt: new Date(), offeredTo: null, offerExpiresAt: null, stickyAgentId: null, stickyUntil: null },
      );
      if (!result.affected) throw new ConflictException(`Conversation ${id} changed while closing it; try again`);
      await releaseSlot(tx, conversation);
      await this.logEvent(tx, id, 'closed', {
        agentId: conversation.assigneeId,
        actorId: agent?.id ?? null,
        ...(options.automatic ? { data: { reason: options.reason ?? 'customer-silence' } } : {}),
      });
    });
    await this.domainEvents.emit('agent.slot-freed', { agentId: conversation.assigneeId });
    await this.domainEvents.emit('conversation.closed', { conversationId: id, actorId: agent?.id ?? null, automatic: options.automatic ?? false, spam: options.reason === 'spam' });
    return this.get(id);
  }

  /**
   * Sets the priority (the holder, supervisors, or an automation rule: no agent) and logs the change; a
   * queued conversation takes its new place in the queue at once, as the
   * queue is read in priority order whenever a slot frees.
   */
  async setPriority(agent: Agent | null, id: number, priority: Priority): Promise<Conversation> {
    const conversation = agent ? await this.getFor(agent, id) : await this.get(id);
    if (agent) this.assertMayWrite(agent, conversation);
    const from = priorityOf(conversation.priority);
    if (from === priority) return conversation;
    await routingTransaction(this.db, async (tx) => {
      await tx.getRepository(Conversation).update({ id }, { priority: priorityRank(priority) });
      await this.logEvent(tx, id, 'prioritised', { actorId: agent?.id ?? null, data: { from, to: priority } });
    });
    if (conversation.status === 'queued') await this.domainEvents.emit('conversation.left-in-queue', { conversationId: id, inboxId: conversation.inboxId });
    return this.get(id);
  }

  /** Notes also by an operator a note mentioned, while the mention lets them in (mention.policy.ts); replies never. */
  async assertMayAddNote(agent: Agent, conversation: Conversation): Promise<void> {
    if (isSupervisor(agent) || conversation.assigneeId === agent.id || !(await this.access.mentionedIn(agent, conversation.id))) this.assertMayWrite(agent, conversation);
  }

  /** Operators write only in conversations they hold; supervisors anywhere. */
  assertMayWrite(agent: Agent, conversation: Conversation): void {
    if (isSupervisor(agent) || conversation.assigneeId === agent.id) return;
    throw new ForbiddenException(
      conversation.status === 'queued'
        ? `Conversation ${conversation.id} is in the queue: accept it first`
        : `Conversation ${conversation.id} belongs to another operator`,
    );
  }

  async eventLog(conversationId: number): Promise<ConversationEvent[]> {
    return this.db.getRepository(ConversationEvent).find({ where: { conversationId }, order: { id: 'ASC' } });
  }

  async logEvent(
    tx: EntityManager,
    conversationId: number,
    type: ConversationEventType,
    extra: { agentId?: number | null; actorId?: number | null; data?: ConversationEvent['data'] } = {},
  ): Promise<void> {
    const events = tx.getRepository(ConversationEvent);
    // The time given here, not the column default: SQLite's default datetime('now') has whole seconds only.
    const row = events.create({ conversationId, type, agentId: extra.agentId ?? null, actorId: extra.actorId ?? null, data: extra.data ?? null, createdAt: new Date() });
    // Nobody reads the row back: without updateEntity(false) TypeORM would SELECT its id and createdAt after the INSERT.
    await events.createQueryBuilder().insert().values(row).updateEntity(false).execute();
  }
}
