import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { LabelsController } from './labels.controller';
import { LabelsService } from './labels.service';

@Module({ imports: [ConversationsModule], controllers: [LabelsController], providers: [LabelsService], exports: [LabelsService] })
export class LabelsModule {}
