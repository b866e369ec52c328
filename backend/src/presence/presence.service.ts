import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { toAgentDto } from '../agents/agent.dto';
import { DomainEventBus } from '../common/domain-events';
import { ProcessRegistry } from '../processes/process-registry.service';
import { AgentConnection } from './agent-connection.entity';

/**
 * Whether an operator has an open `/agents` socket on any backend process.
 *
 * Each process counts its own sockets per operator in memory and keeps one
 * `agent_connections` row per operator it holds sockets of; the row counts
 * while the process's heartbeat is fresh (ProcessRegistry). The operator's
 * row in `agents` carries the answer the router reads (`disconnectedAt`):
 * set when their last live row goes away (last socket closed here and none
 * anywhere else, or their process died), cleared when a socket opens again.
 */
@Injectable()
export class PresenceService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Presence');
  private readonly sockets = new Map<number, number>();
  private stopping = false;
  /** Opens and closes of one operator run in order, so a quick reconnect never lands before the close it follows. */
  private readonly chains = new Map<number, Promise<void>>();

  constructor(
    private readonly db: DataSource,
    private readonly domainEvents: DomainEventBus,
    private readonly processes: ProcessRegistry,
  ) {}

  onModuleInit(): void {
    this.processes.onEveryBeat("operators' connections", () => this.afterBeat());
  }

  onModuleDestroy(): void {
    // The rows stay: they stop counting with this process's heartbeat, and the browsers reconnect to whoever is left.
    this.stopping = true;
  }

  /** A socket of the operator opened on this process. */
  opened(agentId: number): Promise<void> {
    const count = (this.sockets.get(agentId) ?? 0) + 1;
    this.sockets.set(agentId, count);
    return count === 1 ? this.inOrder(agentId, () => this.connect(agentId)) : Promise.resolve();
  }

  /** A socket of the operator closed on this process. */
  closed(agentId: number): Promise<void> {
    const count = (this.sockets.get(agentId) ?? 0) - 1;
    if (count > 0) {
      this.sockets.set(agentId, count);
      return Promise.resolve();
    }
    this.sockets.delete(agentId);
    return this.inOrder(agentId, () => this.disconnect(agentId));
  }

  private inOrder(agentId: number, work: () => Promise<void>): Promise<void> {
    const next = (this.chains.get(agentId) ?? Promise.resolve())
      .then(() => (this.stopping ? undefined : work()))
      .catch((error: unknown) => this.logger.warn(`Presence of operator ${agentId} not recorded: ${error instanceof Error ? error.message : String(error)}`));
    this.chains.set(agentId, next);
    void next.then(() => {
      if (this.chains.get(agentId) === next) this.chains.delete(agentId);
    });
    return next;
  }

  private async connect(agentId: number): Promise<void> {
    // The state of the moment: the operator may have closed the socket meanwhile.
    if (!this.sockets.has(agentId)) return;
    await this.db.createQueryBuilder().insert().into(AgentConnection).values({ processId: this.processes.id, agentId }).orIgnore().execute();
    const back = await this.db.getRepository(Agent).update({ id: agentId, disconnectedAt: Not(IsNull()) }, { disconnectedAt: null });
    if (back.affected) await this.announce(agentId, true);
  }

  private async disconnect(agentId: number): Promise<void> {
    if (this.sockets.has(agentId)) return;
    await this.db.getRepository(AgentConnection).delete({ processId: this.processes.id, agentId });
    await this.markDisconnectedIfNoConnection([agentId]);
  }

  /**
   * Operators with no live connection row left become disconnected. The
   * check is one statement, so a socket opening on another process at the
   * same moment either is seen (they stay connected) or clears the mark
   * right after (its row is written before it clears).
   */
  private async markDisconnectedIfNoConnection(agentIds: number[]): Promise<void> {
    for (const agentId of agentIds) {
      const result = await this.db
        .createQueryBuilder()
        .update(Agent)
        .set({ disconnectedAt: new Date() })
        .where('id = :agentId AND disconnectedAt IS NULL', { agentId })
        .andWhere(`NOT EXISTS (SELECT 1 FROM agent_connections c WHERE c.agentId = :agentId AND ${ProcessRegistry.isAliveSql('c.processId')})`, {
          aliveSince: this.processes.aliveSince(),
        })
        .execute();
      if (result.affected) await this.announce(agentId, false);
    }
  }

  /**
   * After each heartbeat: put back this process's rows if another took
   * them (this process stalled past the timeout), and take back the rows
   * of processes that stopped beating.
   */
  private async afterBeat(): Promise<void> {
    const repo = this.db.getRepository(AgentConnection);
    const held = [...this.sockets.keys()];
    if (held.length > 0) {
      const mine = new Set((await repo.find({ select: { agentId: true }, where: { processId: this.processes.id } })).map((row) => row.agentId));
      for (const agentId of held.filter((id) => !mine.has(id))) await this.inOrder(agentId, () => this.connect(agentId));
    }
    const orphaned: Array<{ agentId: number }> = await repo
      .createQueryBuilder('c')
      .select('DISTINCT c.agentId', 'agentId')
      .where(`NOT (${ProcessRegistry.isAliveSql('c.processId')})`, { aliveSince: this.processes.aliveSince() })
      .getRawMany();
    if (orphaned.length === 0) return;
    await repo
      .createQueryBuilder()
      .delete()
      .where(`NOT (${ProcessRegistry.isAliveSql('processId')})`, { aliveSince: this.processes.aliveSince() })
      .execute();
    await this.markDisconnectedIfNoConnection(orphaned.map((row) => Number(row.agentId)));
  }

  /** The floor and the operator's own tabs show it; the router stops or resumes offering them conversations. */
  private async announce(agentId: number, connected: boolean): Promise<void> {
    const agent = await this.db.getRepository(Agent).findOne({ where: { id: agentId }, relations: { teams: true } });
    if (agent) await this.domainEvents.emit('agent.updated', { agent: toAgentDto(agent) });
    await this.domainEvents.emit('agent.presence-changed', { agentId, connected });
  }
}
