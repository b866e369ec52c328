import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Agent } from '../agents/agent.entity';
import { isUniqueViolation } from '../common/database-errors';
import { ContactsService } from '../contacts/contacts.service';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationPublisher } from '../conversations/conversation.publisher';
import { ConversationsService } from '../conversations/conversations.service';
import { AttributeDefinition } from './attribute-definition.entity';
import type { CreateAttributeDefinitionDto, UpdateAttributeDefinitionDto } from './attribute.dto';
import { applyAttributeChanges, botAttributeValues, type AttributeTarget, type AttributeValue } from './attribute.policy';
import type { AttributeDefinitionDto } from './attribute.responses';

const toDto = (d: AttributeDefinition): AttributeDefinitionDto => ({
  id: d.id,
  target: d.target,
  key: d.key,
  label: d.label,
  type: d.type,
  options: d.options,
  required: d.required,
  description: d.description,
  createdAt: new Date(d.createdAt).toISOString(),
});

/** Custom attribute definitions (admins) and the values on contacts and conversations (operators, integrations, bots). */
@Injectable()
export class AttributesService {
  constructor(
    private readonly db: DataSource,
    private readonly contacts: ContactsService,
    private readonly conversations: ConversationsService,
    private readonly publisher: ConversationPublisher,
  ) {}

  /** Contacts' first, then conversations', each in the order they were defined. */
  async list(target?: AttributeTarget): Promise<AttributeDefinitionDto[]> {
    const rows = await this.definitions(target);
    return rows.map(toDto);
  }

  definitions(target?: AttributeTarget): Promise<AttributeDefinition[]> {
    return this.db.getRepository(AttributeDefinition).find({ where: target ? { target } : {}, order: { target: 'ASC', id: 'ASC' } });
  }

  async create(input: CreateAttributeDefinitionDto): Promise<AttributeDefinitionDto> {
    const options = listOptions(input.type, input.options);
    try {
      const saved = await this.db.getRepository(AttributeDefinition).save({
        target: input.target,
        key: input.key,
        label: input.label.trim(),
        type: input.type,
        options,
        required: input.required ?? false,
        description: input.description?.trim() || null,
      });
      return toDto(await this.row(saved.id));
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException(`key: a ${input.target} attribute "${input.key}" already exists`);
      throw error;
    }
  }

  async update(id: number, input: UpdateAttributeDefinitionDto): Promise<AttributeDefinitionDto> {
    const definition = await this.row(id);
    const changes = {
      ...(input.label !== undefined ? { label: input.label.trim() } : {}),
      ...(input.options !== undefined ? { options: listOptions(definition.type, input.options) } : {}),
      ...(input.required !== undefined ? { required: input.required } : {}),
      ...(input.description !== undefined ? { description: input.description?.trim() || null } : {}),
    } as QueryDeepPartialEntity<AttributeDefinition>;
    // An UPDATE without a column to set is an error of TypeORM's: a body that changes nothing leaves the row as it is.
    if (Object.keys(changes).length === 0) return toDto(definition);
    await this.db.getRepository(AttributeDefinition).update({ id }, changes);
    return toDto(await this.row(id));
  }

  /** The definition goes; values stored under its key stay on the records (shown as plain attributes) until someone removes them. */
  async remove(id: number): Promise<void> {
    await this.row(id);
    await this.db.getRepository(AttributeDefinition).delete({ id });
  }

  /** An operator's change of a contact's attributes: the holder of one of its open conversations, or a supervisor. */
  async setOnContact(agent: Agent, contactId: number, changes: Record<string, unknown>): Promise<void> {
    const contact = await this.contacts.get(contactId);
    await this.contacts.assertMayEdit(agent, contact.id);
    await this.contacts.setAttributes(contact.id, await this.checked('contact', contact.attributes, changes));
  }

  /** An operator's change of a conversation's attributes: the holder, or a supervisor. */
  async setOnConversation(agent: Agent, conversationId: number, changes: Record<string, unknown>): Promise<Conversation> {
    const conversation = await this.conversations.getFor(agent, conversationId);
    this.conversations.assertMayWrite(agent, conversation);
    const attributes = (await this.checked('conversation', conversation.attributes ?? {}, changes)) as Record<string, AttributeValue>;
    await this.db.getRepository(Conversation).update({ id: conversation.id }, { attributes });
    const changed = await this.conversations.get(conversation.id);
    await this.publisher.changed(changed);
    return changed;
  }

  /** A bot's values for the contact or the conversation (attribute.policy.ts, botAttributeValues); returns the keys left out. */
  async setByBot(conversation: Conversation, target: AttributeTarget, values: Record<string, AttributeValue>): Promise<string[]> {
    const { attributes, skipped } = botAttributeValues(await this.definitions(target), values);
    if (Object.keys(attributes).length === 0) return skipped;
    if (target === 'contact') {
      await this.contacts.mergeAttributes(conversation.contactId, attributes);
    } else {
      const current = await this.conversations.get(conversation.id);
      await this.db.getRepository(Conversation).update({ id: conversation.id }, { attributes: { ...current.attributes, ...attributes } });
      await this.publisher.changed(await this.conversations.get(conversation.id));
    }
    return skipped;
  }

  private async checked(target: AttributeTarget, current: Record<string, unknown>, changes: Record<string, unknown>): Promise<Record<string, unknown>> {
    const { attributes, problems } = applyAttributeChanges(await this.definitions(target), current, changes, target);
    if (problems.length) throw new BadRequestException(problems);
    return attributes;
  }

  private async row(id: number): Promise<AttributeDefinition> {
    const definition = await this.db.getRepository(AttributeDefinition).findOneBy({ id });
    if (!definition) throw new NotFoundException(`Attribute definition ${id} does not exist`);
    return definition;
  }
}

/** A list's choices, trimmed and each once; other types have none. */
function listOptions(type: string, options: string[] | undefined): string[] | null {
  if (type !== 'list') {
    if (options !== undefined) throw new BadRequestException('options: only a list has options');
    return null;
  }
  const cleaned = [...new Set((options ?? []).map((o) => o.trim()).filter(Boolean))];
  if (cleaned.length === 0) throw new BadRequestException('options: a list needs at least one option');
  return cleaned;
}
