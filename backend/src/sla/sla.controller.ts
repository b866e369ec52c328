import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Audited } from '../audit/audited.decorator';
import { Roles } from '../auth/auth.decorators';
import { ApiAnswer } from '../common/api-answer';
import { ReportQueryDto } from '../reports/reports.dto';
import { ReportsService } from '../reports/reports.service';
import { CreateSlaPolicyDto, UpdateSlaPolicyDto } from './sla-policy.dto';
import { SlaPoliciesService } from './sla-policies.service';
import { SlaReportService } from './sla-report.service';
import { SlaService } from './sla.service';
import { SLA_TARGETS, type SlaTarget } from './sla.entities';
import { SlaAtRiskDto, SlaPolicyDto, SlaReportDto } from './sla.responses';

export class SlaReportQueryDto extends ReportQueryDto {
  @ApiPropertyOptional({ enum: SLA_TARGETS, description: 'Only this target; default all three' })
  @IsOptional()
  @IsIn(SLA_TARGETS, { message: `target must be one of: ${SLA_TARGETS.join(', ')}` })
  target?: SlaTarget;
}

@ApiTags('sla')
@Controller('api')
export class SlaController {
  constructor(
    private readonly policies: SlaPoliciesService,
    private readonly sla: SlaService,
    private readonly reports: ReportsService,
    private readonly slaReports: SlaReportService,
  ) {}

  @ApiOperation({ summary: 'List the SLA policies' })
  @ApiAnswer({ items: [SlaPolicyDto] }, 'Oldest first')
  @Roles('supervisor', 'admin')
  @Get('sla-policies')
  async list() {
    return { items: await this.policies.list() };
  }

  @ApiOperation({ summary: 'Create an SLA policy' })
  @ApiAnswer({ policy: SlaPolicyDto })
  @Roles('admin')
  @Audited('sla-policy.create', 'sla-policy')
  @Post('sla-policies')
  async create(@Body() body: CreateSlaPolicyDto) {
    const policy = await this.policies.create(body);
    await this.sla.reapply();
    return { policy };
  }

  @ApiOperation({ summary: 'Change an SLA policy' })
  @ApiAnswer({ policy: SlaPolicyDto })
  @Roles('admin')
  @Audited('sla-policy.update', 'sla-policy')
  @Patch('sla-policies/:id')
  async update(@Param('id', ParseIntPipe) id: number, @Body() body: UpdateSlaPolicyDto) {
    const policy = await this.policies.update(id, body);
    await this.sla.reapply(id);
    return { policy };
  }

  /** Its running clocks stop without a verdict, or move to the policy that applies now; decided ones stay in the reports. */
  @ApiOperation({ summary: 'Delete an SLA policy' })
  @Roles('admin')
  @Audited('sla-policy.delete', 'sla-policy')
  @Delete('sla-policies/:id')
  @HttpCode(204)
  async remove(@Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.policies.remove(id);
    await this.sla.reapply();
  }

  @ApiOperation({ summary: 'Conversations at risk of an SLA breach now, with who holds them' })
  @ApiAnswer({ items: [SlaAtRiskDto] }, 'Past their amber point or their due time, soonest due first (at most 100)')
  @Roles('supervisor', 'admin')
  @Get('sla/at-risk')
  async atRisk() {
    return { items: await this.slaReports.atRisk() };
  }

  @ApiOperation({ summary: 'Report: SLA targets met per policy, inbox, team, operator and label, and the breaches' })
  @ApiAnswer(SlaReportDto)
  @Roles('supervisor', 'admin')
  @Get('reports/sla')
  report(@Query() query: SlaReportQueryDto): Promise<SlaReportDto> {
    return this.slaReports.report(this.reports.filters(query), query.target);
  }
}
