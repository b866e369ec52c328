import { BeforeApplicationShutdown, Global, Inject, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { createJobQueue } from './create-job-queue';
import { JOB_QUEUE, type JobQueue } from './job-queue';

/**
 * Starts processing once every module has registered its handlers. Drains
 * before the rest shuts down: Nest closes the socket server (and its Redis
 * clients) after the before-shutdown hooks and other modules close their
 * Redis clients in theirs, and a job still running then would write to a
 * closed connection.
 */
@Injectable()
class JobQueueLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(JOB_QUEUE) private readonly jobs: JobQueue) {}

  onApplicationBootstrap(): Promise<void> {
    return this.jobs.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.jobs.close();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: JOB_QUEUE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createJobQueue({ redisUrl: config.redisUrl ?? undefined, prefix: `${config.redisPrefix}:jobs` }),
    },
    JobQueueLifecycle,
  ],
  exports: [JOB_QUEUE],
})
export class JobsModule {}
