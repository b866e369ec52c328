import type { EntityManager } from 'typeorm';
import type { Conversation } from '../conversations/conversation.entity';
import { Agent } from './agent.entity';

/**
 * Who may be given new conversations, as SQL on `agents` (optionally
 * aliased): online by their own choice, with a connection open (presence:
 * an operator whose browser is gone is still online until the grace ends).
 */
export function reachableSql(alias?: string): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return `${column('status')} = 'online' AND ${column('disconnectedAt')} IS NULL`;
}

/**
 * Gives the operator a conversation, if they are online (when required)
 * and have a slot left: one conditional UPDATE, so with several processes
 * routing at once the database row lock decides and the limit can never
 * be passed. A conversation that holds no slot (a call of a voice inbox
 * whose calls take none) leaves the load as it is and needs no room.
 */
export async function takeSlot(
  tx: EntityManager,
  agentId: number,
  options: { holdsSlot: boolean; requireOnline: boolean; overLimit?: boolean },
): Promise<boolean> {
  const query = tx
    .createQueryBuilder()
    .update(Agent)
    .set(options.holdsSlot ? { openChats: () => 'openChats + 1', lastAssignedAt: new Date() } : { lastAssignedAt: new Date() })
    .where('id = :agentId', { agentId });
  if (options.holdsSlot && !options.overLimit) query.andWhere('openChats < maxChats');
  if (options.requireOnline) query.andWhere(reachableSql());
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
 * Takes a slot from the first of the ranked candidates who still has one
 * (with `holdsSlot` false: the first who is still online).
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
export async function takeSlotFromFirst(tx: EntityManager, rankedIds: number[], holdsSlot = true): Promise<number | null> {
  if (rankedIds.length === 0) return null;
  const options = { holdsSlot, requireOnline: true };
  const type = tx.connection.options.type;
  if (type !== 'mysql' && type !== 'mariadb') {
    // SQLite has one writer at a time: nothing to skip, nothing to deadlock on.
    for (const id of rankedIds) if (await takeSlot(tx, id, options)) return id;
    return null;
  }
  const free = holdsSlot ? `${reachableSql()} AND openChats < maxChats` : reachableSql();
  for (const id of rankedIds) {
    const rows: unknown[] = await tx.query(`SELECT id FROM agents WHERE id = ? AND ${free} FOR UPDATE SKIP LOCKED`, [id]);
    if (rows.length > 0 && (await takeSlot(tx, id, options))) return id;
  }
  // A plain read sees the last committed rows without locking: is anyone free but busy right now?
  const unlocked: unknown[] = await tx.query(`SELECT id FROM agents WHERE id IN (${rankedIds.map(() => '?').join(',')}) AND ${free} LIMIT 1`, rankedIds);
  if (unlocked.length > 0) throw new CandidatesBusy();
  return null;
}

/**
 * Gives back the slot an assigned conversation holds, when it leaves its
 * operator (closed, transferred, requeued). The caller's conditional update
 * of the conversation matched `holdsSlot` too, so this gives back exactly
 * what was taken.
 */
export async function releaseSlot(tx: EntityManager, conversation: Pick<Conversation, 'status' | 'assigneeId' | 'holdsSlot'>): Promise<void> {
  if (conversation.status !== 'assigned' || conversation.assigneeId === null || !conversation.holdsSlot) return;
  await tx
    .createQueryBuilder()
    .update(Agent)
    .set({ openChats: () => 'openChats - 1' })
    .where('id = :agentId AND openChats > 0', { agentId: conversation.assigneeId })
    .execute();
}
