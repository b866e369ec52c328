import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { ReportsModule } from '../reports/reports.module';
import { RoutingModule } from '../routing/routing.module';
import { BoardService } from './board.service';
import { FloorService } from './floor.service';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';
import { SupervisionController } from './supervision.controller';

@Module({
  imports: [ConversationsModule, RoutingModule, ReportsModule],
  controllers: [SupervisionController, ReviewsController],
  providers: [BoardService, FloorService, ReviewsService],
})
export class SupervisionModule {}
