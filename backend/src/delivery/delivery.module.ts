import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ConversationsModule } from '../conversations/conversations.module';
import { DeliveryChannels } from './delivery-channels';
import { DeliveryController } from './delivery.controller';
import { DeliverySendJob } from './delivery-send.job';
import { DeliveryService } from './delivery.service';
import { DeliveryTargets } from './delivery-targets';
import { InMemoryRateLimiter, RATE_LIMITER, type RateLimiter } from './rate-limiter';
import { RedisRateLimiter } from './redis-rate-limiter';

/** Closes the limiter's Redis connection with the app. */
@Injectable()
class RateLimiterLifecycle implements OnApplicationShutdown {
  constructor(@Inject(RATE_LIMITER) private readonly limiter: RateLimiter) {}

  onApplicationShutdown(): Promise<void> {
    return this.limiter.close();
  }
}

/**
 * The outbound pipeline for every channel (docs/architecture.md): replies are written
 * pending, `delivery.send` jobs send them through the channel each inbox
 * registered (DeliveryChannels), with retries, backoff and rate limits.
 */
@Module({
  imports: [ConversationsModule],
  controllers: [DeliveryController],
  providers: [
    DeliveryChannels,
    DeliveryTargets,
    DeliverySendJob,
    DeliveryService,
    RateLimiterLifecycle,
    {
      provide: RATE_LIMITER,
      inject: [APP_CONFIG],
      // Several processes share a bot's limit only through Redis; alone, memory is exact.
      useFactory: (config: AppConfig): RateLimiter =>
        config.redisUrl ? new RedisRateLimiter(config.redisUrl, config.redisPrefix) : new InMemoryRateLimiter(),
    },
  ],
  exports: [DeliveryChannels, DeliveryService, DeliveryTargets, RATE_LIMITER],
})
export class DeliveryModule {}
