import { BadRequestException, Body, Controller, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsPositive } from 'class-validator';
import type { Agent } from '../agents/agent.entity';
import { CurrentAgent } from '../auth/auth.decorators';
import { ApiAnswer } from '../common/api-answer';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import { ConversationDto } from '../conversations/conversation.responses';
import { RoutingService } from './routing.service';
import { TransfersService } from './transfers.service';
import { ApiTokenScope } from '../api-tokens/api-token-scope.decorator';

export class TransferDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @IsPositive() agentId?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @IsPositive() teamId?: number;
  @ApiPropertyOptional({ description: 'Supervisors only: transfer even past the operator’s limit' }) @IsOptional() @IsBoolean() override?: boolean;
}

@ApiTags('conversations')
@Controller('api/conversations')
export class RoutingController {
  constructor(
    private readonly routing: RoutingService,
    private readonly transfers: TransfersService,
    private readonly presenter: ConversationPresenter,
  ) {}

  /** Take a queued conversation, or accept the one offered to you. 409 when you are at your limit. */
  @ApiOperation({ summary: 'Accept a queued or offered conversation' })
  @ApiConflictResponse({ description: 'Not queued, offered to someone else, taken meanwhile, or the operator is not online or at their limit' })
  @ApiAnswer({ conversation: ConversationDto })
  @Post(':id/accept')
  @HttpCode(200)
  async accept(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number) {
    return { conversation: await this.presenter.conversation(await this.routing.accept(agent, id)) };
  }

  @ApiOperation({ summary: 'Decline an offered conversation' })
  @ApiConflictResponse({ description: 'The conversation is not offered to the caller' })
  @Post(':id/decline')
  @HttpCode(204)
  async decline(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number) {
    await this.routing.decline(agent, id);
  }

  @ApiOperation({ summary: 'Transfer a conversation to an operator, a team or the queue' })
  @ApiConflictResponse({ description: 'The conversation is closed or changed meanwhile, or the target operator is deactivated or cannot take it' })
  @ApiAnswer({ conversation: ConversationDto })
  // Accepting and declining are an operator's own: a token holds no conversation.
  @ApiTokenScope('conversations')
  @Post(':id/transfer')
  @HttpCode(200)
  async transfer(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: TransferDto) {
    if ((body.agentId === undefined) === (body.teamId === undefined)) throw new BadRequestException('agentId or teamId: give exactly one');
    return { conversation: await this.presenter.conversation(await this.transfers.transfer(agent, id, body)) };
  }
}
