import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
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
@ApiBearerAuth()
@Controller('api')
export class LabelsController {
  constructor(
    private readonly labels: LabelsService,
    private readonly presenter: ConversationPresenter,
  ) {}

  @ApiAnswer({ items: [LabelDto] }, 'By name')
  @Get('labels')
  async list() {
    return { items: await this.labels.list() };
  }

  @ApiAnswer({ label: LabelDto })
  @Roles('admin')
  @Audited('label.create', 'label')
  @Post('labels')
  async create(@Body() body: CreateLabelDto) {
    return { label: await this.labels.create(body) };
  }

  @ApiAnswer({ label: LabelDto })
  @Roles('admin')
  @Audited('label.update', 'label')
  @Patch('labels/:id')
  async update(@Param('id', ParseIntPipe) id: number, @Body() body: UpdateLabelDto) {
    return { label: await this.labels.update(id, body) };
  }

  /** Also takes it off every conversation that carries it. */
  @Roles('admin')
  @Audited('label.delete', 'label')
  @Delete('labels/:id')
  @HttpCode(204)
  async remove(@CurrentAgent() admin: Agent, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.labels.remove(admin, id);
  }

  /** The conversation's whole set of labels: the holder, supervisors and admins. */
  @ApiAnswer({ conversation: ConversationDto })
  @ApiTokenScope('conversations')
  @Put('conversations/:id/labels')
  async setOnConversation(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: SetConversationLabelsDto) {
    return { conversation: await this.presenter.conversation(await this.labels.setOnConversation(agent, id, body.labelIds)) };
  }
}
