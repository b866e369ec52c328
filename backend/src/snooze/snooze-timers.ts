import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';
import { Conversation } from '../conversations/conversation.entity';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';
import { keepTimersFromRows } from '../jobs/timers-from-rows';
import { SNOOZE_WAKE_JOB, snoozeWakeJobId } from './snooze.service';

/** Every snoozed conversation with a wake time gets its timer back from its row (at start, and when the job store is back); overdue ones wake at once. */
@Injectable()
export class SnoozeTimers implements OnApplicationBootstrap {
  private readonly logger = new Logger('Snooze');

  constructor(
    private readonly db: DataSource,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await keepTimersFromRows(this.jobs, this.logger, 'Snooze timers', () => this.resume());
  }

  async resume(): Promise<void> {
    const snoozed = await this.db.getRepository(Conversation).find({ select: { id: true, snoozedUntil: true }, where: { status: 'snoozed', snoozedUntil: Not(IsNull()) } });
    for (const { id, snoozedUntil } of snoozed) {
      const until = new Date(snoozedUntil as Date);
      await this.jobs.enqueue(SNOOZE_WAKE_JOB, { conversationId: id }, { jobId: snoozeWakeJobId(id, until), delayMs: Math.max(0, until.getTime() - Date.now()) });
    }
  }
}
