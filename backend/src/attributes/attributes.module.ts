import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { AttributesController } from './attributes.controller';
import { AttributesService } from './attributes.service';

@Module({ imports: [ConversationsModule, ContactsModule], controllers: [AttributesController], providers: [AttributesService], exports: [AttributesService] })
export class AttributesModule {}
