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

/** Gives a slot back when a conversation leaves the operator. */
export async function releaseSlot(tx: EntityManager, agentId: number): Promise<void> {
  await tx
    .createQueryBuilder()
    .update(Agent)
    .set({ openChats: () => 'openChats - 1' })
    .where('id = :agentId AND openChats > 0', { agentId })
    .execute();
}
