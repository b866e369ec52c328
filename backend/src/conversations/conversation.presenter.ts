import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { Inbox } from '../channels/inbox.entity';
import { Contact } from '../contacts/contact.entity';
import { ContactIdentity } from '../contacts/contact-identity.entity';
import type { ContactDetailsDto } from '../contacts/contact.responses';
import type { LabelRef } from '../labels/label.responses';
import { hydrate, selectColumns } from '../database/raw-rows';
import { conversationTakesSlot } from '../routing/routing.policy';
import { Attachment } from './attachment.entity';
import { Conversation } from './conversation.entity';
import { Message } from './message.entity';
import { priorityOf } from './priority.policy';
import type { SlaTarget } from '../sla/sla.entities';
import type { ConversationDto, MessageDto, MessageQuote } from './conversation.responses';

export type { AttachmentDto, ConversationDto, MessageDto, MessageQuote } from './conversation.responses';

const QUOTE_CHARS = 200;

/**
 * The id of conversation `v`'s last message customers see. ORDER BY … LIMIT 1
 * stops at the first row down ix_messages_conversation_public, where a
 * correlated MAX() read every message of the conversation on MariaDB.
 */
const LAST_PUBLIC_MESSAGE_ID = (messages: string) => `SELECT l.id FROM ${messages} l WHERE l.conversationId = v.id AND l.private = 0 ORDER BY l.id DESC LIMIT 1`;

interface LabelRow {
  id: number | string;
  name: string;
  color: string;
  nameKey: string;
}

/** Conversation `v`'s labels as one JSON array (an empty conversation gives NULL on MySQL, `[]` on SQLite). */
function labelsAsJson(db: DataSource): string {
  const mysql = db.options.type === 'mysql' || db.options.type === 'mariadb';
  const object = `${mysql ? 'JSON_OBJECT' : 'json_object'}('id', l.id, 'name', l.name, 'color', l.color, 'nameKey', l.nameKey)`;
  return `SELECT ${mysql ? 'JSON_ARRAYAGG' : 'json_group_array'}(${object}) FROM conversation_labels cl INNER JOIN labels l ON l.id = cl.labelId WHERE cl.conversationId = v.id`;
}

/** MariaDB and SQLite give the JSON as text, MySQL as a parsed value. */
function parseLabels(value: unknown): LabelRow[] {
  if (value === null || value === undefined) return [];
  return (typeof value === 'string' ? JSON.parse(value) : value) as LabelRow[];
}

/** The root collation: Latin and Cyrillic in their alphabets' order (ё after е, є after е, і and ї after и). */
const LABEL_ORDER = new Intl.Collator('und');

/** Labels as lists show them: by name, in one order on every path whatever the database's collation. */
function labelRefs(rows: LabelRow[]): LabelRef[] {
  return [...rows].sort((a, b) => LABEL_ORDER.compare(a.nameKey, b.nameKey) || Number(a.id) - Number(b.id)).map((r) => ({ id: Number(r.id), name: r.name, color: r.color }));
}

/** What a conversation's line in a list shows of its contact, its inbox and its last message. */
const CONTACT_FIELDS: Array<keyof Contact & string> = ['id', 'name', 'email', 'phone'];
const INBOX_FIELDS: Array<keyof Inbox & string> = ['id', 'name', 'type', 'routing'];
const LAST_MESSAGE_FIELDS: Array<keyof Message & string> = ['id', 'text', 'direction', 'senderType', 'kind', 'createdAt'];
/** What conversationDto reads of a conversation's row: all a push selects (a third of the columns are left out). */
const PRESENTED_FIELDS = [
  'id', 'inboxId', 'status', 'assigneeId', 'holdsSlot', 'teamId', 'priority', 'language', 'attributes', 'createdAt', 'queuedAt', 'offeredTo',
  'offerExpiresAt', 'snoozedUntil', 'lastMessageAt', 'firstAssignedAt', 'firstAgentReplyAt', 'closedAt', 'csatScore', 'csatComment',
  'slaTarget', 'slaAmberAt', 'slaDueAt',
] as const satisfies ReadonlyArray<keyof Conversation>;
type PresentedConversation = Pick<Conversation, (typeof PRESENTED_FIELDS)[number]>;

export const attachmentUrl = (a: Attachment) => `/api/attachments/${a.storageKey}/${encodeURIComponent(a.fileName)}`;

/** Widget messages carry the browser's id in their external id: `visitorId:clientMessageId`. */
export const webchatExternalId = (visitorId: string, clientMessageId: string) => `${visitorId}:${clientMessageId}`;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** Turns rows into the DTOs REST and sockets share, loading related rows in batches. */
@Injectable()
export class ConversationPresenter {
  constructor(private readonly db: DataSource) {}

  /** `contactNames`: the contact's name by conversation, when the caller has it (a push that presented the conversations). */
  /**
   * `fileless`: messages the caller knows have no files (just stored without
   * any), whose files need no look-up.
   */
  async messages(rows: Message[], contactNames?: Map<number, string | null>, fileless: ReadonlySet<number> = new Set()): Promise<MessageDto[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((m) => m.id).filter((id) => !fileless.has(id));
    const quotedIds = [...new Set(rows.filter((m) => m.replyToId !== null && m.replyToId !== undefined).map((m) => m.replyToId as number))];
    // Without quotes (most pages) the names are asked at once, beside the attachments: no extra round trip.
    const quotedRows: Promise<Message[]> = quotedIds.length
      ? this.db.getRepository(Message).find({
          select: { id: true, conversationId: true, senderType: true, senderId: true, kind: true, text: true, private: true },
          where: { id: In(quotedIds) },
        })
      : Promise.resolve([]);
    const [attachments, [quoted, senderName]] = await Promise.all([
      ids.length ? this.db.getRepository(Attachment).find({ where: { messageId: In(ids) }, order: { id: 'ASC' } }) : [],
      quotedRows.then(async (q) => [q, await this.senderNames([...rows, ...q], contactNames)] as const),
    ]);
    const quoteOf = new Map(quoted.map((q) => [q.id, q]));
    const quote = (m: Message): MessageQuote | null => {
      const q = m.replyToId ? quoteOf.get(m.replyToId) : undefined;
      // A note stays among operators: quoted in a reply, it shows to nobody.
      if (!q || (q.private && !m.private)) return null;
      return { id: q.id, senderType: q.senderType, senderName: senderName(q), kind: q.kind, text: q.text === null ? null : q.text.slice(0, QUOTE_CHARS) };
    };
    return rows.map((m) => messageDto(m, senderName(m), attachments.filter((a) => a.messageId === m.id), quote(m)));
  }

  /** Who wrote each message: the operator's name, or the contact's; bots and the system have none. */
  private async senderNames(
    rows: Array<Pick<Message, 'senderType' | 'senderId' | 'conversationId'>>,
    known = new Map<number, string | null>(),
  ): Promise<(m: Pick<Message, 'senderType' | 'senderId' | 'conversationId'>) => string | null> {
    const agentIds = [...new Set(rows.filter((m) => m.senderType === 'agent' && m.senderId).map((m) => m.senderId as number))];
    const conversationIds = [...new Set(rows.filter((m) => m.senderType === 'contact' && !known.has(m.conversationId)).map((m) => m.conversationId))];
    const [agents, conversations] = await Promise.all([
      agentIds.length ? this.db.getRepository(Agent).find({ where: { id: In(agentIds) }, select: { id: true, name: true } }) : [],
      conversationIds.length
        ? this.db
            .createQueryBuilder()
            .select(['c.id AS id', 'k.name AS name'])
            .from('conversations', 'c')
            .innerJoin('contacts', 'k', 'k.id = c.contactId')
            .where('c.id IN (:...ids)', { ids: conversationIds })
            .getRawMany<{ id: number; name: string | null }>()
        : [],
    ]);
    const agentName = new Map(agents.map((a) => [a.id, a.name]));
    const contactName = new Map([...known, ...conversations.map((c) => [Number(c.id), c.name] as const)]);
    return (m) =>
      m.senderType === 'agent' && m.senderId ? (agentName.get(m.senderId) ?? null) : m.senderType === 'contact' ? (contactName.get(m.conversationId) ?? null) : null;
  }

  async message(row: Message): Promise<MessageDto> {
    return (await this.messages([row]))[0];
  }

  async conversations(rows: Conversation[]): Promise<ConversationDto[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((c) => c.id);
    const [contacts, inboxes, lastIds, labels] = await Promise.all([
      this.db.getRepository(Contact).findBy({ id: In([...new Set(rows.map((c) => c.contactId))]) }),
      this.db.getRepository(Inbox).find({ where: { id: In([...new Set(rows.map((c) => c.inboxId))]) }, select: { id: true, name: true, type: true, routing: true } }),
      this.db
        .createQueryBuilder()
        .select('MAX(m.id)', 'id')
        .from('messages', 'm')
        .where('m.conversationId IN (:...ids)', { ids })
        .andWhere('m.private = :private', { private: false })
        .groupBy('m.conversationId')
        .getRawMany<{ id: number }>(),
      this.labelsOf(ids),
    ]);
    const last = lastIds.length
      ? await this.db
          .getRepository(Message)
          .find({ where: { id: In(lastIds.map((r) => Number(r.id))) }, select: { id: true, conversationId: true, text: true, direction: true, senderType: true, kind: true, createdAt: true } })
      : [];
    const contactById = new Map(contacts.map((c) => [c.id, c]));
    const inboxById = new Map(inboxes.map((i) => [i.id, i]));
    const lastByConversation = new Map(last.map((m) => [m.conversationId, m]));
    return rows.map((c) => conversationDto(c, contactById.get(c.contactId), inboxById.get(c.inboxId), lastByConversation.get(c.id), labels.get(c.id) ?? []));
  }

  /** Each conversation's labels, by name. */
  async labelsOf(conversationIds: number[]): Promise<Map<number, LabelRef[]>> {
    const rows = await this.db
      .createQueryBuilder()
      .select(['cl.conversationId AS conversationId', 'l.id AS id', 'l.name AS name', 'l.color AS color', 'l.nameKey AS nameKey'])
      .from('conversation_labels', 'cl')
      .innerJoin('labels', 'l', 'l.id = cl.labelId')
      .where('cl.conversationId IN (:...conversationIds)', { conversationIds })
      .getRawMany<LabelRow & { conversationId: number | string }>();
    const byConversation = new Map<number, LabelRow[]>();
    for (const r of rows) byConversation.set(Number(r.conversationId), [...(byConversation.get(Number(r.conversationId)) ?? []), r]);
    return new Map([...byConversation].map(([id, labels]) => [id, labelRefs(labels)]));
  }

  /**
   * The conversations as they are now, presented with one statement (their
   * labels gathered in it as JSON), where conversations() takes loaded rows
   * and asks five more: for pushes under load (InboundNotifier), which
   * re-read what they push so a push never shows an older state than the
   * one before it.
   */
  async conversationsById(ids: number[]): Promise<ConversationDto[]> {
    if (ids.length === 0) return [];
    const manager = this.db.manager;
    const driver = this.db.driver;
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT ${selectColumns(manager, Conversation, 'v', PRESENTED_FIELDS)}, ${selectColumns(manager, Contact, 'k', CONTACT_FIELDS)},
              ${selectColumns(manager, Inbox, 'i', INBOX_FIELDS)}, ${selectColumns(manager, Message, 'm', LAST_MESSAGE_FIELDS)},
              (${labelsAsJson(this.db)}) AS v_labels
       FROM ${driver.escape('conversations')} v
       LEFT JOIN ${driver.escape('contacts')} k ON k.id = v.contactId
       LEFT JOIN ${driver.escape('inboxes')} i ON i.id = v.inboxId
       LEFT JOIN ${driver.escape('messages')} m ON m.id = (${LAST_PUBLIC_MESSAGE_ID(driver.escape('messages'))})
       WHERE v.id IN (${ids.map(() => '?').join(', ')})`,
      ids,
    );
    const byId = new Map(
      rows.map((raw) => {
        const c: PresentedConversation = hydrate(manager, Conversation, 'v', raw, PRESENTED_FIELDS);
        const present = <T>(value: T, key: string) => (raw[key] === null ? undefined : value);
        return [
          c.id,
          conversationDto(
            c,
            present(hydrate(manager, Contact, 'k', raw, CONTACT_FIELDS), 'k_id'),
            present(hydrate(manager, Inbox, 'i', raw, INBOX_FIELDS), 'i_id'),
            present(hydrate(manager, Message, 'm', raw, LAST_MESSAGE_FIELDS), 'm_id'),
            labelRefs(parseLabels(raw.v_labels)),
          ),
        ] as const;
      }),
    );
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async conversation(row: Conversation): Promise<ConversationDto> {
    return (await this.conversations([row]))[0];
  }

  /** A contact with the channels they are known on. */
  async contact(contactId: number): Promise<ContactDetailsDto> {
    const [contact, identities] = await Promise.all([
      this.db.getRepository(Contact).findOneByOrFail({ id: contactId }),
      this.db.getRepository(ContactIdentity).find({ where: { contactId }, order: { id: 'ASC' } }),
    ]);
    const inboxes = identities.length
      ? await this.db.getRepository(Inbox).find({ where: { id: In(identities.map((i) => i.inboxId)) }, select: { id: true, name: true, type: true } })
      : [];
    return {
      id: contact.id,
      name: contact.name,
      email: contact.email,
      phone: contact.phone,
      language: contact.language,
      country: contact.country,
      attributes: contact.attributes,
      blockedAt: contact.blockedAt ? new Date(contact.blockedAt).toISOString() : null,
      createdAt: new Date(contact.createdAt).toISOString(),
      identities: identities.map((i) => {
        const inbox = inboxes.find((x) => x.id === i.inboxId);
        return { inboxId: i.inboxId, channel: inbox?.type ?? null, inboxName: inbox?.name ?? null, externalId: i.externalId };
      }),
    };
  }
}

/** A message as REST and sockets show it, from its row and what was loaded beside it. */
export function messageDto(m: Message, senderName: string | null, attachments: Attachment[], replyTo: MessageQuote | null): MessageDto {
  return {
    id: m.id,
    conversationId: m.conversationId,
    inboxId: m.inboxId,
    direction: m.direction,
    senderType: m.senderType,
    senderId: m.senderId,
    senderName,
    kind: m.kind,
    text: m.text,
    payload: m.payload,
    attachments: attachments.map((a) => ({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, size: a.size, url: attachmentUrl(a) })),
    status: m.status,
    error: m.error,
    private: m.private,
    edited: m.edited,
    clientMessageId: m.externalId && m.senderType === 'contact' ? (m.externalId.split(':')[1] ?? null) : null,
    replyTo,
    createdAt: new Date(m.createdAt).toISOString(),
  };
}

/** A conversation as lists show it, from its row, its contact, its inbox and its last message that is not a note. */
export function conversationDto(
  c: PresentedConversation,
  contact: Pick<Contact, 'id' | 'name' | 'email' | 'phone'> | undefined,
  inbox: Pick<Inbox, 'id' | 'name' | 'type' | 'routing'> | undefined,
  lastMessage: Pick<Message, 'text' | 'direction' | 'senderType' | 'kind' | 'createdAt'> | undefined,
  labels: LabelRef[],
): ConversationDto {
  return {
    id: c.id,
    inboxId: c.inboxId,
    inbox: inbox ? { id: inbox.id, name: inbox.name, type: inbox.type } : null,
    contact: contact ? { id: contact.id, name: contact.name, email: contact.email, phone: contact.phone } : null,
    status: c.status,
    assigneeId: c.assigneeId,
    takesSlot: c.status === 'assigned' ? c.holdsSlot : !inbox || conversationTakesSlot(inbox),
    teamId: c.teamId,
    priority: priorityOf(c.priority),
    language: c.language,
    createdAt: new Date(c.createdAt).toISOString(),
    queuedAt: iso(c.queuedAt),
    offeredTo: c.offeredTo,
    offerExpiresAt: iso(c.offerExpiresAt),
    snoozedUntil: iso(c.snoozedUntil),
    lastMessageAt: iso(c.lastMessageAt),
    firstAssignedAt: iso(c.firstAssignedAt),
    firstAgentReplyAt: iso(c.firstAgentReplyAt),
    closedAt: iso(c.closedAt),
    csatScore: c.csatScore,
    csatComment: c.csatComment,
    labels,
    attributes: c.attributes ?? {},
    sla: c.slaTarget ? { target: c.slaTarget as SlaTarget, amberAt: iso(c.slaAmberAt), dueAt: iso(c.slaDueAt) } : null,
    lastMessage: lastMessage
      ? {
          text: lastMessage.text?.slice(0, 200) ?? null,
          direction: lastMessage.direction,
          senderType: lastMessage.senderType,
          kind: lastMessage.kind,
          createdAt: new Date(lastMessage.createdAt).toISOString(),
        }
      : null,
  };
}
