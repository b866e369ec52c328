import { Module } from '@nestjs/common';
import { RoutingTimers } from './routing-timers';
import { ConversationsModule } from '../conversations/conversations.module';
import { QueueUpdates } from './queue-updates';
import { QueueWaits } from './queue-waits';
import { RoutingAnnouncements } from './routing.announcements';
import { RoutingController } from './routing.controller';
import { Departures } from './departures.service';
import { RoutingService } from './routing.service';
import { RoutingSnapshots } from './routing.snapshots';
import { TransfersService } from './transfers.service';

@Module({
  imports: [ConversationsModule],
  controllers: [RoutingController],
  providers: [RoutingService, Departures, TransfersService, RoutingSnapshots, RoutingAnnouncements, RoutingTimers, QueueUpdates, QueueWaits],
  exports: [RoutingService, TransfersService, QueueWaits, RoutingSnapshots, RoutingAnnouncements],
})
export class RoutingModule {}
