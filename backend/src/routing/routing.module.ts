import { Module } from '@nestjs/common';
import { RoutingTimers } from './routing-timers';
import { ConversationsModule } from '../conversations/conversations.module';
import { QueueWaits } from './queue-waits';
import { RoutingAnnouncements } from './routing.announcements';
import { RoutingController } from './routing.controller';
import { RoutingService } from './routing.service';
import { RoutingSnapshots } from './routing.snapshots';
import { TransfersService } from './transfers.service';

@Module({
  imports: [ConversationsModule],
  controllers: [RoutingController],
  providers: [RoutingService, TransfersService, RoutingSnapshots, RoutingAnnouncements, RoutingTimers, QueueWaits],
  exports: [RoutingService, TransfersService, QueueWaits],
})
export class RoutingModule {}
