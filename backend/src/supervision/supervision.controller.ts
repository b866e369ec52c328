import { Audited } from '../audit/audited.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../agents/agent.entity';
import { CurrentAgent, Roles } from '../auth/auth.decorators';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import { BoardService } from './board.service';
import { FloorService } from './floor.service';
import { ReassignDto, WhisperDto } from './supervision.dto';
import { ApiAnswer } from '../common/api-answer';
import { ConversationDto, MessageDto } from '../conversations/conversation.responses';
import { BoardDto } from './supervision.responses';
import { ApiTokenScope } from '../api-tokens/api-token-scope.decorator';

@ApiTags('supervision')
@Roles('supervisor', 'admin')
@Controller('api/supervision')
export class SupervisionController {
  constructor(
    private readonly board: BoardService,
    private readonly floor: FloorService,
    private readonly presenter: ConversationPresenter,
  ) {}

  /** The live floor; afterwards 'board.updated' on the `/agents` socket keeps it current. */
  @ApiOperation({ summary: 'The live floor' })
  @ApiAnswer({ board: BoardDto })
  @Get('board')
  async get() {
    return { board: await this.board.board() };
  }

  @ApiOperation({ summary: 'Whisper to a conversation’s operator' })
  @ApiConflictResponse({ description: 'The conversation is closed' })
  @Audited('conversation.whisper', 'conversation')
  @ApiAnswer({ message: MessageDto })
  @ApiTokenScope('conversations')
  @Post('conversations/:id/whisper')
  async whisper(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: WhisperDto) {
    return { message: await this.floor.whisper(agent, id, body.text) };
  }

  @ApiOperation({ summary: 'Take a conversation over' })
  @ApiConflictResponse({ description: 'The conversation is closed or changed meanwhile' })
  @Audited('conversation.take-over', 'conversation')
  @ApiAnswer({ conversation: ConversationDto })
  @Post('conversations/:id/take-over')
  @HttpCode(200)
  async takeOver(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number) {
    const conversation = await this.floor.takeOver(agent, id);
    this.board.schedulePush();
    return { conversation: await this.presenter.conversation(conversation) };
  }

  @ApiOperation({ summary: 'Reassign a conversation to another operator' })
  @ApiConflictResponse({ description: 'The conversation is closed or changed meanwhile, or the operator is deactivated' })
  @Audited('conversation.reassign', 'conversation')
  @ApiAnswer({ conversation: ConversationDto })
  @ApiTokenScope('conversations')
  @Post('conversations/:id/reassign')
  @HttpCode(200)
  async reassign(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: ReassignDto) {
    const conversation = await this.floor.reassign(agent, id, body.agentId);
    this.board.schedulePush();
    return { conversation: await this.presenter.conversation(conversation) };
  }
}
