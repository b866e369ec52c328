import type { EntityManager } from 'typeorm';
import { Agent } from './agent.entity';

/**
 * Takes one slot of the operator's limit, if they are online and have one
 * left. A single conditional UPDATE: with several processes routing at
 * once, the database row lock decides and the limit can never be passed.
 */
export async function takeSlot(tx: EntityManager, agentId: number, options: { requireOnline: boolean; overLimit?: boolean } = { requireOnline: true }): Promise<boolean> {
  const query = tx
    .createQueryBuilder()
    .update(Agent)
    .set({ openChats: () => 'openChats + 1', lastAssignedAt: new Date() })
    .where('id = :agentId', { agentId });
  if (!options.overLimit) query.andWhere('openChats < maxChats');
  if (options.requireOnline) query.andWhere("status = 'online'");
  const result = await query.execute();
  return (result.affected ?? 0) === 1;
}

/** How many ranked candidates to probe without waiting before queueing behind a lock. */
const SKIP_LOCKED_PROBES = 8;

/**
 * Takes a slot from the first of the ranked candidates who still has one.
 * On MySQL/MariaDB, a router skips an operator another router is assigning
 * to right now (a one-row SKIP LOCKED probe) instead of queueing behind the
 * same row; only when the first candidates are all busy does it wait, in
 * rank order. Each probe locks at most one row: locking the whole candidate
 * list at once deadlocks against closes and transfers.
 */
export async function takeSlotFromFirst(tx: EntityManager, rankedIds: number[]): Promise<number | null> {
  const type = tx.connection.options.type;
  if (type === 'mysql' || type === 'mariadb') {
    for (const id of rankedIds.slice(0, SKIP_LOCKED_PROBES)) {
      const rows: unknown[] = await tx.query(
        "SELECT id FROM agents WHERE id = ? AND status = 'online' AND openChats < maxChats FOR UPDATE SKIP LOCKED",
        [id],
      );
      if (rows.length > 0 && (await takeSlot(tx, id))) return id;
    }
  }
  for (const id of rankedIds) if (await takeSlot(tx, id)) return id;
  return null;
}

/** Gives a slot back when a conversation leaves the operator. */
export async function releaseSlot(tx: EntityManager, agentId: number): Promise<void> {
  await tx
    .createQueryBuilder()
    .update(Agent)
    .set({ openChats: () => 'openChats - 1' })
    .where('id = :agentId AND openChats > 0', { agentId })
    .execute();
}
