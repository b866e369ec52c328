import { Body, Controller, Get, Inject, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../agents/agent.entity';
import { CurrentAgent, Roles } from '../auth/auth.decorators';
import { InboxAccess } from '../auth/inbox-access.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CreateInboxDto, toInboxDto, UpdateInboxDto } from './inbox.dto';
import { InboxesService } from './inboxes.service';
import { Audited } from '../audit/audited.decorator';
import { ApiAnswer } from '../common/api-answer';
import { InboxDto } from './inbox.responses';

@ApiTags('inboxes')
@Controller('api/inboxes')
export class InboxesController {
  constructor(
    private readonly inboxes: InboxesService,
    private readonly access: InboxAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ApiOperation({ summary: 'List inboxes' })
  @ApiAnswer({ items: [InboxDto] })
  @Get()
  async list(@CurrentAgent() agent: Agent) {
    const visible = await this.access.visibleInboxIds(agent);
    const inboxes = (await this.inboxes.list()).filter((i) => visible === 'all' || visible.includes(i.id));
    return { items: inboxes.map((i) => toInboxDto(i, this.config.publicUrl)) };
  }

  @ApiOperation({ summary: 'Get an inbox' })
  @ApiAnswer({ inbox: InboxDto })
  @Get(':id')
  async get(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number) {
    await this.access.assertInbox(agent, id);
    return { inbox: toInboxDto(await this.inboxes.get(id), this.config.publicUrl) };
  }

  @ApiOperation({ summary: 'Create an inbox' })
  @ApiConflictResponse({ description: 'The bot, address or number is connected as another inbox already' })
  @ApiAnswer({ inbox: InboxDto })
  @Roles('admin')
  @Audited('inbox.create', 'inbox')
  @Post()
  async create(@Body() body: CreateInboxDto) {
    return { inbox: toInboxDto(await this.inboxes.create(body), this.config.publicUrl) };
  }

  @ApiOperation({ summary: 'Change, archive or reactivate an inbox' })
  @ApiConflictResponse({ description: 'The inbox is archived (reactivate it first), or the bot, address or number is connected as another inbox' })
  @ApiAnswer({ inbox: InboxDto })
  @Roles('admin')
  @Audited('inbox.update', 'inbox')
  @Patch(':id')
  async update(@Param('id', ParseIntPipe) id: number, @Body() body: UpdateInboxDto) {
    return { inbox: toInboxDto(await this.inboxes.update(id, body), this.config.publicUrl) };
  }
}
