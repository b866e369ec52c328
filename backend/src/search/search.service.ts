import { BadRequestException, Injectable } from '@nestjs/common';
import { And, DataSource, In, Raw } from 'typeorm';
import { parseAttributeFilters } from '../attributes/attribute.policy';
import { attributeFilterSql } from '../database/json-attribute';
import type { Agent } from '../agents/agent.entity';
import { InboxAccess } from '../auth/inbox-access.service';
import { Contact } from '../contacts/contact.entity';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import { Message } from '../conversations/message.entity';
import { mysqlMatch, searchTerms, sqliteMatch } from './search.policy';
import type { SearchHit } from './search.responses';


/** InnoDB's FULLTEXT index keeps no shorter words (innodb_ft_min_token_size). */
const MYSQL_MIN_WORD = 3;
/** Matching messages read per hit wanted: several may be of one conversation. */
const MESSAGES_PER_HIT = 5;

/**
 * Finds conversations by what was written in them (the databases' own
 * full-text search: a FULLTEXT index, or SQLite's FTS5) and by who the
 * customer is (name, e-mail, phone). Newest first, one hit per
 * conversation, only what the operator may see.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly db: DataSource,
    private readonly access: InboxAccess,
    private readonly presenter: ConversationPresenter,
  ) {}

  /**
   * `q`, `label`, `attr` (key:value pairs a custom attribute of the
   * conversation or its contact has) or any of them together (every hit then
   * carries the label and the attributes); the controller makes sure one is given.
   */
  async search(agent: Agent, { q, label, attr }: { q?: string; label?: number; attr?: string[] }, limit: number): Promise<SearchHit[]> {
    const visible = await this.access.visibleInboxIds(agent);
    const filters = parseAttributeFilters(attr);
    const byAttributes = filters.length ? attributeFilterSql(this.db.options.type, filters) : undefined;
    if (q === undefined) return this.filtered(agent, { label, byAttributes }, visible, limit);
    const terms = searchTerms(q);
    if (terms.length === 0) throw new BadRequestException('q must contain letters or digits');
    const [messageHits, contactHits] = await Promise.all([
      this.matchingMessages(terms, visible, label, limit * MESSAGES_PER_HIT),
      this.contactConversations(q.trim(), visible, label, limit),
    ]);

    const conversationIds = [...new Set([...messageHits.map((m) => m.conversationId), ...contactHits.map((c) => c.id)])];
    if (conversationIds.length === 0) return [];
    const candidates = In(conversationIds);
    const conversations = await this.access.filterConversations(
      agent,
      await this.db.getRepository(Conversation).findBy({ id: byAttributes ? And(candidates, Raw(byAttributes.condition, byAttributes.parameters)) : candidates }),
    );
    const byId = new Map(conversations.map((c) => [c.id, c]));
    // A message hit says more than a contact hit of the same conversation; each is placed by its own time.
    const hits = new Map<number, { at: number; message: Message | null }>();
    for (const m of messageHits) if (byId.has(m.conversationId) && !hits.has(m.conversationId)) hits.set(m.conversationId, { at: new Date(m.createdAt).getTime(), message: m });
    for (const c of contactHits) if (byId.has(c.id) && !hits.has(c.id)) hits.set(c.id, { at: new Date(c.lastMessageAt ?? c.createdAt).getTime(), message: null });
    const chosen = [...hits].sort((a, b) => b[1].at - a[1].at || b[0] - a[0]).slice(0, limit);

    const rows = chosen.map(([id]) => byId.get(id) as Conversation);
    const found = chosen.map(([, hit]) => hit.message).filter((m): m is Message => m !== null);
    const [conversationDtos, messageDtos] = await Promise.all([this.presenter.conversations(rows), this.presenter.messages(found)]);
    const messageDto = new Map(messageDtos.map((m) => [m.id, m]));
    return chosen.map(([, hit], i) => ({ conversation: conversationDtos[i], message: hit.message ? (messageDto.get(hit.message.id) ?? null) : null }));
  }

  /** The newest conversations carrying the label and the attributes asked for that the operator may see. */
  private async filtered(
    agent: Agent,
    { label, byAttributes }: { label?: number; byAttributes?: ReturnType<typeof attributeFilterSql> },
    visible: number[] | 'all',
    limit: number,
  ): Promise<SearchHit[]> {
    const qb = this.db.getRepository(Conversation).createQueryBuilder('c').orderBy('c.id', 'DESC').limit(limit);
    if (label !== undefined) qb.andWhere('c.id IN (SELECT cl.conversationId FROM conversation_labels cl WHERE cl.labelId = :label)', { label });
    if (byAttributes) qb.andWhere(byAttributes.condition('c.id'), byAttributes.parameters);
    // The operator's own conversations in inboxes they no longer see are theirs too (filterConversations).
    if (visible !== 'all') qb.andWhere(visible.length ? '(c.inboxId IN (:...visible) OR c.assigneeId = :me)' : 'c.assigneeId = :me', { visible, me: agent.id });
    const rows = await this.access.filterConversations(agent, await qb.getMany());
    return (await this.presenter.conversations(rows)).map((conversation) => ({ conversation, message: null }));
  }

  /** Newest first, in the inboxes the operator sees (their own conversations elsewhere are checked after). */
  private async matchingMessages(terms: string[], visible: number[] | 'all', label: number | undefined, limit: number): Promise<Message[]> {
    const type = this.db.options.type;
    const mysql = type === 'mysql' || type === 'mariadb';
    const words = mysql ? terms.filter((t) => [...t].length >= MYSQL_MIN_WORD) : terms;
    if (words.length === 0 || (visible !== 'all' && visible.length === 0)) return [];
    const inInboxes =
      (visible === 'all' ? '' : ` AND m.inboxId IN (${visible.map(() => '?').join(',')})`) +
      (label === undefined ? '' : ' AND m.conversationId IN (SELECT cl.conversationId FROM conversation_labels cl WHERE cl.labelId = ?)');
    const scope = [...(visible === 'all' ? [] : visible), ...(label === undefined ? [] : [label])];
    const rows: Array<{ id: number }> = mysql
      ? await this.db.query(`SELECT m.id FROM messages m WHERE MATCH(m.text) AGAINST (? IN BOOLEAN MODE)${inInboxes} ORDER BY m.id DESC LIMIT ?`, [mysqlMatch(words), ...scope, limit])
      : await this.db.query(`SELECT m.id FROM messages_fts f JOIN messages m ON m.id = f.rowid WHERE messages_fts MATCH ?${inInboxes} ORDER BY m.id DESC LIMIT ?`, [sqliteMatch(words), ...scope, limit]);
    if (rows.length === 0) return [];
    const messages = await this.db.getRepository(Message).findBy({ id: In(rows.map((r) => Number(r.id))) });
    return messages.sort((a, b) => b.id - a.id);
  }

  /** The newest conversation of each contact whose name contains the query, or whose e-mail or phone starts with it. */
  private async contactConversations(query: string, visible: number[] | 'all', label: number | undefined, limit: number): Promise<Conversation[]> {
    // `!` escapes LIKE's wildcards: a backslash means different things to MySQL's and SQLite's string literals.
    const like = (text: string) => text.replace(/[!%_]/g, (c) => `!${c}`);
    const digits = query.replace(/[^0-9]/g, '');
    const contacts = this.db
      .getRepository(Contact)
      .createQueryBuilder('k')
      .select('k.id')
      .where('k.mergedIntoId IS NULL')
      .andWhere(`(LOWER(k.name) LIKE :name ESCAPE '!' OR k.email LIKE :email ESCAPE '!'${digits.length >= 3 ? ' OR k.phone LIKE :phone' : ''})`, {
        name: `%${like(query.toLowerCase())}%`,
        email: `${like(query.toLowerCase())}%`,
        phone: `%${digits}%`,
      })
      .orderBy('k.id', 'DESC')
      .limit(limit);
    const ids = (await contacts.getMany()).map((k) => k.id);
    if (ids.length === 0) return [];
    const conversations = await this.db.getRepository(Conversation).find({
      where: {
        contactId: In(ids),
        ...(visible === 'all' ? {} : { inboxId: In(visible) }),
        ...(label === undefined ? {} : { id: Raw((id) => `${id} IN (SELECT cl.conversationId FROM conversation_labels cl WHERE cl.labelId = :label)`, { label }) }),
      },
      order: { id: 'DESC' },
    });
    const newest = new Map<number, Conversation>();
    for (const c of conversations) if (!newest.has(c.contactId)) newest.set(c.contactId, c);
    return [...newest.values()];
  }
}
