import { Body, Controller, HttpCode, NotFoundException, Param, ParseIntPipe, Post, UseGuards, ConflictException } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import { BotConversations } from './bot-conversations';
import { BotHandoverDto, BotSayDto } from './bot.dto';
import type { Bot } from './bot.entity';
import { BotTokenGuard, CurrentBot } from './bot-token.guard';
import { ApiAnswer } from '../common/api-answer';
import { ConversationDto, MessageDto } from '../conversations/conversation.responses';

/**
 * What an external bot may do with its bot token: write in, and hand over,
 * the conversations of its own inbox while they are with the bot.
 */
@ApiTags('bot-api')
@Public()
@UseGuards(BotTokenGuard)
@Controller('api/bot/conversations')
export class BotApiController {
  constructor(
    private readonly db: DataSource,
    private readonly act: BotConversations,
    private readonly presenter: ConversationPresenter,
  ) {}

  @ApiOperation({ summary: 'Bot API: send a message as the bot' })
  @ApiConflictResponse({ description: 'The bot no longer holds the conversation' })
  @ApiAnswer({ message: MessageDto })
  @Post(':id/messages')
  async say(@CurrentBot() bot: Bot, @Param('id', ParseIntPipe) id: number, @Body() body: BotSayDto) {
    const conversation = await this.held(bot, id);
    return { message: await this.act.say(conversation, bot.id, body.text, body.buttons ?? []) };
  }

  @ApiOperation({ summary: 'Bot API: hand the conversation over to operators' })
  @ApiConflictResponse({ description: 'The bot no longer holds the conversation' })
  @ApiAnswer({ conversation: ConversationDto })
  @Post(':id/handover')
  @HttpCode(200)
  async handover(@CurrentBot() bot: Bot, @Param('id', ParseIntPipe) id: number, @Body() body: BotHandoverDto) {
    const conversation = await this.held(bot, id);
    // The same rule as a flow's set step: defined attributes are held to their type.
    if (body.attributes && Object.keys(body.attributes).length) await this.act.set(conversation, { attributes: body.attributes });
    const summary: Array<[string, string]> = [
      ...Object.entries(body.attributes ?? {}).map(([k, v]): [string, string] => [k, String(v)]),
      ...(body.note?.trim() ? [['Note', body.note.trim()] as [string, string]] : []),
    ];
    const handed = await this.act.handover(id, { reason: 'external', summary, ...(body.teamId ? { teamId: body.teamId } : {}), ...(body.priority !== undefined ? { priority: body.priority } : {}) });
    return { conversation: await this.presenter.conversation(handed) };
  }

  /** A conversation of another inbox is "not found" to the bot: it learns nothing of it. */
  private async held(bot: Bot, id: number): Promise<Conversation> {
    const conversation = await this.db.getRepository(Conversation).findOneBy({ id });
    if (!conversation || conversation.inboxId !== bot.inboxId) throw new NotFoundException(`Conversation ${id} does not exist`);
    if (conversation.status !== 'bot') throw new ConflictException(`Conversation ${id} is ${conversation.status}: the bot no longer holds it`);
    return conversation;
  }
}
