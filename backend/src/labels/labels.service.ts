import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Agent } from '../agents/agent.entity';
import { isUniqueViolation } from '../common/database-errors';
import { DomainEventBus } from '../common/domain-events';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import { ConversationPublisher } from '../conversations/conversation.publisher';
import { ConversationsService } from '../conversations/conversations.service';
import { routingTransaction } from '../database/transactions';
import { ConversationLabel, Label } from './label.entity';
import { labelChanges, labelNameKey } from './label.policy';
import type { CreateLabelDto, UpdateLabelDto } from './label.dto';
import type { LabelDto } from './label.responses';

/** Conversations whose rows are pushed again when a label they carry is renamed, recoloured or deleted: the open ones, newest first. */
const OPEN_CONVERSATIONS_PUSHED = 500;

/** The label catalogue (admins) and the labels on conversations (operators, supervisors, bots). */
@Injectable()
export class LabelsService {
  constructor(
    private readonly db: DataSource,
    private readonly conversations: ConversationsService,
    private readonly publisher: ConversationPublisher,
    private readonly presenter: ConversationPresenter,
    private readonly domainEvents: DomainEventBus,
  ) {}

  /** Every label by name, with how many conversations carry it. */
  async list(): Promise<LabelDto[]> {
    const [labels, counts] = await Promise.all([
      this.db.getRepository(Label).find({ order: { nameKey: 'ASC' } }),
      this.db.query('SELECT labelId, COUNT(*) AS n FROM conversation_labels GROUP BY labelId') as Promise<Array<{ labelId: number | string; n: number | string }>>,
    ]);
    const countOf = new Map(counts.map((c) => [Number(c.labelId), Number(c.n)]));
    return labels.map((l) => ({ id: l.id, name: l.name, color: l.color, description: l.description, conversations: countOf.get(l.id) ?? 0, createdAt: new Date(l.createdAt).toISOString() }));
  }

  async get(id: number): Promise<LabelDto> {
    const label = (await this.list()).find((l) => l.id === id);
    if (!label) throw new NotFoundException(`Label ${id} does not exist`);
    return label;
  }

  async create(input: CreateLabelDto): Promise<LabelDto> {
    const id = await this.save({ name: input.name, color: input.color, description: input.description ?? null });
    return this.announce(id);
  }

  async update(id: number, input: UpdateLabelDto): Promise<LabelDto> {
    const label = await this.row(id);
    await this.save({
      ...label,
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.color !== undefined ? { color: input.color } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
    });
    await this.push(await this.openConversationsCarrying(id));
    return this.announce(id);
  }

  /**
   * Takes the label off every conversation that carries it (each one's
   * event log says so) and deletes it.
   */
  async remove(admin: Agent, id: number): Promise<void> {
    const label = await this.row(id);
    const open = await this.openConversationsCarrying(id);
    await routingTransaction(this.db, async (tx) => {
      const carriers = await tx.getRepository(ConversationLabel).find({ where: { labelId: id }, select: { conversationId: true } });
      for (const { conversationId } of carriers) await this.conversations.logEvent(tx, conversationId, 'unlabelled', { actorId: admin.id, data: { labelId: id, name: label.name, reason: 'label-deleted' } });
      await tx.getRepository(ConversationLabel).delete({ labelId: id });
      await tx.getRepository(Label).delete({ id });
    });
    await this.push(open);
    await this.domainEvents.emit('labels.changed', { labels: await this.list() });
  }

  /** The operator's (or supervisor's) whole set for a conversation they may write in; 404 for one they may not see. No agent: an automation rule's. */
  async setOnConversation(agent: Agent | null, conversationId: number, labelIds: number[]): Promise<Conversation> {
    const conversation = agent ? await this.conversations.getFor(agent, conversationId) : await this.conversations.get(conversationId);
    if (agent) this.conversations.assertMayWrite(agent, conversation);
    await this.assertLabelsExist(labelIds);
    await this.change(conversation, (current) => labelChanges(current, labelIds), agent?.id ?? null);
    return this.conversations.get(conversationId);
  }

  /** A bot's labels, added to what the conversation carries; a label deleted since the flow was written is skipped. */
  async addByBot(conversation: Conversation, labelIds: number[]): Promise<void> {
    const known = (await this.db.getRepository(Label).find({ where: { id: In(labelIds) }, select: { id: true } })).map((l) => l.id);
    if (known.length) await this.change(conversation, (current) => labelChanges(current, [...current, ...known]), null);
  }

  private async change(conversation: Conversation, decide: (current: number[]) => { added: number[]; removed: number[] }, actorId: number | null): Promise<void> {
    let changed = false;
    try {
      await routingTransaction(this.db, async (tx) => {
        const rows = tx.getRepository(ConversationLabel);
        const current = (await rows.find({ where: { conversationId: conversation.id } })).map((r) => r.labelId);
        const { added, removed } = decide(current);
        changed = added.length + removed.length > 0;
        if (removed.length) await rows.delete({ conversationId: conversation.id, labelId: In(removed) });
        if (added.length) await rows.insert(added.map((labelId) => ({ conversationId: conversation.id, labelId })));
        await this.logChanges(tx, conversation.id, added, removed, actorId);
      });
    } catch (error) {
      // Two writers adding the same label at once: the second is told rather than given a 500.
      if (isUniqueViolation(error)) throw new ConflictException(`labelIds: the labels of conversation ${conversation.id} changed meanwhile; try again`);
      throw error;
    }
    if (changed) await this.publisher.changed(await this.conversations.get(conversation.id));
  }

  /** One event per label added or removed, named as it was then: a renamed or deleted label still reads right in the log. */
  private async logChanges(tx: EntityManager, conversationId: number, added: number[], removed: number[], actorId: number | null): Promise<void> {
    if (added.length + removed.length === 0) return;
    const names = new Map((await tx.getRepository(Label).find({ where: { id: In([...added, ...removed]) } })).map((l) => [l.id, l.name]));
    for (const labelId of added) await this.conversations.logEvent(tx, conversationId, 'labelled', { actorId, data: { labelId, name: names.get(labelId) ?? null } });
    for (const labelId of removed) await this.conversations.logEvent(tx, conversationId, 'unlabelled', { actorId, data: { labelId, name: names.get(labelId) ?? null } });
  }

  private async assertLabelsExist(ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    const found = new Set((await this.db.getRepository(Label).find({ where: { id: In(ids) }, select: { id: true } })).map((l) => l.id));
    const missing = [...new Set(ids)].filter((id) => !found.has(id));
    if (missing.length) throw new BadRequestException(`labelIds: no label with id ${missing.join(', ')}`);
  }

  /** Names are unique without regard to case: a taken one is the admin's to change (409 naming the field). */
  private async save(label: Pick<Label, 'name' | 'color' | 'description'> & { id?: number }): Promise<number> {
    const name = label.name.trim();
    try {
      const saved = await this.db.getRepository(Label).save({ ...label, name, nameKey: labelNameKey(name), color: label.color.toLowerCase() });
      return saved.id;
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException(`name: a label called "${name}" already exists`);
      throw error;
    }
  }

  private async row(id: number): Promise<Label> {
    const label = await this.db.getRepository(Label).findOneBy({ id });
    if (!label) throw new NotFoundException(`Label ${id} does not exist`);
    return label;
  }

  /** Operators' label pickers and chips follow the catalogue. */
  private async announce(id: number): Promise<LabelDto> {
    const labels = await this.list();
    await this.domainEvents.emit('labels.changed', { labels });
    return labels.find((l) => l.id === id) as LabelDto;
  }

  private async openConversationsCarrying(labelId: number): Promise<Conversation[]> {
    return this.db
      .getRepository(Conversation)
      .createQueryBuilder('c')
      .where('c.id IN (SELECT cl.conversationId FROM conversation_labels cl WHERE cl.labelId = :labelId)', { labelId })
      .andWhere("c.status <> 'closed'")
      .orderBy('c.id', 'DESC')
      .limit(OPEN_CONVERSATIONS_PUSHED)
      .getMany();
  }

  private async push(conversations: Conversation[]): Promise<void> {
    if (conversations.length) await this.publisher.changedMany(conversations, await this.presenter.conversations(conversations));
  }
}
