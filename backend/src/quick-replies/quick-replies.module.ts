import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { QuickRepliesController } from './quick-replies.controller';
import { QuickRepliesService } from './quick-replies.service';

@Module({ imports: [ConversationsModule], controllers: [QuickRepliesController], providers: [QuickRepliesService] })
export class QuickRepliesModule {}
