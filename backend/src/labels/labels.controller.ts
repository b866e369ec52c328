import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../agents/agent.entity';
import { ApiTokenScope } from '../api-tokens/api-token-scope.decorator';
import { Audited } from '../audit/audited.decorator';
import { CurrentAgent, Roles } from '../auth/auth.decorators';
import { ApiAnswer } from '../common/api-answer';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import { ConversationDto } from '../conversations/conversation.responses';
import { CreateLabelDto, SetConversationLabelsDto, UpdateLabelDto } from './label.dto';
import { LabelDto } from './label.responses';
import { LabelsService } from './labels.service';

@ApiTags('labels')
@Controller('api')
export class LabelsController {
  constructor(
    private readonly labels: LabelsService,
    private readonly presenter: ConversationPresenter,
  ) {}

  @ApiOperation({ summary: 'List the labels' })
  @ApiAnswer({ items: [LabelDto] }, 'By name')
  @Get('labels')
  async list() {
    return { items: await this.labels.list() };
  }

  @ApiOperation({ summary: 'Create a label' })
  @ApiConflictResponse({ description: 'A label of that name exists' })
  @ApiAnswer({ label: LabelDto })
  @Roles('admin')
  @Audited('label.create', 'label')
  @Post('labels')
  async create(@Body() body: CreateLabelDto) {
    return { label: await this.labels.create(body) };
  }

  @ApiOperation({ summary: 'Change a label' })
  @ApiConflictResponse({ description: 'Another label has that name' })
  @ApiAnswer({ label: LabelDto })
  @Roles('admin')
  @Audited('label.update', 'label')
  @Patch('labels/:id')
  async update(@Param('id', ParseIntPipe) id: number, @Body() body: UpdateLabelDto) {
    return { label: await this.labels.update(id, body) };
  }

  /** Also takes it off every conversation that carries it. */
  @ApiOperation({ summary: 'Delete a label (and take it off every conversation)' })
  @Roles('admin')
  @Audited('label.delete', 'label')
  @Delete('labels/:id')
  @HttpCode(204)
  async remove(@CurrentAgent() admin: Agent, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.labels.remove(admin, id);
  }

  /** The conversation's whole set of labels: the holder, supervisors and admins. */
  @ApiOperation({ summary: 'Set a conversation’s labels' })
  @ApiForbiddenResponse({ description: 'The conversation is held by another operator' })
  @ApiAnswer({ conversation: ConversationDto })
  @ApiTokenScope('conversations')
  @Put('conversations/:id/labels')
  async setOnConversation(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: SetConversationLabelsDto) {
    return { conversation: await this.presenter.conversation(await this.labels.setOnConversation(agent, id, body.labelIds)) };
  }
}
