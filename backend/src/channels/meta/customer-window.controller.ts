import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { Agent } from '../../agents/agent.entity';
import { CurrentAgent } from '../../auth/auth.decorators';
import { ConversationsService } from '../../conversations/conversations.service';
import { CustomerWindowCheck } from './customer-window.check';
import { MessageTemplates } from './message-templates.service';
import { ApiAnswer } from '../../common/api-answer';
import { MessageDto } from '../../conversations/conversation.responses';
import { CustomerWindowAnswer, MessageTemplate } from './meta.responses';
import { ApiTokenScope } from '../../api-tokens/api-token-scope.decorator';

export class SendTemplateDto {
  @ApiProperty({ example: 'order_update' }) @IsString() @Matches(/^[a-z0-9_]{1,512}$/, { message: 'name must be a template name (lowercase letters, digits, _)' }) name: string;
  @ApiProperty({ example: 'en_US' }) @IsString() @Matches(/^[a-z]{2,3}(_[A-Z]{2})?$/, { message: 'language must be a template language code like en_US' }) language: string;
  @ApiPropertyOptional({ type: [String], description: 'Values for {{1}}, {{2}}... in order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(1024, { each: true })
  parameters?: string[];
}

/** The 24-hour customer-service window of a conversation, and what may be sent outside it. */
@ApiTags('conversations')
@ApiTokenScope('conversations')
@Controller('api/conversations')
export class CustomerWindowController {
  constructor(
    private readonly conversations: ConversationsService,
    private readonly window: CustomerWindowCheck,
    private readonly templates: MessageTemplates,
  ) {}

  @ApiOperation({ summary: 'The customer-service window of a conversation' })
  @ApiAnswer(CustomerWindowAnswer)
  @Get(':id/window')
  async state(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number) {
    return { window: await this.window.state(await this.conversations.getFor(agent, id)) };
  }

  @ApiOperation({ summary: 'Approved WhatsApp templates for a conversation' })
  @ApiAnswer({ items: [MessageTemplate] })
  @Get(':id/templates')
  async list(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number): Promise<{ items: MessageTemplate[] }> {
    const conversation = await this.conversations.getFor(agent, id);
    return { items: await this.templates.approved(conversation.inboxId) };
  }

  @ApiOperation({ summary: 'Send a WhatsApp template' })
  @ApiAnswer({ message: MessageDto })
  @Post(':id/template')
  async send(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: SendTemplateDto) {
    return { message: await this.templates.send(agent, await this.conversations.getFor(agent, id), body) };
  }
}
