import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { InMemoryRateLimiter, type RateLimiter } from '../delivery/rate-limiter';
import { RedisRateLimiter } from '../delivery/redis-rate-limiter';
import { AuthService } from './auth.service';
import { CLIENT_LIMITER } from './client-limiter';
import { InboxAccess } from './inbox-access.service';

class ClientLimiterLifecycle implements OnApplicationShutdown {
  constructor(@Inject(CLIENT_LIMITER) private readonly limiter: RateLimiter) {}

  async onApplicationShutdown(): Promise<void> {
    await this.limiter.close();
  }
}

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: `access-token:${config.appSecret}` }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    InboxAccess,
    { provide: APP_GUARD, useClass: AuthGuard },
    {
      provide: CLIENT_LIMITER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): RateLimiter => (config.redisUrl ? new RedisRateLimiter(config.redisUrl, `${config.redisPrefix}:clients`) : new InMemoryRateLimiter()),
    },
    ClientLimiterLifecycle,
  ],
  exports: [AuthService, InboxAccess, CLIENT_LIMITER],
})
export class AuthModule {}
