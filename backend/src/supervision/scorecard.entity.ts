import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { jsonText, timestamp } from '../database/column-types';

/** One line of the scorecard: what a reviewer rates, and how much it counts. */
@Entity('scorecard_criteria')
export class ScorecardCriterion {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'varchar', length: 120 }) name: string;

  /** Relative weight (1–100) in the review's score. */
  @Column({ type: 'int' }) weight: number;

  @Column({ type: 'int', default: 0 }) position: number;

  /** Retired criteria stay on old reviews (which keep their own copy) but are no longer offered. */
  @Column({ type: 'boolean', default: true }) active: boolean;
}

export const REVIEW_STATUSES = ['draft', 'submitted'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A criterion as it was rated, copied onto the review so later changes to the scorecard never rewrite it. */
export interface ReviewRating {
  criterionId: number;
  name: string;
  weight: number;
  /** 0–5, or null for "does not apply". */
  value: number | null;
}

/** A supervisor's review of one finished conversation and of the operator who handled it. */
@Entity('reviews')
@Unique('uq_reviews_conversation', ['conversationId'])
@Index('ix_reviews_agent', ['agentId', 'status'])
export class Review {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) conversationId: number;

  /** The operator reviewed. */
  @Column({ type: 'int' }) agentId: number;

  @Column({ type: 'int' }) reviewerId: number;

  @Column({ type: 'varchar', length: 16, default: 'draft' }) status: ReviewStatus;

  @Column(jsonText) ratings: ReviewRating[] = [];

  /** 0–100, from the ratings and weights (`scorecardScore`); null until something is rated. */
  @Column({ type: 'double', nullable: true }) score: number | null;

  @Column({ type: 'text', nullable: true }) summary: string | null;

  /** Picked by the random sample rather than chosen by the reviewer. */
  @Column({ type: 'boolean', default: false }) sampled: boolean;

  @CreateDateColumn(timestamp as object) createdAt: Date;

  @Column({ ...timestamp, nullable: true }) submittedAt: Date | null;

  /** The operator has read it. */
  @Column({ ...timestamp, nullable: true }) acknowledgedAt: Date | null;
}

/** Coaching on one message of the reviewed conversation (or on the whole of it: messageId null). */
@Entity('coaching_comments')
@Index('ix_coaching_review', ['reviewId', 'id'])
export class CoachingComment {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) reviewId: number;

  @Column({ type: 'int', nullable: true }) messageId: number | null;

  @Column({ type: 'int' }) authorId: number;

  @Column({ type: 'text' }) text: string;

  @CreateDateColumn(timestamp as object) createdAt: Date;
}

/** Free labels on a conversation ("refund", "complaint"), for finding dialogs to review. */
@Entity('conversation_tags')
@Index('ix_conversation_tags_tag', ['tag'])
export class ConversationTag {
  @PrimaryColumn({ type: 'int' }) conversationId: number;

  @PrimaryColumn({ type: 'varchar', length: 64 }) tag: string;
}
