import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';
import { keepTimersFromRows } from '../jobs/timers-from-rows';
import { SlaClock } from './sla.entities';
import { SlaService } from './sla.service';

/** Every running, unpaused SLA clock gets its warning and breach timers back from its row (at start, and when the job store is back); overdue ones fire at once. */
@Injectable()
export class SlaTimers implements OnApplicationBootstrap {
  private readonly logger = new Logger('SLA');

  constructor(
    private readonly db: DataSource,
    private readonly sla: SlaService,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await keepTimersFromRows(this.jobs, this.logger, 'SLA timers', () => this.resume());
  }

  async resume(): Promise<void> {
    const running = await this.db.getRepository(SlaClock).find({ where: { stoppedAt: IsNull(), pausedAt: IsNull(), breachedAt: IsNull() } });
    for (const clock of running) await this.sla.schedule(clock);
  }
}
