import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { RoutingController } from './routing.controller';
import { RoutingService } from './routing.service';
import { RoutingSnapshots } from './routing.snapshots';

@Module({ imports: [ConversationsModule], controllers: [RoutingController], providers: [RoutingService, RoutingSnapshots], exports: [RoutingService] })
export class RoutingModule {}
