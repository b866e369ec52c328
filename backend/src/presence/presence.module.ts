import { Global, Module } from '@nestjs/common';
import { PresenceService } from './presence.service';

/** Global: the operators' socket gateway reports every socket to it. */
@Global()
@Module({ providers: [PresenceService], exports: [PresenceService] })
export class PresenceModule {}
