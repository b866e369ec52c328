import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { Inbox } from '../channels/inbox.entity';
import { ContactIdentity } from '../contacts/contact-identity.entity';
import { Conversation } from '../conversations/conversation.entity';
import { Mention } from '../mentions/mention.entity';
import { mentionGrantsAccess } from '../mentions/mention.policy';
import { mayAccessConversation, mayAccessInbox, seesEveryInbox, type Viewer } from './inbox-access.policy';

export const viewerOf = (agent: Agent): Viewer => ({ id: agent.id, role: agent.role, teamIds: (agent.teams ?? []).map((t) => t.id) });

/**
 * Which inboxes, conversations and contacts an operator may see. What is
 * out of reach answers 404, the same as what does not exist, so ids cannot
 * be probed.
 */
@Injectable()
export class InboxAccess {
  constructor(private readonly db: DataSource) {}

  /**
   * The operator as the database has them now, teams included: a socket's
   * agent is the one of its handshake, and teams or role may have changed
   * since.
   */
  currentAgent(agentId: number): Promise<Agent | null> {
    return this.db.getRepository(Agent).findOne({ where: { id: agentId }, relations: { teams: true } });
  }

  /** The inboxes the agent may see, or 'all' for supervisors and admins. */
  async visibleInboxIds(agent: Agent): Promise<number[] | 'all'> {
    const viewer = viewerOf(agent);
    if (seesEveryInbox(viewer)) return 'all';
    const where = viewer.teamIds.length ? [{ teamId: IsNull() }, { teamId: In(viewer.teamIds) }] : [{ teamId: IsNull() }];
    const rows = await this.db.getRepository(Inbox).find({ where, select: { id: true }, order: { id: 'ASC' } });
    return rows.map((r) => r.id);
  }

  /** For callers that answer their own 404 (a message naming the field), so the refusal reads as "no such row". */
  seesInbox(agent: Agent, inbox: Pick<Inbox, 'teamId'>): boolean {
    return mayAccessInbox(viewerOf(agent), inbox);
  }

  async assertInbox(agent: Agent, inboxId: number): Promise<void> {
    const inbox = await this.db.getRepository(Inbox).findOne({ where: { id: inboxId }, select: { id: true, teamId: true } });
    if (!inbox || !this.seesInbox(agent, inbox)) throw new NotFoundException(`Inbox ${inboxId} does not exist`);
  }

  /**
   * Through its inbox, by holding it, or by a mention in one of its notes
   * that still grants access (mention.policy.ts): a colleague of another
   * team asked for advice reads the conversation and may add notes.
   */
  async seesConversation(agent: Agent, conversation: Pick<Conversation, 'id' | 'inboxId' | 'assigneeId'>): Promise<boolean> {
    if (seesEveryInbox(viewerOf(agent)) || conversation.assigneeId === agent.id) return true;
    const inbox = await this.db.getRepository(Inbox).findOne({ where: { id: conversation.inboxId }, select: { id: true, teamId: true } });
    if (inbox !== null && mayAccessConversation(viewerOf(agent), inbox, conversation)) return true;
    return this.mentionedIn(agent, conversation.id);
  }

  /** Whether a mention of this operator in the conversation's notes still lets them in. */
  async mentionedIn(agent: Agent, conversationId: number): Promise<boolean> {
    const mentions = await this.db.getRepository(Mention).find({ where: { agentId: agent.id, conversationId }, select: { id: true, createdAt: true, readAt: true } });
    const now = new Date();
    return mentions.some((m) => mentionGrantsAccess(m, now));
  }

  async assertConversation(agent: Agent, conversation: Pick<Conversation, 'id' | 'inboxId' | 'assigneeId'>): Promise<void> {
    if (!(await this.seesConversation(agent, conversation))) throw new NotFoundException(`Conversation ${conversation.id} does not exist`);
  }

  /** A contact is visible through any of its identities' inboxes, or a conversation the agent holds. */
  async assertContact(agent: Agent, contactId: number): Promise<void> {
    const visible = await this.visibleInboxIds(agent);
    if (visible === 'all') return;
    const [throughInbox, held] = await Promise.all([
      visible.length ? this.db.getRepository(ContactIdentity).existsBy({ contactId, inboxId: In(visible) }) : false,
      this.db.getRepository(Conversation).existsBy({ contactId, assigneeId: agent.id }),
    ]);
    if (!throughInbox && !held) throw new NotFoundException(`Contact ${contactId} does not exist`);
  }

  /** Only the conversations of the list this agent may see. */
  async filterConversations<C extends Pick<Conversation, 'inboxId' | 'assigneeId'>>(agent: Agent, conversations: C[]): Promise<C[]> {
    const visible = await this.visibleInboxIds(agent);
    if (visible === 'all') return conversations;
    return conversations.filter((c) => c.assigneeId === agent.id || visible.includes(c.inboxId));
  }
}
