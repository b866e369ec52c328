import { Global, Module } from '@nestjs/common';
import { ProcessRegistry } from './process-registry.service';

/** Global: presence and delivery name the process that holds what they track. */
@Global()
@Module({ providers: [ProcessRegistry], exports: [ProcessRegistry] })
export class ProcessesModule {}
