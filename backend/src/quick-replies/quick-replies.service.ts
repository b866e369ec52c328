import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { Team } from '../agents/team.entity';
import { isUniqueViolation } from '../common/database-errors';
import { DomainEventBus } from '../common/domain-events';
import { JOB_QUEUE, type JobQueue } from '../jobs/job-queue';
import { AttachmentsService, type UploadedFile } from '../conversations/attachments.service';
import type { Attachment } from '../conversations/attachment.entity';
import { ConversationsService } from '../conversations/conversations.service';
import type { CreateQuickReplyDto, UpdateQuickReplyDto } from './quick-reply.dto';
import { QuickReply } from './quick-reply.entity';
import { canManage, canUse, ownerKeyOf, type Viewer } from './quick-reply.policy';

const COUNT_USE_JOB = 'quick-replies.count-use';
/** Files one quick reply may carry. */
export const QUICK_REPLY_FILES_MAX = 5;

/** Canned answers with scopes (global, team, personal) and a usage count (docs/automation.md). */
@Injectable()
export class QuickRepliesService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly domainEvents: DomainEventBus,
    private readonly attachments: AttachmentsService,
    private readonly conversations: ConversationsService,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ agentId: number; quickReplyId: number }>(COUNT_USE_JOB, ({ agentId, quickReplyId }) => this.countUse(agentId, quickReplyId));
    this.domainEvents.on('conversation.agent-replied', async ({ agentId, messageId, quickReplyId }) => {
      // A job, not a query in the operator's request; named by the message, so one reply is one count.
      if (quickReplyId) await this.jobs.enqueue(COUNT_USE_JOB, { agentId, quickReplyId }, { jobId: `quick-reply-use:${messageId}`, attempts: 3 });
    });
  }

  private async viewer(agent: Agent): Promise<Viewer> {
    const rows: Array<{ teamId: number | string }> = await this.db.query('SELECT teamId FROM agent_teams WHERE agentId = ?', [agent.id]);
    return { id: agent.id, role: agent.role, teamIds: rows.map((r) => Number(r.teamId)) };
  }

  /** What the operator's picker offers (`use`), or what they may change (`manage`, the admin screen): most used first. */
  async list(agent: Agent, options: { query?: string; purpose: 'use' | 'manage' }): Promise<QuickReply[]> {
    const viewer = await this.viewer(agent);
    const repo = this.db.getRepository(QuickReply);
    const order = { usageCount: 'DESC', shortcut: 'ASC' } as const;
    const rows =
      options.purpose === 'manage'
        ? (await repo.find({ where: [{ scope: In(['global', 'team']) }, { ownerKey: `agent:${agent.id}` }], order })).filter((r) => canManage(viewer, r))
        : await repo.find({ where: { ownerKey: In(['global', `agent:${agent.id}`, ...viewer.teamIds.map((id) => `team:${id}`)]) }, order });
    const q = options.query?.trim().toLowerCase();
    return q ? rows.filter((r) => [r.shortcut, r.title, r.content].some((field) => field.toLowerCase().includes(q))) : rows;
  }

  async create(agent: Agent, input: CreateQuickReplyDto): Promise<QuickReply> {
    if (input.scope === 'team' && !input.teamId) throw new BadRequestException('teamId: a team quick reply needs the team');
    if (input.scope !== 'team' && input.teamId !== undefined) throw new BadRequestException('teamId: only for scope team');
    if (input.teamId && !(await this.db.getRepository(Team).existsBy({ id: input.teamId }))) throw new NotFoundException(`teamId: no team with id ${input.teamId}`);
    const owner = { scope: input.scope, teamId: input.teamId ?? null, agentId: input.scope === 'personal' ? agent.id : null };
    if (!canManage(await this.viewer(agent), owner)) throw new ForbiddenException(`scope: only supervisors and admins keep ${input.scope} quick replies; yours can be personal`);
    const repo = this.db.getRepository(QuickReply);
    return this.saveUnique(repo.create({ ...owner, ownerKey: ownerKeyOf(owner), shortcut: input.shortcut, title: input.title, content: input.content, language: input.language ?? null }));
  }

  async update(agent: Agent, id: number, input: UpdateQuickReplyDto): Promise<QuickReply> {
    const reply = await this.manageable(agent, id);
    if (input.shortcut !== undefined) reply.shortcut = input.shortcut;
    if (input.title !== undefined) reply.title = input.title;
    if (input.content !== undefined) reply.content = input.content;
    if (input.language !== undefined) reply.language = input.language;
    return this.saveUnique(reply);
  }

  async remove(agent: Agent, id: number): Promise<void> {
    await this.db.getRepository(QuickReply).delete({ id: (await this.manageable(agent, id)).id });
  }

  async addFile(agent: Agent, id: number, file: UploadedFile | undefined): Promise<QuickReply> {
    const reply = await this.manageable(agent, id);
    if ((reply.attachments ?? []).length >= QUICK_REPLY_FILES_MAX) throw new BadRequestException(`file: a quick reply carries at most ${QUICK_REPLY_FILES_MAX} files`);
    const kept = await this.attachments.keep(file);
    reply.attachments = [...(reply.attachments ?? []), kept];
    return this.db.getRepository(QuickReply).save(reply);
  }

  async removeFile(agent: Agent, id: number, storageKey: string): Promise<QuickReply> {
    const reply = await this.manageable(agent, id);
    const left = (reply.attachments ?? []).filter((f) => f.storageKey !== storageKey);
    if (left.length === (reply.attachments ?? []).length) throw new NotFoundException(`Quick reply ${id} has no file ${storageKey}`);
    reply.attachments = left.length ? left : null;
    return this.db.getRepository(QuickReply).save(reply);
  }

  /**
   * The reply's files as fresh uploads of the operator in a conversation
   * they may write in, ready to go with their message (inserting the reply
   * attaches them).
   */
  async filesFor(agent: Agent, id: number, conversationId: number): Promise<Attachment[]> {
    const reply = await this.db.getRepository(QuickReply).findOneBy({ id });
    if (!reply || !canUse(await this.viewer(agent), reply)) throw new NotFoundException(`Quick reply ${id} does not exist`);
    const conversation = await this.conversations.get(conversationId);
    this.conversations.assertMayWrite(agent, conversation);
    const copies: Attachment[] = [];
    for (const file of reply.attachments ?? []) copies.push(await this.attachments.copy(conversation.inboxId, `agent:${agent.id}`, file));
    return copies;
  }

  /** A message was sent with this reply: counted when the sender may use it (an id from elsewhere counts nothing). */
  async countUse(agentId: number, id: number): Promise<void> {
    const reply = await this.db.getRepository(QuickReply).findOneBy({ id });
    const agent = reply ? await this.db.getRepository(Agent).findOneBy({ id: agentId }) : null;
    if (!reply || !agent || !canUse(await this.viewer(agent), reply)) return;
    await this.db.getRepository(QuickReply).increment({ id }, 'usageCount', 1);
  }

  private async manageable(agent: Agent, id: number): Promise<QuickReply> {
    const reply = await this.db.getRepository(QuickReply).findOneBy({ id });
    const viewer = await this.viewer(agent);
    // Someone else's personal reply looks exactly like one that does not exist.
    if (!reply || (reply.scope === 'personal' && reply.agentId !== agent.id)) throw new NotFoundException(`Quick reply ${id} does not exist`);
    if (!canManage(viewer, reply)) throw new ForbiddenException(`Quick reply ${id} is ${reply.scope}: only supervisors and admins change it`);
    return reply;
  }

  private async saveUnique(reply: QuickReply): Promise<QuickReply> {
    try {
      return await this.db.getRepository(QuickReply).save(reply);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException(`shortcut: /${reply.shortcut} already exists in this list`);
      throw error;
    }
  }
}
