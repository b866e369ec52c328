import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(
    private readonly db: DataSource,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  /** 200 when the database answers, 503 otherwise, so load balancers and providers back off. */
  @Public()
  @Get()
  async check(@Res() res: Response) {
    const db = await this.db.query('SELECT 1').then(
      () => 'ok' as const,
      () => 'down' as const,
    );
    const redis = await this.jobs.ping();
    const status = db === 'ok' && redis !== 'down' ? 'ok' : 'degraded';
    res.status(db === 'ok' ? 200 : 503).json({ status, db, redis });
  }
}
