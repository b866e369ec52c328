import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { isDatabaseSilent } from '../common/database-errors';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';

/** Load balancers and monitors give up on a health check after a few seconds: the answer comes sooner, whatever the database does. */
const DATABASE_CHECK_MS = 1500;

type DatabaseHealth = 'ok' | 'down' | 'timeout';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  /** The check under way: checks that come meanwhile share it instead of each holding a connection. */
  private databaseCheck: Promise<DatabaseHealth> | null = null;

  constructor(
    private readonly db: DataSource,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  /**
   * 503 when the database refuses (`db: down`) or does not answer within
   * 1.5 s (`db: timeout`): nothing can be stored, and load balancers and
   * providers should back off. Without Redis the service still takes
   * messages and replies (sends and pushes to other processes follow when
   * it is back), so that is 200 with `status: degraded, redis: down`.
   */
  @Public()
  @Get()
  async check(@Res() res: Response) {
    const [db, redis] = await Promise.all([this.checkDatabase(), this.jobs.ping()]);
    const status = db === 'ok' && redis !== 'down' ? 'ok' : 'degraded';
    res.status(db === 'ok' ? 200 : 503).json({ status, db, redis });
  }

  private checkDatabase(): Promise<DatabaseHealth> {
    this.databaseCheck ??= this.db
      .query('SELECT 1')
      .then(
        () => 'ok' as const,
        (error: unknown) => (isDatabaseSilent(error) ? ('timeout' as const) : ('down' as const)),
      )
      .finally(() => {
        this.databaseCheck = null;
      });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<DatabaseHealth>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), DATABASE_CHECK_MS);
    });
    return Promise.race([this.databaseCheck, late]).finally(() => clearTimeout(timer));
  }
}
