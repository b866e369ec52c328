import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InMemoryLeaseStore, LEASE_STORE, type LeaseStore } from './lease-store';
import { Leases } from './leases.service';
import { RedisLeaseStore } from './redis-lease-store';

/** One owner per long-lived connection across processes: in Redis when REDIS_URL is set, in memory otherwise. */
@Global()
@Module({
  providers: [
    {
      provide: LEASE_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): LeaseStore => (config.redisUrl ? new RedisLeaseStore(config.redisUrl, config.redisPrefix) : new InMemoryLeaseStore()),
    },
    Leases,
  ],
  exports: [Leases],
})
export class LeasesModule {}
