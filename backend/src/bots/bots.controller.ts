import { Audited, ChangesNothing } from '../audit/audited.decorator';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../agents/agent.entity';
import { CurrentAgent, Roles } from '../auth/auth.decorators';
import { CreateBotDto, PreviewBotDto, toBotDto, UpdateBotDto } from './bot.dto';
import { BotRunner } from './bot-runner.service';
import { BotsService } from './bots.service';
import { ApiAnswer, optional } from '../common/api-answer';
import { BotCredentials, BotDto, BotVersionSummary } from './bot.responses';

@ApiTags('bots')
@Roles('admin')
@Controller('api/bots')
export class BotsController {
  constructor(
    private readonly bots: BotsService,
    private readonly runner: BotRunner,
  ) {}

  @ApiOperation({ summary: 'List bots' })
  @ApiAnswer({ items: [BotDto] })
  @Get()
  async list() {
    return { items: (await this.bots.list()).map((b) => toBotDto(b)) };
  }

  /** The bot with its newest definition and the list of versions. */
  @ApiOperation({ summary: 'Get a bot with its versions' })
  @ApiAnswer({ bot: BotDto, versions: [BotVersionSummary] })
  @Get(':id')
  async get(@Param('id', ParseIntPipe) id: number) {
    const bot = await this.bots.get(id);
    const definition = bot.kind === 'flow' && bot.version > 0 ? await this.bots.definition(id, bot.version) : null;
    return { bot: toBotDto(bot, definition), versions: await this.bots.versions(id) };
  }

  @ApiOperation({ summary: 'One saved version of a bot’s definition' })
  @ApiAnswer({ version: { type: 'integer' }, definition: { type: 'object', additionalProperties: true } })
  @Get(':id/versions/:version')
  async version(@Param('id', ParseIntPipe) id: number, @Param('version', ParseIntPipe) version: number) {
    return { version, definition: await this.bots.definition((await this.bots.get(id)).id, version) };
  }

  /** The builder's "Test": nothing is stored, sent or called; the caller keeps the state for the next turn. */
  @ApiOperation({ summary: 'Run one turn of an unsaved flow for a preview chat' })
  @ApiAnswer({ state: { type: 'object', additionalProperties: true }, actions: { type: 'array', items: { type: 'object', additionalProperties: true } } })
  @ChangesNothing()
  @Post('preview')
  @HttpCode(200)
  async preview(@Body() body: PreviewBotDto) {
    return this.bots.preview(body);
  }

  /** An external bot's token and signing key are in this answer only. */
  @ApiOperation({ summary: 'Create a bot' })
  @ApiConflictResponse({ description: 'The inbox has a bot already' })
  @ApiAnswer({ bot: BotDto, credentials: optional(BotCredentials) }, 'credentials: external bots only, shown this once')
  @Audited('bot.create', 'bot')
  @Post()
  async create(@CurrentAgent() admin: Agent, @Body() body: CreateBotDto) {
    const { bot, credentials } = await this.bots.create(admin, body);
    return { bot: toBotDto(bot), ...(credentials ? { credentials } : {}) };
  }

  @Audited('bot.update', 'bot')

  @ApiOperation({ summary: 'Change a bot (a new version of its definition)' })
  @ApiConflictResponse({ description: 'Someone saved the bot at the same moment' })
  @ApiAnswer({ bot: BotDto })
  @Patch(':id')
  async update(@CurrentAgent() admin: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateBotDto) {
    const bot = await this.bots.update(admin, id, body);
    if (!bot.enabled) await this.runner.releaseAll(bot.inboxId);
    return { bot: toBotDto(bot) };
  }

  @Audited('bot.credentials', 'bot')

  @ApiOperation({ summary: 'Issue an external bot new credentials' })
  @ApiAnswer({ credentials: BotCredentials })
  @Post(':id/credentials')
  async rotate(@Param('id', ParseIntPipe) id: number) {
    return { credentials: await this.bots.rotateCredentials(id) };
  }

  @Audited('bot.delete', 'bot')

  @ApiOperation({ summary: 'Delete a bot' })
  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', ParseIntPipe) id: number): Promise<void> {
    const bot = await this.bots.remove(id);
    await this.runner.releaseAll(bot.inboxId);
  }
}
