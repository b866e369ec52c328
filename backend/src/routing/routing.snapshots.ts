import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { Inbox } from '../channels/inbox.entity';
import { Contact } from '../contacts/contact.entity';
import { Conversation } from '../conversations/conversation.entity';
import type { AgentSnapshot, ConversationNeeds } from './routing.policy';

/** Inbox routing rules change rarely; routers may see a change up to this late. */
const INBOX_CACHE_MS = 5000;

/** Reads what the routing policy needs from the database, in batches. */
@Injectable()
export class RoutingSnapshots {
  private readonly inboxCache = new Map<number, { inbox: Inbox; until: number }>();

  constructor(private readonly db: DataSource) {}

  async inbox(id: number): Promise<Inbox> {
    const cached = this.inboxCache.get(id);
    if (cached && cached.until > Date.now()) return cached.inbox;
    const inbox = await this.db.getRepository(Inbox).findOneByOrFail({ id });
    this.inboxCache.set(id, { inbox, until: Date.now() + INBOX_CACHE_MS });
    return inbox;
  }

  /**
   * Online operators with a free slot, in the policy's order (fewest open
   * conversations, then longest since their last assignment), a page at a time.
   */
  async availableAgents(offset: number, limit: number, withTeams: boolean): Promise<AgentSnapshot[]> {
    const rows = await this.db
      .getRepository(Agent)
      .createQueryBuilder('a')
      .where("a.status = 'online'")
      .andWhere('a.openChats < a.maxChats')
      .orderBy('a.openChats', 'ASC')
      .addOrderBy('a.lastAssignedAt', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getMany();
    return withTeams ? this.withTeams(rows) : rows.map((a) => toSnapshot(a, []));
  }

  async agents(ids: number[]): Promise<AgentSnapshot[]> {
    if (ids.length === 0) return [];
    return this.withTeams(await this.db.getRepository(Agent).findBy({ id: In(ids) }));
  }

  async hasAnyFreeSlot(): Promise<boolean> {
    const row = await this.db
      .getRepository(Agent)
      .createQueryBuilder('a')
      .select('a.id')
      .where("a.status = 'online'")
      .andWhere('a.openChats < a.maxChats')
      .limit(1)
      .getRawOne();
    return row !== undefined;
  }

  private async withTeams(rows: Agent[]): Promise<AgentSnapshot[]> {
    if (rows.length === 0) return [];
    const links: Array<{ agentId: number; teamId: number }> = await this.db
      .createQueryBuilder()
      .select(['t.agentId AS agentId', 't.teamId AS teamId'])
      .from('agent_teams', 't')
      .where('t.agentId IN (:...ids)', { ids: rows.map((r) => r.id) })
      .getRawMany();
    return rows.map((a) =>
      toSnapshot(
        a,
        links.filter((l) => Number(l.agentId) === a.id).map((l) => Number(l.teamId)),
      ),
    );
  }

  /** What each conversation requires of its operator, from its inbox's rules and its contact. */
  async needs(conversations: Conversation[]): Promise<Map<number, ConversationNeeds>> {
    const result = new Map<number, ConversationNeeds>();
    if (conversations.length === 0) return result;
    const [inboxes, contacts] = await Promise.all([
      Promise.all([...new Set(conversations.map((c) => c.inboxId))].map((id) => this.inbox(id))),
      this.db.getRepository(Contact).find({
        where: { id: In([...new Set(conversations.map((c) => c.contactId))]) },
        select: { id: true, language: true, country: true, attributes: true },
      }),
    ]);
    for (const c of conversations) {
      const inbox = inboxes.find((i) => i.id === c.inboxId);
      const contact = contacts.find((k) => k.id === c.contactId);
      const rules = inbox?.routing ?? {};
      const segments = [...(rules.segments ?? [])];
      if (rules.requireCountry && contact?.country) segments.push(`country:${contact.country.toUpperCase()}`);
      result.set(c.id, {
        teamId: c.teamId ?? inbox?.teamId ?? null,
        language: rules.requireLanguage ? (c.language ?? contact?.language ?? null) : null,
        skills: [...new Set([...(rules.requiredSkills ?? []), ...(c.requiredSkills ?? [])])],
        segments,
        sensitive: c.vip || c.escalated || contact?.attributes?.vip === true,
      });
    }
    return result;
  }

  /**
   * For each conversation, the operator of the contact's most recent other
   * conversation, on any channel (one query for all). Ordered by createdAt
   * so the (contactId, createdAt) index answers it: ordered by id, MariaDB
   * walks the primary key backwards through every conversation instead.
   */
  async previousAgentIds(conversations: Conversation[]): Promise<Map<number, number>> {
    const result = new Map<number, number>();
    if (conversations.length === 0) return result;
    const rows: Array<{ id: number; previousId: number | null }> = await this.db.query(
      `SELECT c.id AS id, (SELECT p.assigneeId FROM conversations p WHERE p.contactId = c.contactId AND p.id <> c.id AND p.assigneeId IS NOT NULL ORDER BY p.createdAt DESC, p.id DESC LIMIT 1) AS previousId
       FROM conversations c WHERE c.id IN (${conversations.map(() => '?').join(',')})`,
      conversations.map((c) => c.id),
    );
    for (const r of rows) if (r.previousId !== null) result.set(Number(r.id), Number(r.previousId));
    return result;
  }

  /** A page of the queue in serving order: priority, then longest waiting. */
  queuePage(offset: number, limit: number, options: { stickyFor?: number } = {}): Promise<Conversation[]> {
    const query = this.db
      .getRepository(Conversation)
      .createQueryBuilder('c')
      .where("c.status = 'queued'")
      .orderBy('c.priority', 'DESC')
      .addOrderBy('c.queuedAt', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .offset(offset)
      .limit(limit);
    if (options.stickyFor !== undefined) query.andWhere('c.stickyAgentId = :agentId', { agentId: options.stickyFor });
    return query.getMany();
  }

  async queuePosition(conversation: Conversation): Promise<number> {
    const ahead = await this.db
      .getRepository(Conversation)
      .createQueryBuilder('c')
      .where("c.status = 'queued'")
      .andWhere('c.inboxId = :inboxId', { inboxId: conversation.inboxId })
      .andWhere('(c.priority > :p OR (c.priority = :p AND (c.queuedAt < :q OR (c.queuedAt = :q AND c.id < :id))))', {
        p: conversation.priority,
        q: conversation.queuedAt,
        id: conversation.id,
      })
      .getCount();
    return ahead + 1;
  }
}

function toSnapshot(a: Agent, teamIds: number[]): AgentSnapshot {
  return {
    id: a.id,
    status: a.status,
    openChats: a.openChats,
    maxChats: a.maxChats,
    teamIds,
    languages: a.languages,
    skills: a.skills,
    segments: a.segments,
    level: a.level,
    lastAssignedAt: a.lastAssignedAt ? new Date(a.lastAssignedAt).getTime() : null,
  };
}
