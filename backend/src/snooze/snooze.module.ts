import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { RoutingModule } from '../routing/routing.module';
import { SnoozeTimers } from './snooze-timers';
import { SnoozeController } from './snooze.controller';
import { SnoozeService } from './snooze.service';

@Module({ imports: [ConversationsModule, RoutingModule], controllers: [SnoozeController], providers: [SnoozeService, SnoozeTimers], exports: [SnoozeService] })
export class SnoozeModule {}
