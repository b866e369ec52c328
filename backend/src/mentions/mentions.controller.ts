import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { Agent } from '../agents/agent.entity';
import { NotForApiTokens } from '../api-tokens/api-token-scope.decorator';
import { CurrentAgent } from '../auth/auth.decorators';
import { ApiAnswer } from '../common/api-answer';
import { MentionDto } from './mention.responses';
import { MentionsService } from './mentions.service';

export class ListMentionsDto {
  @ApiPropertyOptional({ default: true, description: 'Only the unread ones (the bell); false lists the newest 100 read or not' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread must be true or false' })
  unread: boolean = true;
}

/** The caller's own mentions: a person's notifications, so API tokens are refused. */
@ApiTags('mentions')
@NotForApiTokens()
@Controller('api/mentions')
export class MentionsController {
  constructor(private readonly mentions: MentionsService) {}

  @ApiOperation({ summary: 'The caller’s mentions' })
  @ApiAnswer({ items: [MentionDto] }, 'Newest first, at most 100')
  @Get()
  async list(@CurrentAgent() agent: Agent, @Query() query: ListMentionsDto) {
    return { items: await this.mentions.list(agent, query.unread) };
  }

  @ApiOperation({ summary: 'Mark one of the caller’s mentions read' })
  @ApiAnswer({ mention: MentionDto })
  @Post(':id/read')
  @HttpCode(200)
  async read(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number) {
    return { mention: await this.mentions.markRead(agent, id) };
  }
}
