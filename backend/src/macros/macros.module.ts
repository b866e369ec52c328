import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { LabelsModule } from '../labels/labels.module';
import { RoutingModule } from '../routing/routing.module';
import { SnoozeModule } from '../snooze/snooze.module';
import { ConversationActions } from './conversation-actions';
import { MacroRunner } from './macro-runner';
import { ConversationMacrosController, MacrosController } from './macros.controller';
import { MacrosService } from './macros.service';

@Module({
  imports: [ConversationsModule, LabelsModule, RoutingModule, SnoozeModule],
  controllers: [MacrosController, ConversationMacrosController],
  providers: [MacrosService, MacroRunner, ConversationActions],
  exports: [ConversationActions],
})
export class MacrosModule {}
