import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { isUniqueViolation } from '../common/database-errors';
import { insertRows } from '../database/raw-rows';
import { Message } from './message.entity';

/**
 * Inserts the rows with one statement and returns their ids in order. A row
 * whose external id another writer stored meanwhile makes the statement fail
 * as a whole (statement-level rollback on both databases); then each row
 * goes alone, and the taken ones come back as null.
 */
export async function insertMessages(tx: EntityManager, rows: Message[]): Promise<Array<number | null>> {
  if (rows.length === 0) return [];
  if (rows.length > 1 && rows.every((r) => r.externalId)) {
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
      const result = await tx.createQueryBuilder().insert().into(Message).values(row as QueryDeepPartialEntity<Message>).updateEntity(false).execute();
      ids.push(Number(result.identifiers[0]?.id ?? (result.raw as { insertId?: number }).insertId ?? result.raw));
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
 * per inbox, where a list of `(inboxId = ? AND externalId = ?)` pairs costs
 * TypeORM time quadratic in the batch to build.
 */
export async function messagesByExternalId(manager: EntityManager, wanted: Array<Pick<Message, 'inboxId' | 'externalId'>>): Promise<Message[]> {
  const found = await Promise.all(
    [...externalIdsByInbox(wanted)].map(([inboxId, externalIds]) =>
      manager
        .getRepository(Message)
        .createQueryBuilder('m')
        .where('m.inboxId = :inboxId AND m.externalId IN (:...externalIds)', { inboxId, externalIds: [...externalIds] })
        .getMany(),
    ),
  );
  return found.flat();
}
