import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { reachableSql } from '../agents/agent-load';
import { Agent } from '../agents/agent.entity';
import { Inbox } from '../channels/inbox.entity';
import { Contact } from '../contacts/contact.entity';
import { Conversation } from '../conversations/conversation.entity';
import { TtlCache } from '../common/ttl-cache';
import { conversationTakesSlot, type AgentSnapshot, type ConversationNeeds } from './routing.policy';

/** Inbox routing rules change rarely; routers may see a change up to this late. */
const INBOX_CACHE_MS = 5000;

/** Reads what the routing policy needs from the database, in batches. */
@Injectable()
export class RoutingSnapshots {
  private readonly inboxCache = new TtlCache<number, Inbox>(INBOX_CACHE_MS);

  constructor(private readonly db: DataSource) {}

  inbox(id: number): Promise<Inbox> {
    return this.inboxCache.get(id, () => this.db.getRepository(Inbox).findOneByOrFail({ id }));
  }

  /**
   * Online operators with a free slot (or, for a conversation that takes
   * none, every online operator), in the policy's order (fewest open
   * conversations, then longest since their last assignment), a page at a time.
   */
  async availableAgents(offset: number, limit: number, withTeams: boolean, includeFull = false): Promise<AgentSnapshot[]> {
    const query = this.db.getRepository(Agent).createQueryBuilder('a').where(reachableSql('a'));
    if (!includeFull) query.andWhere('a.openChats < a.maxChats');
    const rows = await query
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
      .where(reachableSql('a'))
      .andWhere('a.openChats < a.maxChats')
      .limit(1)
      .getRawOne();
    return row !== undefined;
  }

  /** Whether assigning the conversation takes one of the operator's slots (its inbox says). */
  async takesSlot(conversation: Pick<Conversation, 'inboxId'>): Promise<boolean> {
    return conversationTakesSlot(await this.inbox(conversation.inboxId));
  }

  /**
   * Voice inboxes whose calls take no slot: a full operator may still get
   * one of their calls. Read fresh each time (a handful of rows), so a
   * changed setting counts at the next drain in every process.
   */
  async slotFreeCallInboxIds(): Promise<number[]> {
    const voice = await this.db.getRepository(Inbox).find({ select: { id: true, type: true, routing: true }, where: { type: 'twilio-voice' } });
    return voice.filter((inbox) => !conversationTakesSlot(inbox)).map((inbox) => inbox.id);
  }

  async hasAnyoneOnlineOffCall(): Promise<boolean> {
    return this.db.getRepository(Agent).createQueryBuilder('a').where(reachableSql('a')).andWhere('a.onCallSince IS NULL').getExists();
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

  /**
   * Conversations with what the router must know of them, in one query:
   * the row, the contact's language, country and attributes, and the
   * operator of the contact's most recent other conversation on any
   * channel (ordered by createdAt so the (contactId, createdAt) index
   * answers it: ordered by id, MariaDB walks the primary key backwards
   * through every conversation instead).
   */
  async routingCases(ids: number[]): Promise<RoutingCase[]> {
    if (ids.length === 0) return [];
    const { entities, raw } = await this.db
      .getRepository(Conversation)
      .createQueryBuilder('c')
      .leftJoin(Contact, 'k', 'k.id = c.contactId')
      .addSelect('k.language', 'contactLanguage')
      .addSelect('k.country', 'contactCountry')
      .addSelect('k.attributes', 'contactAttributes')
      .addSelect(
        '(SELECT p.assigneeId FROM conversations p WHERE p.contactId = c.contactId AND p.id <> c.id AND p.assigneeId IS NOT NULL ORDER BY p.createdAt DESC, p.id DESC LIMIT 1)',
        'previousAgentId',
      )
      .whereInIds(ids)
      .getRawAndEntities<{ c_id: number; contactLanguage: string | null; contactCountry: string | null; contactAttributes: string | null; previousAgentId: number | null }>();
    const extras = new Map(raw.map((r) => [Number(r.c_id), r]));
    const cases: RoutingCase[] = [];
    for (const conversation of entities) {
      const extra = extras.get(conversation.id);
      const contact: ContactTraits = {
        language: extra?.contactLanguage ?? null,
        country: extra?.contactCountry ?? null,
        attributes: extra?.contactAttributes ? (JSON.parse(extra.contactAttributes) as Record<string, unknown>) : {},
      };
      const previous = extra?.previousAgentId;
      cases.push({
        conversation,
        needs: needsOf(conversation, await this.inbox(conversation.inboxId), contact),
        previousAgentId: previous === null || previous === undefined ? null : Number(previous),
      });
    }
    return cases;
  }

  /** A page of the queue in serving order: priority, then longest waiting. */
  queuePage(offset: number, limit: number, options: { stickyFor?: number; inboxIds?: number[] } = {}): Promise<Conversation[]> {
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
    if (options.inboxIds !== undefined) query.andWhere('c.inboxId IN (:...inboxIds)', { inboxIds: options.inboxIds });
    return query.getMany();
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
    onCall: a.onCallSince !== null,
    connected: a.disconnectedAt === null,
  };
}

export interface RoutingCase {
  conversation: Conversation;
  needs: ConversationNeeds;
  previousAgentId: number | null;
}

type ContactTraits = Pick<Contact, 'language' | 'country' | 'attributes'>;

/** What a conversation requires of its operator, from its inbox's rules and its contact. */
function needsOf(c: Conversation, inbox: Inbox, contact: ContactTraits): ConversationNeeds {
  const rules = inbox.routing ?? {};
  const segments = [...(rules.segments ?? [])];
  if (rules.requireCountry && contact.country) segments.push(`country:${contact.country.toUpperCase()}`);
  return {
    teamId: c.teamId ?? inbox.teamId ?? null,
    language: rules.requireLanguage ? (c.language ?? contact.language ?? null) : null,
    skills: [...new Set([...(rules.requiredSkills ?? []), ...(c.requiredSkills ?? [])])],
    segments,
    sensitive: c.vip || c.escalated || contact.attributes?.vip === true,
    call: inbox.type === 'twilio-voice',
    offerDuringCalls: rules.offerDuringCalls ?? false,
    takesSlot: conversationTakesSlot(inbox),
  };
}
