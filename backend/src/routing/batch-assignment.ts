import type { EntityManager } from 'typeorm';
import { sqlTimestamp } from '../database/column-types';
import { reachableSql } from '../agents/agent-load';

export interface PlannedAssignment {
  conversationId: number;
  agentId: number;
  /** It takes one of the operator's slots (a call of some voice inboxes takes none). */
  holdsSlot: boolean;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(',');

/**
 * Carries out a batch plan inside the caller's transaction, with a handful
 * of statements whatever the batch size: lock the conversations and the
 * operators (MySQL: `SKIP LOCKED`, so it never waits while holding locks
 * and cannot deadlock), keep only what the locked rows still allow, then
 * one UPDATE for the operators' loads, one for the conversations and one
 * INSERT for the `assigned` events.
 *
 * What it cannot make (the conversation or the operator is being changed by
 * someone else right now, the operator went offline or filled up since the
 * snapshot) comes back as `leftover`, for the one-by-one path.
 */
export async function applyBatchPlan(tx: EntityManager, plan: PlannedAssignment[], now: Date): Promise<{ made: PlannedAssignment[]; leftover: number[] }> {
  if (plan.length === 0) return { made: [], leftover: [] };
  const conversationIds = plan.map((p) => p.conversationId);
  const agentIds = [...new Set(plan.map((p) => p.agentId))];
  const { claimable, agents } = await lockPlanRows(tx, conversationIds, agentIds);
  const open = new Set(claimable.map((c) => Number(c.id)));
  const online = agents.filter((a) => Number(a.reachable) === 1);
  const room = new Map(online.map((a) => [Number(a.id), Number(a.maxChats) - Number(a.openChats)]));

  const made: PlannedAssignment[] = [];
  const leftover: number[] = [];
  for (const p of plan) {
    const left = room.get(p.agentId);
    if (open.has(p.conversationId) && left !== undefined && (!p.holdsSlot || left > 0)) {
      if (p.holdsSlot) room.set(p.agentId, left - 1);
      made.push(p);
    } else {
      leftover.push(p.conversationId);
    }
  }
  if (made.length === 0) return { made, leftover };

  const at = sqlTimestamp(now);
  // Every operator who got something is touched (round-robin's lastAssignedAt); only slots held add to the load.
  const taken = new Map<number, number>();
  for (const m of made) taken.set(m.agentId, (taken.get(m.agentId) ?? 0) + (m.holdsSlot ? 1 : 0));
  const loadCases = [...taken.keys()].map(() => 'WHEN ? THEN ?').join(' ');
  const loaded = await run(
    tx,
    `UPDATE agents SET openChats = openChats + CASE id ${loadCases} END, lastAssignedAt = ? WHERE id IN (${placeholders(taken.size)}) AND (CASE id ${loadCases} END = 0 OR openChats + CASE id ${loadCases} END <= maxChats)`,
    [...[...taken].flat(), at, ...taken.keys(), ...[...taken].flat(), ...[...taken].flat()],
  );
  const assigneeCases = made.map(() => 'WHEN ? THEN ?').join(' ');
  const slotCases = made.map(() => 'WHEN ? THEN ?').join(' ');
  const claimed = await run(
    tx,
    `UPDATE conversations SET status = 'assigned', assigneeId = CASE id ${assigneeCases} END, holdsSlot = CASE id ${slotCases} END, offeredTo = NULL, offerExpiresAt = NULL, stickyAgentId = NULL, stickyUntil = NULL, firstAssignedAt = COALESCE(firstAssignedAt, ?), updatedAt = ? WHERE id IN (${placeholders(made.length)}) AND status = 'queued' AND assigneeId IS NULL`,
    [...made.flatMap((m) => [m.conversationId, m.agentId]), ...made.flatMap((m) => [m.conversationId, m.holdsSlot ? 1 : 0]), at, at, ...made.map((m) => m.conversationId)],
  );
  // The rows are locked (or the database has one writer): anything else is a bug, and the rollback keeps the limit.
  if (loaded !== taken.size || claimed !== made.length) throw new Error(`batch assignment out of step: ${loaded}/${taken.size} operators, ${claimed}/${made.length} conversations`);
  await tx.query(
    `INSERT INTO conversation_events (conversationId, type, agentId, actorId, data, createdAt) VALUES ${made.map(() => "(?, 'assigned', ?, NULL, NULL, ?)").join(',')}`,
    made.flatMap((m) => [m.conversationId, m.agentId, at]),
  );
  return { made, leftover };
}

interface LockedAgent {
  id: number;
  /** 1 when the operator may get new conversations (reachableSql). */
  reachable: number | string;
  openChats: number;
  maxChats: number;
}

/**
 * The plan's conversations still queued and its operators, locked for the
 * rest of the transaction (MySQL: `SKIP LOCKED`; SQLite has one writer).
 * MariaDB takes both locking reads as one statement, a round trip less.
 */
async function lockPlanRows(tx: EntityManager, conversationIds: number[], agentIds: number[]): Promise<{ claimable: Array<{ id: number }>; agents: LockedAgent[] }> {
  const type = tx.connection.options.type;
  const lock = type === 'mysql' || type === 'mariadb' ? ' FOR UPDATE SKIP LOCKED' : '';
  const conversationsSql = `SELECT id FROM conversations WHERE id IN (${placeholders(conversationIds.length)}) AND status = 'queued' AND assigneeId IS NULL${lock}`;
  const agentsSql = `SELECT id, CASE WHEN ${reachableSql()} THEN 1 ELSE 0 END AS reachable, openChats, maxChats FROM agents WHERE id IN (${placeholders(agentIds.length)})${lock}`;
  if (type !== 'mariadb') {
    const claimable: Array<{ id: number }> = await tx.query(conversationsSql, conversationIds);
    return { claimable, agents: await tx.query(agentsSql, agentIds) };
  }
  const rows: Array<LockedAgent & { kind: 'c' | 'a' }> = await tx.query(
    `(${conversationsSql.replace('SELECT id', "SELECT 'c' AS kind, id, 0 AS reachable, 0 AS openChats, 0 AS maxChats")}) UNION ALL (${agentsSql.replace('SELECT id', "SELECT 'a' AS kind, id")})`,
    [...conversationIds, ...agentIds],
  );
  return { claimable: rows.filter((r) => r.kind === 'c'), agents: rows.filter((r) => r.kind === 'a') };
}

/** A write's affected-row count, on either driver. */
async function run(tx: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  const runner = tx.queryRunner;
  if (!runner) throw new Error('applyBatchPlan needs a transaction');
  const result = await runner.query(sql, parameters, true);
  return Number(result.affected ?? 0);
}
