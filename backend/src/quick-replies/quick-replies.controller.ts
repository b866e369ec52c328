import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../agents/agent.entity';
import { CurrentAgent } from '../auth/auth.decorators';
import { CreateQuickReplyDto, ListQuickRepliesDto, toQuickReplyDto, UpdateQuickReplyDto } from './quick-reply.dto';
import { QuickRepliesService } from './quick-replies.service';

@ApiTags('quick-replies')
@ApiBearerAuth()
@Controller('api/quick-replies')
export class QuickRepliesController {
  constructor(private readonly quickReplies: QuickRepliesService) {}

  @Get()
  async list(@CurrentAgent() agent: Agent, @Query() query: ListQuickRepliesDto) {
    return { items: (await this.quickReplies.list(agent, { query: query.q, purpose: query.manage ? 'manage' : 'use' })).map(toQuickReplyDto) };
  }

  @Post()
  async create(@CurrentAgent() agent: Agent, @Body() body: CreateQuickReplyDto) {
    return { quickReply: toQuickReplyDto(await this.quickReplies.create(agent, body)) };
  }

  @Patch(':id')
  async update(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateQuickReplyDto) {
    return { quickReply: toQuickReplyDto(await this.quickReplies.update(agent, id, body)) };
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.quickReplies.remove(agent, id);
  }
}
