import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';
import { reachableSql } from '../agents/agent-load';
import { Agent } from '../agents/agent.entity';
import type { Inbox } from '../channels/inbox.entity';
import { TtlCache } from '../common/ttl-cache';
import { Conversation } from '../conversations/conversation.entity';
import { averageHandleMs } from './queue-updates.policy';
import { queueEstimate } from './routing.policy';

/** The closed conversations an inbox's handling time is averaged over. */
const HANDLE_SAMPLE = 50;
/** History moves slowly; an inbox whose queue moves every moment reads it once in this long. */
const HISTORY_CACHE_MS = 10_000;
/** What a message assumes a conversation takes when the inbox has handled none yet. */
const DEFAULT_HANDLE_MS = 5 * 60_000;

/**
 * Expected waits in the queue, the router's estimate (queueEstimate): the
 * place divided among the online operators who could serve it, times the
 * inbox's recent handling time (first assignment to close).
 */
@Injectable()
export class QueueWaits {
  private readonly history = new TtlCache<number, number[]>(HISTORY_CACHE_MS);

  constructor(private readonly db: DataSource) {}

  /**
   * For a message (`{{expected_wait}}`): without history a conversation is
   * assumed to take 5 minutes. Null when nobody who could serve it is online.
   */
  async expectedWaitMs(conversation: Pick<Conversation, 'inboxId' | 'teamId'>, inbox: Pick<Inbox, 'teamId'>, placeAhead: number): Promise<number | null> {
    const average = averageHandleMs(await this.handleTimes(conversation.inboxId), 1) ?? DEFAULT_HANDLE_MS;
    return queueEstimate(placeAhead, await this.servingAgents(conversation.teamId ?? inbox.teamId), average).estimateMs;
  }

  /**
   * For the widget, the whole queue of an inbox in its order: nothing
   * assumed, so every wait is null while the inbox has too little history.
   */
  async forQueue(inbox: Pick<Inbox, 'id' | 'teamId'>, queue: ReadonlyArray<Pick<Conversation, 'teamId'>>): Promise<Array<number | null>> {
    const average = queue.length ? averageHandleMs(await this.handleTimes(inbox.id)) : null;
    if (average === null) return queue.map(() => null);
    const serving = new Map<number | null, number>();
    for (const teamId of new Set(queue.map((c) => c.teamId ?? inbox.teamId))) serving.set(teamId, await this.servingAgents(teamId));
    return queue.map((c, i) => queueEstimate(i, serving.get(c.teamId ?? inbox.teamId) ?? 0, average).estimateMs);
  }

  private handleTimes(inboxId: number): Promise<number[]> {
    return this.history.get(inboxId, async () => {
      const recent = await this.db.getRepository(Conversation).find({
        where: { inboxId, status: 'closed', firstAssignedAt: Not(IsNull()) },
        select: { id: true, firstAssignedAt: true, closedAt: true },
        order: { id: 'DESC' },
        take: HANDLE_SAMPLE,
      });
      return recent.filter((c) => c.closedAt && c.firstAssignedAt).map((c) => new Date(c.closedAt as Date).getTime() - new Date(c.firstAssignedAt as Date).getTime());
    });
  }

  /** Operators who could take a conversation of this team now (anyone reachable when it has none). */
  private servingAgents(teamId: number | null): Promise<number> {
    const online = this.db.getRepository(Agent).createQueryBuilder('a').where(reachableSql('a'));
    if (teamId !== null) online.innerJoin('agent_teams', 't', 't.agentId = a.id AND t.teamId = :teamId', { teamId });
    return online.getCount();
  }
}
