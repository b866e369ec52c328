import { Global, Module } from '@nestjs/common';
import { AgentsGateway } from './agents.gateway';
import { RealtimeService } from './realtime.service';

@Global()
@Module({ providers: [RealtimeService, AgentsGateway], exports: [RealtimeService] })
export class RealtimeModule {}
