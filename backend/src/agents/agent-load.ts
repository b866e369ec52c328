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

/**
 * Another router holds the lock of every candidate who still looked free.
 * Thrown inside the assignment transaction (which holds no lock yet) so it
 * is rolled back and run again after a short wait, like a deadlock.
 */
export class CandidatesBusy extends Error {
  readonly code = 'CANDIDATES_BUSY';
}

/**
 * Takes a slot from the first of the ranked candidates who still has one.
 *
 * On MySQL/MariaDB a router never waits for an operator's row lock: it
 * probes the candidates in rank order with one-row `FOR UPDATE SKIP LOCKED`
 * reads and takes the first it can lock. Waiting instead (a plain
 * conditional UPDATE per candidate) lets InnoDB keep the lock of a row that
 * turned out full after the wait, so routers walking the same ranking end
 * up holding one operator each while waiting for the next: a deadlock
 * cycle under load. When every free-looking candidate is locked by
 * someone else, CandidatesBusy restarts the transaction.
 */
export async function takeSlotFromFirst(tx: EntityManager, rankedIds: number[]): Promise<number | null> {
  if (rankedIds.length === 0) return null;
  const type = tx.connection.options.type;
  if (type !== 'mysql' && type !== 'mariadb') {
    // SQLite has one writer at a time: nothing to skip, nothing to deadlock on.
    for (const id of rankedIds) if (await takeSlot(tx, id)) return id;
    return null;
  }
  for (const id of rankedIds) {
    const rows: unknown[] = await tx.query("SELECT id FROM agents WHERE id = ? AND status = 'online' AND openChats < maxChats FOR UPDATE SKIP LOCKED", [id]);
    if (rows.length > 0 && (await takeSlot(tx, id))) return id;
  }
  // A plain read sees the last committed rows without locking: is anyone free but busy right now?
  const free: unknown[] = await tx.query(
    `SELECT id FROM agents WHERE id IN (${rankedIds.map(() => '?').join(',')}) AND status = 'online' AND openChats < maxChats LIMIT 1`,
    rankedIds,
  );
  if (free.length > 0) throw new CandidatesBusy();
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
