import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { Conversation } from '../conversations/conversation.entity';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';
import { keepTimersFromRows } from '../jobs/timers-from-rows';
import { Departures } from './departures.service';
import { RoutingService } from './routing.service';

/**
 * The router's timers (an offer running out, a sticky wait, an offline
 * operator's grace period) are delayed jobs, and jobs die with the process
 * that runs them in memory, or with a Redis that comes back empty. The
 * rows say what is pending, so at every start and whenever the job store
 * is back the timers are derived from them again (the job ids make a timer
 * that still exists a no-op) and the queue is drained once.
 */
@Injectable()
export class RoutingTimers implements OnApplicationBootstrap {
  private readonly logger = new Logger('Routing');

  constructor(
    private readonly db: DataSource,
    private readonly routing: RoutingService,
    private readonly departures: Departures,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await keepTimersFromRows(this.jobs, this.logger, 'Routing timers', () => this.resume());
  }

  async resume(): Promise<void> {
    const now = Date.now();
    const waiting = await this.db.getRepository(Conversation).find({
      select: { id: true, offeredTo: true, offerExpiresAt: true, stickyUntil: true },
      where: [
        { status: 'queued', offeredTo: Not(IsNull()) },
        { status: 'queued', stickyUntil: Not(IsNull()) },
      ],
    });
    for (const c of waiting) {
      if (c.offeredTo !== null && c.offerExpiresAt) {
        const delayMs = Math.max(0, new Date(c.offerExpiresAt).getTime() - now);
        await this.jobs.enqueue('routing.offer-expired', { conversationId: c.id, agentId: c.offeredTo }, { delayMs, jobId: `offer:${c.id}:${c.offeredTo}` });
      } else if (c.stickyUntil) {
        await this.jobs.enqueue('routing.route', { conversationId: c.id }, { jobId: `sticky:${c.id}`, delayMs: Math.max(0, new Date(c.stickyUntil).getTime() - now + 50) });
      }
    }
    // Holding a conversation, not a slot, is what matters: a call that takes no slot goes back to the queue too.
    const gone = await this.db
      .getRepository(Agent)
      .createQueryBuilder('a')
      .select(['a.id'])
      .where("(a.status = 'offline' OR a.disconnectedAt IS NOT NULL)")
      .andWhere("EXISTS (SELECT 1 FROM conversations c WHERE c.assigneeId = a.id AND c.status = 'assigned')")
      .getMany();
    for (const agent of gone) await this.departures.scheduleGrace(agent.id);
    await this.routing.requestDrain(null);
  }
}
