import { Body, Controller, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../agents/agent.entity';
import { ApiTokenScope } from '../api-tokens/api-token-scope.decorator';
import { CurrentAgent } from '../auth/auth.decorators';
import { ApiAnswer } from '../common/api-answer';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import { ConversationDto } from '../conversations/conversation.responses';
import { SnoozeDto } from './snooze.dto';
import { SnoozeService } from './snooze.service';

@ApiTags('conversations')
@ApiTokenScope('conversations')
@Controller('api/conversations')
export class SnoozeController {
  constructor(
    private readonly snoozes: SnoozeService,
    private readonly presenter: ConversationPresenter,
  ) {}

  /** Puts an assigned conversation aside (the holder, supervisors): it leaves Mine and frees the slot until it wakes. 409 unless assigned or snoozed. */
  @ApiOperation({ summary: 'Snooze a conversation' })
  @ApiConflictResponse({ description: 'Only a conversation assigned to an operator can be snoozed' })
  @ApiAnswer({ conversation: ConversationDto })
  @Post(':id/snooze')
  @HttpCode(200)
  async snooze(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: SnoozeDto) {
    const conversation = await this.snoozes.snooze(agent, id, { mode: body.mode, minutes: body.minutes, until: body.until ? new Date(body.until) : undefined, timeZone: body.timeZone });
    return { conversation: await this.presenter.conversation(conversation) };
  }

  /** Wakes it now: back to its operator if they can take it, else to the queue. 409 unless snoozed. */
  @ApiOperation({ summary: 'Wake a snoozed conversation now' })
  @ApiConflictResponse({ description: 'The conversation is not snoozed' })
  @ApiAnswer({ conversation: ConversationDto })
  @Post(':id/unsnooze')
  @HttpCode(200)
  async unsnooze(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number) {
    return { conversation: await this.presenter.conversation(await this.snoozes.unsnooze(agent, id)) };
  }
}
