/** What the supervision (live floor) and review endpoints answer. */
import { ApiProperty } from '@nestjs/swagger';
import { AGENT_ROLES, AGENT_STATUSES, type AgentRole, type AgentStatus } from '../agents/agent.entity';
import { CHANNEL_TYPES } from '../channels/channel-types';
import { ContactDetailsDto } from '../contacts/contact.responses';
import { ConversationDto, ConversationEventDto, MessageDto } from '../conversations/conversation.responses';
import { REVIEW_STATUSES, type ReviewStatus } from './scorecard.entity';

const isoTime = { type: String, format: 'date-time' };

export class BoardAgent {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: AGENT_ROLES, enumName: 'AgentRole' }) role: AgentRole;
  @ApiProperty({ enum: AGENT_STATUSES, enumName: 'AgentStatus' }) status: AgentStatus;
  @ApiProperty({ ...isoTime, nullable: true }) statusSince: string | null;
  @ApiProperty({ ...isoTime, nullable: true, description: 'Since when the operator has no open connection (their browser is gone), or null' }) disconnectedSince: string | null;
  @ApiProperty({ type: 'integer', description: 'Conversations taking one of their slots' }) load: number;
  @ApiProperty({ type: 'integer', description: 'Their maxChats' }) limit: number;
  @ApiProperty({ type: [ConversationDto], description: 'Their open conversations as the inbox lists them: the customer, the last message, since when the customer waits' })
  conversations: ConversationDto[];
}

export class BoardInbox {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: CHANNEL_TYPES, enumName: 'ChannelType' }) channel: string;
  @ApiProperty({ type: 'integer' }) queued: number;
  @ApiProperty({ ...isoTime, nullable: true }) longestWaitSince: string | null;
}

export class BoardToday {
  @ApiProperty({ type: 'integer' }) conversations: number;
  @ApiProperty({ type: 'integer' }) answered: number;
  @ApiProperty({ type: 'integer' }) abandoned: number;
  @ApiProperty({ type: Number, nullable: true, description: '0–1' }) serviceLevel: number | null;
}

/** The live floor, as GET /api/supervision/board answers and 'board.updated' pushes it. */
export class BoardDto {
  @ApiProperty(isoTime) at: string;
  @ApiProperty({ type: [BoardAgent] }) agents: BoardAgent[];
  @ApiProperty({ type: [BoardInbox] }) inboxes: BoardInbox[];
  @ApiProperty({ type: BoardToday }) today: BoardToday;
}

export class Criterion {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer' }) weight: number;
  @ApiProperty({ type: 'integer' }) position: number;
}

export class ReviewRatingDto {
  @ApiProperty({ type: 'integer' }) criterionId: number;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer' }) weight: number;
  @ApiProperty({ type: 'integer', nullable: true, description: '0–5, or null for “does not apply”' }) value: number | null;
}

export class CoachingCommentDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The message it is about, or null for the whole conversation' }) messageId: number | null;
  @ApiProperty({ type: 'integer' }) authorId: number;
  @ApiProperty() text: string;
  @ApiProperty(isoTime) createdAt: string;
}

export class ReviewDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: 'integer' }) conversationId: number;
  @ApiProperty({ type: 'integer', description: 'The operator reviewed' }) agentId: number;
  @ApiProperty({ type: 'integer' }) reviewerId: number;
  @ApiProperty({ enum: REVIEW_STATUSES, enumName: 'ReviewStatus' }) status: ReviewStatus;
  @ApiProperty({ type: [ReviewRatingDto] }) ratings: ReviewRatingDto[];
  @ApiProperty({ type: Number, nullable: true, description: '0–100 from the ratings and weights; null until something is rated' }) score: number | null;
  @ApiProperty({ type: String, nullable: true }) summary: string | null;
  @ApiProperty({ description: 'Opened by random sampling' }) sampled: boolean;
  @ApiProperty(isoTime) createdAt: string;
  @ApiProperty({ ...isoTime, nullable: true }) submittedAt: string | null;
  @ApiProperty({ ...isoTime, nullable: true }) acknowledgedAt: string | null;
  @ApiProperty({ type: [CoachingCommentDto] }) comments: CoachingCommentDto[];
}

/** The review a finished conversation has, as the review search lists it. */
export class ReviewMark {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ enum: REVIEW_STATUSES, enumName: 'ReviewStatus' }) status: string;
  @ApiProperty({ type: Number, nullable: true }) score: number | null;
}

export class ReviewableConversation extends ConversationDto {
  @ApiProperty({ type: ReviewMark, nullable: true }) review: ReviewMark | null;
}

export class ReviewSearchPage {
  @ApiProperty({ type: [ReviewableConversation] }) items: ReviewableConversation[];
  @ApiProperty({ type: 'integer', nullable: true, description: 'The cursor of the next page; null after the last' }) nextCursor: number | null;
}

/** Everything about one conversation for the reviewer. */
export class Transcript {
  @ApiProperty({ type: ConversationDto }) conversation: ConversationDto;
  @ApiProperty({ type: ContactDetailsDto }) contact: ContactDetailsDto;
  @ApiProperty({ type: [MessageDto], description: 'Every message, notes and whispers included, oldest first' }) messages: MessageDto[];
  @ApiProperty({ type: [ConversationEventDto] }) events: ConversationEventDto[];
  @ApiProperty({ type: ReviewDto, nullable: true }) review: ReviewDto | null;
  @ApiProperty({ type: [String] }) tags: string[];
}
