import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../agents/agent.entity';
import { Audited, ChangesNothing } from '../audit/audited.decorator';
import { CurrentAgent, Roles } from '../auth/auth.decorators';
import { ApiAnswer } from '../common/api-answer';
import { CreateAutomationRuleDto, TryAutomationRuleDto, UpdateAutomationRuleDto } from './rule.dto';
import { AutomationRuleDto, AutomationRuleVersionDto, RuleTryDto } from './rule.responses';
import { RuleTrial } from './rule-trial';
import { AutomationRulesService, toRuleDto } from './rules.service';

/** Automation rules: admins only (docs/automation.md, Rules). */
@ApiTags('automation-rules')
@Roles('admin')
@Controller('api/automation-rules')
export class AutomationRulesController {
  constructor(
    private readonly rules: AutomationRulesService,
    private readonly trial: RuleTrial,
  ) {}

  @ApiOperation({ summary: 'List the automation rules' })
  @ApiAnswer({ items: [AutomationRuleDto] }, 'By event, then in the order they run')
  @Get()
  async list() {
    return { items: (await this.rules.list()).map(toRuleDto) };
  }

  @ApiOperation({ summary: 'Create an automation rule' })
  @ApiAnswer({ rule: AutomationRuleDto })
  @Audited('automation-rule.create', 'automation-rule')
  @Post()
  async create(@CurrentAgent() admin: Agent, @Body() body: CreateAutomationRuleDto) {
    return { rule: toRuleDto(await this.rules.create(admin, body)) };
  }

  /** Changes nothing: which of the last 100 conversations the rule (as sent, saved or not) would have matched, and what it would have done. */
  @ApiOperation({ summary: 'Try an automation rule on the last 100 conversations, without doing anything' })
  @ApiAnswer(RuleTryDto)
  @ChangesNothing()
  @Post('try')
  @HttpCode(200)
  async try(@Body() body: TryAutomationRuleDto) {
    return this.trial.try(body);
  }

  @ApiOperation({ summary: 'Get an automation rule' })
  @ApiAnswer({ rule: AutomationRuleDto })
  @Get(':id')
  async get(@Param('id', ParseIntPipe) id: number) {
    return { rule: toRuleDto(await this.rules.get(id)) };
  }

  @ApiOperation({ summary: 'List the versions of an automation rule' })
  @ApiAnswer({ items: [AutomationRuleVersionDto] }, 'Newest first')
  @Get(':id/versions')
  async versions(@Param('id', ParseIntPipe) id: number) {
    return { items: await this.rules.versions(id) };
  }

  @ApiOperation({ summary: 'Change an automation rule (a new version)' })
  @ApiAnswer({ rule: AutomationRuleDto })
  @Audited('automation-rule.update', 'automation-rule')
  @Patch(':id')
  async update(@CurrentAgent() admin: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateAutomationRuleDto) {
    return { rule: toRuleDto(await this.rules.update(admin, id, body)) };
  }

  @ApiOperation({ summary: 'Delete an automation rule (its versions are kept)' })
  @Audited('automation-rule.delete', 'automation-rule')
  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.rules.remove(id);
  }
}
