import { Global, Module } from '@nestjs/common';
import { AgentsGateway } from './agents.gateway';
import { MembershipRooms } from './membership-rooms.service';
import { RealtimeService } from './realtime.service';

@Global()
@Module({ providers: [RealtimeService, AgentsGateway, MembershipRooms], exports: [RealtimeService, MembershipRooms] })
export class RealtimeModule {}
