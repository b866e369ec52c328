import { Global, Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { AgentsGateway } from './agents.gateway';
import { LiveViews } from './live-views';
import { MembershipRooms } from './membership-rooms.service';
import { ContactNotifications, ConversationNotifications, FloorNotifications, MessageNotifications, SlaNotifications, TypingNotifications } from './notifications';
import { RealtimeService } from './realtime.service';

@Global()
@Module({
  imports: [ConversationsModule],
  providers: [RealtimeService, AgentsGateway, MembershipRooms, LiveViews, MessageNotifications, ConversationNotifications, ContactNotifications, FloorNotifications, TypingNotifications, SlaNotifications],
  exports: [RealtimeService, MembershipRooms, LiveViews],
})
export class RealtimeModule {}
