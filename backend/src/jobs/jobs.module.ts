import { Global, Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { createJobQueue } from './create-job-queue';
import { JOB_QUEUE, type JobQueue } from './job-queue';

/** Starts processing once every module has registered its handlers; drains on shutdown. */
@Injectable()
class JobQueueLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(JOB_QUEUE) private readonly jobs: JobQueue) {}

  onApplicationBootstrap(): Promise<void> {
    return this.jobs.start();
  }

  onApplicationShutdown(): Promise<void> {
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
