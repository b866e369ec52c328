import { Audited } from '../audit/audited.decorator';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../agents/agent.entity';
import { CurrentAgent, Roles } from '../auth/auth.decorators';
import { ReviewsService } from './reviews.service';
import { CommentDto, CreateReviewDto, ReplaceCriteriaDto, ReviewSearchDto, SampleDto, TagsDto, UpdateReviewDto } from './supervision.dto';
import { ApiAnswer } from '../common/api-answer';
import { CoachingCommentDto, Criterion, ReviewDto, ReviewSearchPage, Transcript } from './supervision.responses';

const criterionDto = (c: { id: number; name: string; weight: number; position: number }) => ({ id: c.id, name: c.name, weight: c.weight, position: c.position });

@ApiTags('reviews')
@Roles('supervisor', 'admin')
@Controller('api/reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @ApiOperation({ summary: 'The review scorecard' })
  @ApiAnswer({ items: [Criterion] })
  @Get('criteria')
  async criteria() {
    return { items: (await this.reviews.criteria()).map(criterionDto) };
  }

  @ApiOperation({ summary: 'Replace the review scorecard' })
  @Audited('scorecard.update', 'scorecard')
  @ApiAnswer({ items: [Criterion] })
  @Put('criteria')
  async replaceCriteria(@Body() body: ReplaceCriteriaDto) {
    return { items: (await this.reviews.replaceCriteria(body.items)).map(criterionDto) };
  }

  /** Finished conversations to review: by operator, inbox, channel, closing date, CSAT, tag, text. */
  @ApiOperation({ summary: 'Find closed conversations to review' })
  @ApiAnswer(ReviewSearchPage)
  @Get('conversations')
  search(@Query() query: ReviewSearchDto): Promise<ReviewSearchPage> {
    return this.reviews.search(query);
  }

  @ApiOperation({ summary: 'A closed conversation’s transcript for review' })
  @ApiAnswer(Transcript)
  @Get('conversations/:id')
  transcript(@Param('id', ParseIntPipe) id: number): Promise<Transcript> {
    return this.reviews.transcript(id);
  }

  @ApiOperation({ summary: 'Set a conversation’s tags' })
  @Audited('conversation.tags', 'conversation')
  @ApiAnswer({ tags: { type: 'array', items: { type: 'string' } } })
  @Put('conversations/:id/tags')
  async setTags(@Param('id', ParseIntPipe) id: number, @Body() body: TagsDto) {
    return { tags: await this.reviews.setTags(id, body.tags) };
  }

  @ApiOperation({ summary: 'Open (or get) the review of a conversation' })
  @ApiConflictResponse({ description: 'The conversation is still open, or no operator ever handled it' })
  @Audited('review.create', 'review')
  @ApiAnswer({ review: ReviewDto })
  @Post()
  async start(@CurrentAgent() agent: Agent, @Body() body: CreateReviewDto) {
    return { review: await this.reviews.reviewDto(await this.reviews.start(agent, body.conversationId)) };
  }

  /** Random unreviewed conversations of every operator, each opened as a draft review. */
  @ApiOperation({ summary: 'Open reviews of a random sample per operator' })
  @Audited('review.sample', 'review')
  @ApiAnswer({ items: [ReviewDto] })
  @Post('sample')
  async sample(@CurrentAgent() agent: Agent, @Body() body: SampleDto) {
    return { items: await Promise.all((await this.reviews.sample(agent, body.perAgent, body.days)).map((r) => this.reviews.reviewDto(r))) };
  }

  /** The operator's own reviews (any role). */
  @ApiOperation({ summary: 'My submitted reviews' })
  @ApiAnswer({ items: [ReviewDto] })
  @Get('mine')
  @Roles('agent', 'supervisor', 'admin')
  async mine(@CurrentAgent() agent: Agent) {
    return { items: await this.reviews.mine(agent) };
  }

  @ApiOperation({ summary: 'Get a review' })
  @ApiAnswer({ review: ReviewDto })
  @Get(':id')
  @Roles('agent', 'supervisor', 'admin')
  async get(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number) {
    return { review: await this.reviews.reviewDto(await this.reviews.readable(agent, id)) };
  }

  @ApiOperation({ summary: 'Rate, summarise or submit a review' })
  @Audited('review.update', 'review')
  @ApiAnswer({ review: ReviewDto })
  @Patch(':id')
  async update(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateReviewDto) {
    return { review: await this.reviews.reviewDto(await this.reviews.update(agent, id, body)) };
  }

  @ApiOperation({ summary: 'Add a coaching comment to a review' })
  @Audited('review.comment', 'review')
  @ApiAnswer({ comment: CoachingCommentDto })
  @Post(':id/comments')
  async comment(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: CommentDto) {
    const comment = await this.reviews.comment(agent, id, body);
    return { comment: { id: comment.id, messageId: comment.messageId, authorId: comment.authorId, text: comment.text, createdAt: new Date(comment.createdAt).toISOString() } };
  }

  @Audited('review.comment-delete', 'review')

  @ApiOperation({ summary: 'Delete a coaching comment' })
  @Delete(':id/comments/:commentId')
  @HttpCode(204)
  async removeComment(@Param('id', ParseIntPipe) id: number, @Param('commentId', ParseIntPipe) commentId: number): Promise<void> {
    await this.reviews.removeComment(id, commentId);
  }

  @ApiOperation({ summary: 'Acknowledge a review of my work' })
  @Audited('review.acknowledge', 'review')
  @ApiAnswer({ review: ReviewDto })
  @Post(':id/acknowledge')
  @HttpCode(200)
  @Roles('agent', 'supervisor', 'admin')
  async acknowledge(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number) {
    return { review: await this.reviews.reviewDto(await this.reviews.acknowledge(agent, id)) };
  }
}
