import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiAnswer, valuesOf } from '../common/api-answer';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { isDatabaseSilent } from '../common/database-errors';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';

/** Load balancers and monitors give up on a health check after a few seconds: the answer comes sooner, whatever the database does. */
const DATABASE_CHECK_MS = 1500;

type DatabaseHealth = 'ok' | 'down' | 'timeout';
type RedisHealth = Awaited<ReturnType<JobQueue['ping']>>;

/** What the health check answers, 200 or 503 alike. */
export class HealthAnswer {
  @ApiProperty({ enum: valuesOf<'ok' | 'degraded'>()('ok', 'degraded') }) status: 'ok' | 'degraded';
  @ApiProperty({ enum: valuesOf<DatabaseHealth>()('ok', 'down', 'timeout') }) db: DatabaseHealth;
  @ApiProperty({ enum: valuesOf<RedisHealth>()('ok', 'down', 'disabled'), description: 'disabled: no REDIS_URL (in-process jobs)' }) redis: RedisHealth;
}

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
  @ApiOperation({ summary: 'Health of the service, its database and Redis' })
  @ApiAnswer(HealthAnswer, 'The database answers (Redis may be down: `degraded`)')
  @ApiResponse({ status: 503, description: 'The database is down or silent', type: HealthAnswer })
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
