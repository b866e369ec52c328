import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import { ContactsService } from './contacts.service';

@ApiTags('contacts')
@ApiBearerAuth()
@Controller('api/contacts')
export class ContactsController {
  constructor(
    private readonly contacts: ContactsService,
    private readonly presenter: ConversationPresenter,
  ) {}

  @Get(':id')
  async get(@Param('id', ParseIntPipe) id: number) {
    await this.contacts.get(id);
    return { contact: await this.presenter.contact(id) };
  }

  /** Every conversation of the contact, on every channel. */
  @Get(':id/history')
  async history(@Param('id', ParseIntPipe) id: number) {
    return { items: await this.presenter.conversations(await this.contacts.history(id)) };
  }
}
