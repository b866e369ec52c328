import { Body, Controller, Get, Param, ParseIntPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../agents/agent.entity';
import { CurrentAgent } from '../auth/auth.decorators';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import { UpdateContactDto } from './contact.dto';
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

  /** The operator holding one of the contact's open conversations, or a supervisor, corrects the contact. */
  @Patch(':id')
  async update(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateContactDto) {
    await this.contacts.edit(agent, id, body);
    return { contact: await this.presenter.contact(id) };
  }

  /** Every conversation of the contact, on every channel. */
  @Get(':id/history')
  async history(@Param('id', ParseIntPipe) id: number) {
    return { items: await this.presenter.conversations(await this.contacts.history(id)) };
  }
}
