import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../common/database-errors';
import { hydrate, insertReturnsRows, insertRow, insertRows, selectColumns } from '../database/raw-rows';
import type { Conversation } from './conversation.entity';
import { Message } from './message.entity';

/**
 * Inserts the rows with one statement and returns their ids in order. A row
 * whose external id another writer stored meanwhile makes the statement fail
 * as a whole (statement-level rollback on both databases); then each row
 * goes alone, and the taken ones come back as null.
 */
export async function insertMessages(tx: EntityManager, rows: Message[]): Promise<Array<number | null>> {
  if (rows.length === 0) return [];
  // A lone row too, where the INSERT says its id: at 1,000 webhooks a second batches are often of one, and the
  // query builder's single-row INSERT took more of the process than the raw one.
  if ((rows.length > 1 || insertReturnsRows(tx)) && rows.every((r) => r.externalId)) {
    try {
      const returned = await insertRows(tx, Message, rows, ['id', 'inboxId', 'externalId']);
      // Auto-increment ids of one statement are not always consecutive (InnoDB's interleaved mode): where the
      // INSERT cannot say them (MySQL), they are read back.
      const ids = returned ? new Map(returned.map((r) => [`${String(r.inboxId)}:${String(r.externalId)}`, Number(r.id)])) : await idsByExternalId(tx, rows);
      return rows.map((r) => ids.get(`${r.inboxId}:${r.externalId}`) ?? null);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  const ids: Array<number | null> = [];
  for (const row of rows) {
    try {
      ids.push(await insertRow(tx, Message, row));
    } catch (error) {
      if (!isUniqueViolation(error) || !row.externalId) throw error;
      ids.push(null);
    }
  }
  return ids;
}

/** The ids of the stored messages with these (inbox, external id) pairs, by `inboxId:externalId`; raw rows, no entities. */
async function idsByExternalId(manager: EntityManager, wanted: Array<Pick<Message, 'inboxId' | 'externalId'>>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [inboxId, externalIds] of externalIdsByInbox(wanted)) {
    const rows = await manager
      .getRepository(Message)
      .createQueryBuilder('m')
      .select(['m.id AS id', 'm.externalId AS externalId'])
      .where('m.inboxId = :inboxId AND m.externalId IN (:...externalIds)', { inboxId, externalIds: [...externalIds] })
      .getRawMany<{ id: number | string; externalId: string }>();
    for (const r of rows) ids.set(`${inboxId}:${r.externalId}`, Number(r.id));
  }
  return ids;
}

function externalIdsByInbox(wanted: Array<Pick<Message, 'inboxId' | 'externalId'>>): Map<number, Set<string>> {
  const byInbox = new Map<number, Set<string>>();
  for (const { inboxId, externalId } of wanted) if (externalId) byInbox.set(inboxId, (byInbox.get(inboxId) ?? new Set()).add(externalId));
  return byInbox;
}

/**
 * The stored messages with these (inbox, external id) pairs: one `IN` list
 * per inbox (a list of `(inboxId = ? AND externalId = ?)` pairs costs
 * TypeORM time quadratic in the batch to build), written out as raw rows:
 * the inbound batcher asks this for every batch, and nearly always hears
 * of none, so building the query was the whole cost.
 */
export async function messagesByExternalId(manager: EntityManager, wanted: Array<Pick<Message, 'inboxId' | 'externalId'>>): Promise<Message[]> {
  const messages = manager.connection.driver.escape('messages');
  const found = await Promise.all(
    [...externalIdsByInbox(wanted)].map(async ([inboxId, externalIds]) => {
      const rows: Array<Record<string, unknown>> = await manager.query(
        `SELECT ${selectColumns(manager, Message, 'm')} FROM ${messages} m WHERE m.inboxId = ? AND m.externalId IN (${[...externalIds].map(() => '?').join(', ')})`,
        [inboxId, ...externalIds],
      );
      return rows.map((raw) => hydrate(manager, Message, 'm', raw));
    }),
  );
  return found.flat();
}

export interface NewMessage {
  direction: Message['direction'];
  senderType: Message['senderType'];
  senderId?: number | null;
  kind?: Message['kind'];
  text?: string | null;
  payload?: Record<string, unknown> | null;
  externalId?: string | null;
  status?: Message['status'];
  private?: boolean;
  /** The message of this conversation it answers (an operator's reply to one message). */
  replyToId?: number | null;
  /** The provider's id of the message it quotes (inbound): stored as `replyToId` when we have that message. */
  quotedExternalId?: string;
  /** Already uploaded attachments to link to the message. */
  attachmentIds?: number[];
  /** Who must have uploaded those attachments (`visitor:<id>`, `agent:<id>`). */
  uploadedBy?: string;
}

/** The stored row of a new message, the same for every way a message is added. */
export function messageRow(conversation: Pick<Conversation, 'id' | 'inboxId'>, input: NewMessage): Partial<Message> {
  return {
    conversationId: conversation.id,
    inboxId: conversation.inboxId,
    direction: input.direction,
    senderType: input.senderType,
    senderId: input.senderId ?? null,
    kind: input.kind ?? 'text',
    text: input.text ?? null,
    payload: input.payload ?? null,
    externalId: input.externalId ?? null,
    status: input.status ?? 'sent',
    private: input.private ?? false,
    replyToId: input.replyToId ?? null,
  };
}

/**
 * A new message's row with every column given, created `now`: written as
 * it is, it needs no read-back, and it is what the notifier pushes.
 */
export function completeMessageRow(conversation: Pick<Conversation, 'id' | 'inboxId'>, input: NewMessage, now: Date): Message {
  return Object.assign(new Message(), messageRow(conversation, input), { edited: false, error: null, deliveryLeaseUntil: null, deliveryOwner: null, sendingSince: null, createdAt: now });
}

/**
 * Quotes by provider id become `replyToId` when the quoted message is
 * ours to show: stored, and in the same conversation (one query for the
 * whole batch). What we never stored is left unquoted, not refused.
 */
export async function resolveQuotes<T extends { conversation: Pick<Conversation, 'id' | 'inboxId'>; input: NewMessage }>(manager: EntityManager, items: T[]): Promise<T[]> {
  const quoting = items.filter((item) => item.input.quotedExternalId && item.input.replyToId === undefined);
  if (quoting.length === 0) return items;
  const quoted = await manager.getRepository(Message).find({
    select: { id: true, inboxId: true, conversationId: true, externalId: true },
    where: quoting.map(({ conversation, input }) => ({ inboxId: conversation.inboxId, externalId: input.quotedExternalId as string })),
  });
  const byKey = new Map(quoted.map((m) => [`${m.inboxId}:${m.externalId}`, m]));
  return items.map((item) => {
    const target = item.input.quotedExternalId ? byKey.get(`${item.conversation.inboxId}:${item.input.quotedExternalId}`) : undefined;
    return target && target.conversationId === item.conversation.id ? { ...item, input: { ...item.input, replyToId: target.id } } : item;
  });
}
