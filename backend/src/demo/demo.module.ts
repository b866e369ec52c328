import { Module } from '@nestjs/common';
import { ChannelsModule } from '../channels/channels.module';
import { DemoController } from './demo.controller';
import { DemoService } from './demo.service';

@Module({ imports: [ChannelsModule], controllers: [DemoController], providers: [DemoService], exports: [DemoService] })
export class DemoModule {}
