import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../agents/agent.entity';
import { ApiTokenScope } from '../api-tokens/api-token-scope.decorator';
import { CurrentAgent } from '../auth/auth.decorators';
import { ApiAnswer } from '../common/api-answer';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import { ConversationDto } from '../conversations/conversation.responses';
import { CreateMacroDto, ListMacrosDto, RunMacroDto, UpdateMacroDto } from './macro.dto';
import { MacroRunner } from './macro-runner';
import { MacroDto, MacroPreviewDto, MacroStepDto } from './macro.responses';
import { MacrosService, toMacroDto } from './macros.service';

/** The team's own tool, like quick replies: an API token reads them and changes none (no scope declared). */
@ApiTags('macros')
@Controller('api/macros')
export class MacrosController {
  constructor(private readonly macros: MacrosService) {}

  @ApiOperation({ summary: 'List the macros the caller may run' })
  @ApiAnswer({ items: [MacroDto] }, 'By name')
  @Get()
  async list(@CurrentAgent() agent: Agent, @Query() query: ListMacrosDto) {
    return { items: (await this.macros.list(agent, query.manage ? 'manage' : 'run')).map(toMacroDto) };
  }

  @ApiOperation({ summary: 'Create a macro' })
  @ApiAnswer({ macro: MacroDto })
  @Post()
  async create(@CurrentAgent() agent: Agent, @Body() body: CreateMacroDto) {
    return { macro: toMacroDto(await this.macros.create(agent, body)) };
  }

  @ApiOperation({ summary: 'Change a macro' })
  @ApiAnswer({ macro: MacroDto })
  @Patch(':id')
  async update(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateMacroDto) {
    return { macro: toMacroDto(await this.macros.update(agent, id, body)) };
  }

  @ApiOperation({ summary: 'Delete a macro' })
  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.macros.remove(agent, id);
  }
}

/** Previewing and running act on a conversation: an API token needs the conversations scope, as for the actions themselves. */
@ApiTags('macros')
@ApiTokenScope('conversations')
@Controller('api/conversations')
export class ConversationMacrosController {
  constructor(
    private readonly macros: MacrosService,
    private readonly runner: MacroRunner,
    private readonly presenter: ConversationPresenter,
  ) {}

  /** What running the macro would do now, in order, with its texts rendered; `runnable` false (and each step's `problem`) when something stands in the way. Changes nothing. */
  @ApiOperation({ summary: 'Preview what a macro would do to a conversation' })
  @ApiAnswer(MacroPreviewDto)
  @Post(':id/macros/:macroId/preview')
  @HttpCode(200)
  async preview(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Param('macroId', ParseIntPipe) macroId: number) {
    const macro = await this.macros.runnable(agent, macroId);
    const { steps } = await this.runner.plan(agent, macro, id);
    return { macro: toMacroDto(macro), steps, runnable: steps.every((s) => s.problem === null) };
  }

  /** Every action, or none: 409 naming the first that cannot be done and why. */
  @ApiOperation({ summary: 'Run a macro on a conversation: every step, or none' })
  @ApiConflictResponse({ description: 'A step cannot be done (named); nothing was done' })
  @ApiAnswer({ steps: [MacroStepDto], conversation: ConversationDto })
  @Post(':id/macros/:macroId/run')
  @HttpCode(200)
  async run(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Param('macroId', ParseIntPipe) macroId: number, @Body() body: RunMacroDto) {
    const macro = await this.macros.runnable(agent, macroId);
    const { steps, conversation } = await this.runner.run(agent, macro, id, body.timeZone);
    return { steps, conversation: await this.presenter.conversation(conversation) };
  }
}
