import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Audited } from '../audit/audited.decorator';
import type { Agent } from '../agents/agent.entity';
import { CurrentAgent, Roles } from '../auth/auth.decorators';
import { ApiAnswer } from '../common/api-answer';
import { ConversationDto } from '../conversations/conversation.responses';
import { InboxAccess } from '../auth/inbox-access.service';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import { MergeContactDto, UpdateContactDto } from './contact.dto';
import { ContactDetailsDto, DuplicateContactDto } from './contact.responses';
import { duplicateMatch } from './contact.policy';
import { ContactMergeService } from './contact-merge.service';
import { ContactsService } from './contacts.service';
import { ApiTokenScope } from '../api-tokens/api-token-scope.decorator';

@ApiTags('contacts')
@ApiTokenScope('contacts')
@Controller('api/contacts')
export class ContactsController {
  constructor(
    private readonly contacts: ContactsService,
    private readonly presenter: ConversationPresenter,
    private readonly access: InboxAccess,
    private readonly merges: ContactMergeService,
  ) {}

  /** A merged contact's id still answers, with the contact it was merged into. */
  @ApiOperation({ summary: 'Get a contact with its channel identities' })
  @ApiAnswer({ contact: ContactDetailsDto })
  @Get(':id')
  async get(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) contactId: number) {
    const { id } = await this.contacts.get(contactId);
    await this.access.assertContact(agent, id);
    return { contact: await this.presenter.contact(id) };
  }

  /** Other contacts with the same phone or e-mail address, among those the caller may see: candidates for a merge. */
  @ApiOperation({ summary: 'Contacts sharing a phone or e-mail address with this one' })
  @ApiAnswer({ items: [DuplicateContactDto] })
  @Get(':id/duplicates')
  async duplicates(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) contactId: number) {
    const { id } = await this.contacts.get(contactId);
    await this.access.assertContact(agent, id);
    const contact = await this.presenter.contact(id);
    const visible: DuplicateContactDto[] = [];
    for (const duplicate of await this.merges.duplicates(id)) {
      if (!(await this.access.assertContact(agent, duplicate.id).then(() => true, () => false))) continue;
      const other = await this.presenter.contact(duplicate.id);
      visible.push({ ...other, match: duplicateMatch(contact, other) });
    }
    return { items: visible };
  }

  /** `contactId` is merged into this contact: its conversations and channels move here. */
  @ApiAnswer({ contact: ContactDetailsDto }, 'The survivor')
  @Post(':id/merge')
  @HttpCode(200)
  @Audited('contact.merge', 'contact')
  @ApiOperation({ summary: 'Merge another contact of the same person (same phone or e-mail) into this one' })
  @ApiConflictResponse({ description: 'They share neither phone nor e-mail, or both have an open conversation in one inbox' })
  async merge(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: MergeContactDto) {
    await this.access.assertContact(agent, id);
    await this.access.assertContact(agent, body.contactId);
    const survivor = await this.merges.merge(agent, id, body.contactId);
    return { contact: await this.presenter.contact(survivor.id) };
  }

  /** The operator holding one of the contact's open conversations, or a supervisor, corrects the contact. */
  @ApiOperation({ summary: 'Correct a contact’s details' })
  @ApiAnswer({ contact: ContactDetailsDto })
  @Patch(':id')
  async update(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) contactId: number, @Body() body: UpdateContactDto) {
    const { id } = await this.contacts.get(contactId);
    await this.access.assertContact(agent, id);
    await this.contacts.edit(agent, id, body);
    return { contact: await this.presenter.contact(id) };
  }

  /** A contact marked as spam (an automation rule's mark-spam) may write again: their next message opens a conversation as anyone's would. */
  @ApiOperation({ summary: 'Unblock a contact marked as spam' })
  @ApiAnswer({ contact: ContactDetailsDto })
  @Roles('supervisor', 'admin')
  @Audited('contact.unblock', 'contact')
  @Delete(':id/block')
  async unblock(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) contactId: number) {
    const { id } = await this.contacts.get(contactId);
    await this.access.assertContact(agent, id);
    await this.contacts.unblock(id);
    return { contact: await this.presenter.contact(id) };
  }

  /** Every conversation of the contact, on every channel. */
  @ApiOperation({ summary: 'A contact’s conversations' })
  @ApiAnswer({ items: [ConversationDto] })
  @Get(':id/history')
  async history(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) contactId: number) {
    const { id } = await this.contacts.get(contactId);
    await this.access.assertContact(agent, id);
    const visible = await this.access.filterConversations(agent, await this.contacts.history(id));
    return { items: await this.presenter.conversations(visible) };
  }
}
