import { Injectable, NotFoundException, type OnModuleInit } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { DomainEventBus } from '../common/domain-events';
import { Contact } from '../contacts/contact.entity';
import { Conversation } from '../conversations/conversation.entity';
import type { MessageDto } from '../conversations/conversation.responses';
import { Message } from '../conversations/message.entity';
import { Mention } from './mention.entity';
import { mentionedOperators } from './mention.policy';
import type { MentionDto } from './mention.responses';

/** The newest mentions the bell and the Mentions view list. */
const LISTED = 100;
const EXCERPT_CHARS = 200;

/**
 * Mentions: a private note's `@name` becomes a row per operator named, a
 * `mention.created` push to their open tabs, and a way into the
 * conversation (InboxAccess.seesConversation) while it lasts.
 */
@Injectable()
export class MentionsService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly domainEvents: DomainEventBus,
  ) {}

  onModuleInit(): void {
    this.domainEvents.on('message.created', async ({ message }) => {
      if (message?.private && message.senderType === 'agent' && message.senderId !== null && message.text) await this.fromNote(message);
    });
  }

  /** Mentions of active operators other than the author; a note edited later mentions nobody new. */
  private async fromNote(note: MessageDto): Promise<void> {
    if (!note.text?.includes('@')) return;
    const operators = await this.db.getRepository(Agent).find({ where: { active: true }, select: { id: true, name: true, email: true } });
    const agentIds = mentionedOperators(note.text, operators).filter((id) => id !== note.senderId);
    if (agentIds.length === 0) return;
    const rows = this.db.getRepository(Mention);
    await rows.insert(agentIds.map((agentId) => rows.create({ agentId, conversationId: note.conversationId, messageId: note.id, authorId: note.senderId as number, createdAt: new Date(), readAt: null })));
    const created = await rows.find({ where: { messageId: note.id, agentId: In(agentIds) } });
    for (const mention of await this.present(created)) await this.domainEvents.emit('mention.created', { agentId: mention.agentId, mention: mention.dto });
  }

  /** The operator's own mentions, newest first: the unread ones, or all. */
  async list(agent: Agent, unreadOnly: boolean): Promise<MentionDto[]> {
    const rows = await this.db.getRepository(Mention).find({
      where: { agentId: agent.id, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { id: 'DESC' },
      take: LISTED,
    });
    return (await this.present(rows)).map((m) => m.dto);
  }

  /** Marks one of the operator's own mentions read; another's is 404, as if it did not exist. */
  async markRead(agent: Agent, id: number): Promise<MentionDto> {
    const rows = this.db.getRepository(Mention);
    const mention = await rows.findOneBy({ id, agentId: agent.id });
    if (!mention) throw new NotFoundException(`Mention ${id} does not exist`);
    if (mention.readAt === null) await rows.update({ id, readAt: IsNull() }, { readAt: new Date() });
    return (await this.present([await rows.findOneByOrFail({ id })]))[0].dto;
  }

  private async present(rows: Mention[]): Promise<Array<{ agentId: number; dto: MentionDto }>> {
    if (rows.length === 0) return [];
    const [authors, notes, conversations] = await Promise.all([
      this.db.getRepository(Agent).find({ where: { id: In([...new Set(rows.map((r) => r.authorId))]) }, select: { id: true, name: true } }),
      this.db.getRepository(Message).find({ where: { id: In(rows.map((r) => r.messageId)) }, select: { id: true, text: true } }),
      this.db.getRepository(Conversation).find({ where: { id: In([...new Set(rows.map((r) => r.conversationId))]) }, select: { id: true, contactId: true } }),
    ]);
    const contacts = await this.db.getRepository(Contact).find({ where: { id: In([...new Set(conversations.map((c) => c.contactId))]) }, select: { id: true, name: true } });
    const authorName = new Map(authors.map((a) => [a.id, a.name]));
    const noteText = new Map(notes.map((n) => [n.id, n.text ?? '']));
    const contactOf = new Map(conversations.map((c) => [c.id, contacts.find((k) => k.id === c.contactId)?.name ?? null]));
    return rows.map((r) => ({
      agentId: r.agentId,
      dto: {
        id: r.id,
        conversationId: r.conversationId,
        messageId: r.messageId,
        authorId: r.authorId,
        authorName: authorName.get(r.authorId) ?? null,
        contactName: contactOf.get(r.conversationId) ?? null,
        excerpt: (noteText.get(r.messageId) ?? '').slice(0, EXCERPT_CHARS),
        createdAt: new Date(r.createdAt).toISOString(),
        readAt: r.readAt ? new Date(r.readAt).toISOString() : null,
      },
    }));
  }
}
