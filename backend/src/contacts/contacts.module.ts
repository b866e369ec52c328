import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { ContactsController } from './contacts.controller';
import { ContactMergeService } from './contact-merge.service';
import { ContactsService } from './contacts.service';

@Module({ imports: [ConversationsModule], controllers: [ContactsController], providers: [ContactsService, ContactMergeService], exports: [ContactsService] })
export class ContactsModule {}
