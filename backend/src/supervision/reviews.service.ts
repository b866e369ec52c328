import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException, OnApplicationBootstrap } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { DomainEventBus } from '../common/domain-events';
import { isSupervisor, type Agent } from '../agents/agent.entity';
import { isUniqueViolation } from '../common/database-errors';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import { ConversationsService } from '../conversations/conversations.service';
import { Message } from '../conversations/message.entity';
import { CoachingComment, ConversationTag, Review, ScorecardCriterion, type ReviewRating } from './scorecard.entity';
import { DEFAULT_CRITERIA, sampleConversations, scorecardScore } from './scorecard.policy';
import type { CommentDto, CriterionDto, ReviewSearchDto, UpdateReviewDto } from './supervision.dto';
import type { ReviewDto } from './supervision.responses';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** Dialog review: finding finished conversations, scorecards, coaching comments, the operator's acknowledgement. */
@Injectable()
export class ReviewsService implements OnApplicationBootstrap {
  constructor(
    private readonly db: DataSource,
    private readonly conversations: ConversationsService,
    private readonly presenter: ConversationPresenter,
    private readonly domainEvents: DomainEventBus,
  ) {}

  /** A new installation gets the default scorecard. */
  async onApplicationBootstrap(): Promise<void> {
    const repo = this.db.getRepository(ScorecardCriterion);
    if (await repo.exists()) return;
    await repo.insert(DEFAULT_CRITERIA.map((c, position) => ({ ...c, position, active: true })));
  }

  criteria(): Promise<ScorecardCriterion[]> {
    return this.db.getRepository(ScorecardCriterion).find({ where: { active: true }, order: { position: 'ASC', id: 'ASC' } });
  }

  /** The whole scorecard at once: listed criteria kept (in this order) or added, the rest retired. */
  async replaceCriteria(items: CriterionDto[]): Promise<ScorecardCriterion[]> {
    await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(ScorecardCriterion);
      const kept: number[] = [];
      for (const [position, item] of items.entries()) {
        if (item.id) {
          const result = await repo.update({ id: item.id }, { name: item.name, weight: item.weight, position, active: true });
          if (!result.affected) throw new BadRequestException(`items.${position}.id: no criterion ${item.id}`);
          kept.push(item.id);
        } else {
          kept.push((await repo.save(repo.create({ name: item.name, weight: item.weight, position, active: true }))).id);
        }
      }
      await repo.update({ id: Not(In(kept)) }, { active: false });
    });
    return this.criteria();
  }

  /** Finished conversations matching the filters, newest first. */
  async search(query: ReviewSearchDto) {
    const qb = this.db
      .getRepository(Conversation)
      .createQueryBuilder('c')
      .leftJoin(Review, 'r', 'r.conversationId = c.id')
      .addSelect(['r.id', 'r.status', 'r.score'])
      .where("c.status = 'closed'")
      .orderBy('c.id', 'DESC')
      // One review per conversation at most, so a plain LIMIT pages correctly.
      .limit(query.limit);
    if (query.agentId) qb.andWhere('c.assigneeId = :agentId', { agentId: query.agentId });
    if (query.inboxId) qb.andWhere('c.inboxId = :inboxId', { inboxId: query.inboxId });
    if (query.channel) qb.andWhere('c.inboxId IN (SELECT i.id FROM inboxes i WHERE i.type = :channel)', { channel: query.channel });
    if (query.from) qb.andWhere('c.closedAt >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('c.closedAt < :to', { to: new Date(query.to) });
    if (query.csat) qb.andWhere('c.csatScore = :csat', { csat: query.csat });
    if (query.tag) qb.andWhere('c.id IN (SELECT t.conversationId FROM conversation_tags t WHERE t.tag = :tag)', { tag: query.tag.trim().toLowerCase() });
    if (query.label) qb.andWhere('c.id IN (SELECT cl.conversationId FROM conversation_labels cl WHERE cl.labelId = :label)', { label: query.label });
    if (query.q) {
      // '!' escapes LIKE's wildcards: a backslash would need escaping differently in MySQL and SQLite string literals.
      const like = `%${query.q.replace(/[!%_]/g, (ch) => `!${ch}`)}%`;
      qb.andWhere("c.id IN (SELECT m.conversationId FROM messages m WHERE m.text LIKE :q ESCAPE '!')", { q: like });
    }
    if (query.reviewed === 'none') qb.andWhere('r.id IS NULL');
    else if (query.reviewed) qb.andWhere('r.status = :reviewed', { reviewed: query.reviewed });
    if (query.cursor) qb.andWhere('c.id < :cursor', { cursor: query.cursor });
    const { entities, raw } = await qb.getRawAndEntities();
    const reviewOf = new Map<number, { id: number; status: string; score: number | null }>();
    for (const row of raw as Array<Record<string, unknown>>) {
      if (row.r_id !== null && row.r_id !== undefined) reviewOf.set(Number(row.c_id), { id: Number(row.r_id), status: String(row.r_status), score: row.r_score === null ? null : Number(row.r_score) });
    }
    const items = await this.presenter.conversations(entities);
    return {
      items: items.map((c) => ({ ...c, review: reviewOf.get(c.id) ?? null })),
      nextCursor: entities.length === query.limit ? entities[entities.length - 1].id : null,
    };
  }

  /** Everything about one conversation for the reviewer: bot part, notes and whispers, calls, the event log, its review. */
  async transcript(conversationId: number) {
    const conversation = await this.conversations.get(conversationId);
    const [dto, contact, messages, events, review, tags] = await Promise.all([
      this.presenter.conversation(conversation),
      this.presenter.contact(conversation.contactId),
      this.db.getRepository(Message).find({ where: { conversationId }, order: { id: 'ASC' } }),
      this.conversations.eventLog(conversationId),
      this.db.getRepository(Review).findOneBy({ conversationId }),
      this.tags(conversationId),
    ]);
    return {
      conversation: dto,
      contact,
      messages: await this.presenter.messages(messages),
      events: events.map((e) => ({ id: e.id, conversationId: e.conversationId, type: e.type, agentId: e.agentId, actorId: e.actorId, data: e.data, createdAt: new Date(e.createdAt).toISOString() })),
      review: review ? await this.reviewDto(review) : null,
      tags,
    };
  }

  /** Opens the review of a finished conversation (or returns the one already there). */
  async start(reviewer: Agent, conversationId: number, sampled = false): Promise<Review> {
    const conversation = await this.conversations.get(conversationId);
    if (conversation.status !== 'closed') throw new ConflictException(`Conversation ${conversationId} is still open; review it once it is closed`);
    if (!conversation.assigneeId) throw new ConflictException(`Conversation ${conversationId} was never handled by an operator`);
    const existing = await this.db.getRepository(Review).findOneBy({ conversationId });
    if (existing) return existing;
    const ratings: ReviewRating[] = (await this.criteria()).map((c) => ({ criterionId: c.id, name: c.name, weight: c.weight, value: null }));
    try {
      return await this.db.getRepository(Review).save(
        this.db.getRepository(Review).create({ conversationId, agentId: conversation.assigneeId, reviewerId: reviewer.id, status: 'draft', ratings, score: null, sampled }),
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return this.db.getRepository(Review).findOneByOrFail({ conversationId });
    }
  }

  async update(reviewer: Agent, id: number, input: UpdateReviewDto): Promise<Review> {
    const review = await this.get(id);
    const ratings = review.ratings.map((r) => ({ ...r }));
    for (const [i, given] of (input.ratings ?? []).entries()) {
      const rating = ratings.find((r) => r.criterionId === given.criterionId);
      if (!rating) throw new BadRequestException(`ratings.${i}.criterionId: criterion ${given.criterionId} is not on this review's scorecard`);
      rating.value = given.value;
    }
    const score = scorecardScore(ratings);
    if (input.submit && score === null) throw new BadRequestException('ratings: rate at least one criterion before submitting');
    await this.db.getRepository(Review).update(
      { id },
      {
        ratings,
        score,
        reviewerId: reviewer.id,
        ...(input.summary !== undefined ? { summary: input.summary.trim() || null } : {}),
      },
    );
    // A conditional update, so two submits at once announce the review once.
    const submitted = input.submit && (await this.db.getRepository(Review).update({ id, status: 'draft' }, { status: 'submitted', submittedAt: new Date() })).affected;
    if (submitted) await this.domainEvents.emit('review.submitted', { reviewId: id });
    return this.get(id);
  }

  async comment(author: Agent, reviewId: number, input: CommentDto): Promise<CoachingComment> {
    const review = await this.get(reviewId);
    if (input.messageId && !(await this.db.getRepository(Message).existsBy({ id: input.messageId, conversationId: review.conversationId }))) {
      throw new BadRequestException(`messageId: message ${input.messageId} is not in conversation ${review.conversationId}`);
    }
    return this.db.getRepository(CoachingComment).save(
      this.db.getRepository(CoachingComment).create({ reviewId, messageId: input.messageId ?? null, authorId: author.id, text: input.text.trim() }),
    );
  }

  async removeComment(reviewId: number, commentId: number): Promise<void> {
    const result = await this.db.getRepository(CoachingComment).delete({ id: commentId, reviewId });
    if (!result.affected) throw new NotFoundException(`Comment ${commentId} is not on review ${reviewId}`);
  }

  /**
   * A review as its reader may see it: supervisors any, an operator only
   * their own submitted ones; any other is answered as one that does not
   * exist, so review ids cannot be probed.
   */
  async readable(reader: Agent, id: number): Promise<Review> {
    const review = await this.get(id);
    if (isSupervisor(reader)) return review;
    if (review.agentId !== reader.id || review.status !== 'submitted') throw new NotFoundException(`Review ${id} does not exist`);
    return review;
  }

  /** The operator's own submitted reviews, newest first. */
  async mine(agent: Agent) {
    const reviews = await this.db.getRepository(Review).find({ where: { agentId: agent.id, status: 'submitted', submittedAt: Not(IsNull()) }, order: { submittedAt: 'DESC' }, take: 100 });
    return Promise.all(reviews.map((r) => this.reviewDto(r)));
  }

  async acknowledge(agent: Agent, id: number): Promise<Review> {
    const review = await this.readable(agent, id);
    if (review.agentId !== agent.id) throw new ForbiddenException('Only the operator reviewed acknowledges a review');
    await this.db.getRepository(Review).update({ id, acknowledgedAt: IsNull() }, { acknowledgedAt: new Date() });
    return this.get(id);
  }

  /**
   * Draws `perAgent` random unreviewed conversations of each operator closed
   * in the last `days` days and opens a review of each for the reviewer.
   */
  async sample(reviewer: Agent, perAgent: number, days: number, random: () => number = () => randomInt(0, 2 ** 32) / 2 ** 32): Promise<Review[]> {
    const since = new Date(Date.now() - days * 86_400_000);
    const candidates: Array<{ id: number; agentId: number }> = (
      await this.db
        .getRepository(Conversation)
        .createQueryBuilder('c')
        .select(['c.id AS id', 'c.assigneeId AS agentId'])
        .where("c.status = 'closed' AND c.assigneeId IS NOT NULL AND c.closedAt >= :since", { since })
        .andWhere('NOT EXISTS (SELECT 1 FROM reviews r WHERE r.conversationId = c.id)')
        .getRawMany<{ id: number; agentId: number }>()
    ).map((r) => ({ id: Number(r.id), agentId: Number(r.agentId) }));
    const picked = sampleConversations(candidates, perAgent, random);
    const reviews: Review[] = [];
    for (const c of picked) reviews.push(await this.start(reviewer, c.id, true));
    return reviews;
  }

  tags(conversationId: number): Promise<string[]> {
    return this.db
      .getRepository(ConversationTag)
      .find({ where: { conversationId }, order: { tag: 'ASC' } })
      .then((rows) => rows.map((r) => r.tag));
  }

  async setTags(conversationId: number, tags: string[]): Promise<string[]> {
    await this.conversations.get(conversationId);
    const unique = [...new Set(tags)];
    await this.db.transaction(async (tx) => {
      await tx.getRepository(ConversationTag).delete({ conversationId });
      if (unique.length) await tx.getRepository(ConversationTag).insert(unique.map((tag) => ({ conversationId, tag })));
    });
    return this.tags(conversationId);
  }

  async reviewDto(review: Review): Promise<ReviewDto> {
    const comments = await this.db.getRepository(CoachingComment).find({ where: { reviewId: review.id }, order: { id: 'ASC' } });
    return {
      id: review.id,
      conversationId: review.conversationId,
      agentId: review.agentId,
      reviewerId: review.reviewerId,
      status: review.status,
      ratings: review.ratings,
      score: review.score === null ? null : Number(review.score),
      summary: review.summary,
      sampled: review.sampled,
      createdAt: new Date(review.createdAt).toISOString(),
      submittedAt: iso(review.submittedAt),
      acknowledgedAt: iso(review.acknowledgedAt),
      comments: comments.map((c) => ({ id: c.id, messageId: c.messageId, authorId: c.authorId, text: c.text, createdAt: new Date(c.createdAt).toISOString() })),
    };
  }

  private async get(id: number): Promise<Review> {
    const review = await this.db.getRepository(Review).findOneBy({ id });
    if (!review) throw new NotFoundException(`Review ${id} does not exist`);
    return review;
  }
}
