import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { InboxAccess } from './inbox-access.service';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: `access-token:${config.appSecret}` }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, InboxAccess, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, InboxAccess],
})
export class AuthModule {}
