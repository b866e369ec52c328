import { Module } from '@nestjs/common';
import { ChannelsModule } from '../channels/channels.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { RoutingModule } from '../routing/routing.module';
import { AutoCloseJob } from './auto-close.job';
import { AutomaticReplies } from './automatic-replies.service';
import { AutomationClock } from './automation.clock';
import { AutomationService } from './automation.service';
import { CsatController } from './csat.controller';
import { CsatService } from './csat.service';

/** Greetings, business hours, queue message, goodbye, auto-close and CSAT (docs/automation.md). */
@Module({
  imports: [ConversationsModule, ChannelsModule, RoutingModule],
  controllers: [CsatController],
  providers: [AutomationClock, AutomaticReplies, AutomationService, AutoCloseJob, CsatService],
  // Automation rules word their messages as the automatic messages are worded.
  exports: [AutomaticReplies],
})
export class AutomationModule {}
