import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../agents/agent.entity';
import { ApiTokenScope } from '../api-tokens/api-token-scope.decorator';
import { Audited } from '../audit/audited.decorator';
import { CurrentAgent, Roles } from '../auth/auth.decorators';
import { InboxAccess } from '../auth/inbox-access.service';
import { ApiAnswer } from '../common/api-answer';
import { ContactDetailsDto } from '../contacts/contact.responses';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import { ConversationDto } from '../conversations/conversation.responses';
import { ContactsService } from '../contacts/contacts.service';
import { CreateAttributeDefinitionDto, SetAttributesDto, UpdateAttributeDefinitionDto } from './attribute.dto';
import { AttributeDefinitionDto } from './attribute.responses';
import { AttributesService } from './attributes.service';

@ApiTags('attributes')
@Controller('api')
export class AttributesController {
  constructor(
    private readonly attributes: AttributesService,
    private readonly contacts: ContactsService,
    private readonly access: InboxAccess,
    private readonly presenter: ConversationPresenter,
  ) {}

  /** Every operator reads the definitions: the panels and the composer's variables follow them. */
  @ApiOperation({ summary: 'List the custom attributes’ definitions' })
  @ApiAnswer({ items: [AttributeDefinitionDto] }, 'Contacts’ first, each target in the order defined')
  @Get('attribute-definitions')
  async list() {
    return { items: await this.attributes.list() };
  }

  @ApiOperation({ summary: 'Define a custom attribute' })
  @ApiConflictResponse({ description: 'The key is taken for that target' })
  @ApiAnswer({ definition: AttributeDefinitionDto })
  @Roles('admin')
  @Audited('attribute-definition.create', 'attribute-definition')
  @Post('attribute-definitions')
  async create(@Body() body: CreateAttributeDefinitionDto) {
    return { definition: await this.attributes.create(body) };
  }

  @ApiOperation({ summary: 'Change a custom attribute’s definition' })
  @ApiAnswer({ definition: AttributeDefinitionDto })
  @Roles('admin')
  @Audited('attribute-definition.update', 'attribute-definition')
  @Patch('attribute-definitions/:id')
  async update(@Param('id', ParseIntPipe) id: number, @Body() body: UpdateAttributeDefinitionDto) {
    return { definition: await this.attributes.update(id, body) };
  }

  @ApiOperation({ summary: 'Delete a custom attribute’s definition (stored values stay)' })
  @Roles('admin')
  @Audited('attribute-definition.delete', 'attribute-definition')
  @Delete('attribute-definitions/:id')
  @HttpCode(204)
  async remove(@Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.attributes.remove(id);
  }

  /** Some of the contact's attributes: whoever may edit the contact (404 for one the caller may not see). */
  @ApiOperation({ summary: 'Set some of a contact’s custom attributes' })
  @ApiAnswer({ contact: ContactDetailsDto })
  @ApiTokenScope('contacts')
  @Patch('contacts/:id/attributes')
  async setOnContact(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) contactId: number, @Body() body: SetAttributesDto) {
    const { id } = await this.contacts.get(contactId);
    await this.access.assertContact(agent, id);
    await this.attributes.setOnContact(agent, id, body.attributes);
    return { contact: await this.presenter.contact(id) };
  }

  /** Some of the conversation's attributes: the holder, supervisors and admins (403 for another's, 404 for one the caller may not see). */
  @ApiOperation({ summary: 'Set some of a conversation’s custom attributes' })
  @ApiAnswer({ conversation: ConversationDto })
  @ApiTokenScope('conversations')
  @Patch('conversations/:id/attributes')
  async setOnConversation(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: SetAttributesDto) {
    return { conversation: await this.presenter.conversation(await this.attributes.setOnConversation(agent, id, body.attributes)) };
  }
}
