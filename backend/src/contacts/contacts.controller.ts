import { Body, Controller, Get, Param, ParseIntPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../agents/agent.entity';
import { CurrentAgent } from '../auth/auth.decorators';
import { InboxAccess } from '../auth/inbox-access.service';
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
    private readonly access: InboxAccess,
  ) {}

  @Get(':id')
  async get(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number) {
    await this.contacts.get(id);
    await this.access.assertContact(agent, id);
    return { contact: await this.presenter.contact(id) };
  }

  /** The operator holding one of the contact's open conversations, or a supervisor, corrects the contact. */
  @Patch(':id')
  async update(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateContactDto) {
    await this.access.assertContact(agent, id);
    await this.contacts.edit(agent, id, body);
    return { contact: await this.presenter.contact(id) };
  }

  /** Every conversation of the contact, on every channel. */
  @Get(':id/history')
  async history(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number) {
    await this.access.assertContact(agent, id);
    const visible = await this.access.filterConversations(agent, await this.contacts.history(id));
    return { items: await this.presenter.conversations(visible) };
  }
}
