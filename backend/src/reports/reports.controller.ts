import { Audited } from '../audit/audited.decorator';
import { Body, Controller, Get, Header, Param, ParseIntPipe, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/auth.decorators';
import { ExportQueryDto, ReportQueryDto, ServiceLevelTargetDto } from './reports.dto';
import { ReportsService } from './reports.service';
import { ApiAnswer, ApiContent } from '../common/api-answer';
import { ReportSummaryDto, ServiceLevelRow, StoredServiceLevel } from './reports.responses';

@ApiTags('reports')
@Roles('supervisor', 'admin')
@Controller('api/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** Every metric of docs/metrics.md, the daily volume, the weekday × hour load with its staffing hint, per operator and per inbox. */
  @ApiOperation({ summary: 'Report: metrics, volume, heatmap and tables' })
  @ApiAnswer(ReportSummaryDto)
  @Get('summary')
  summary(@Query() query: ReportQueryDto): Promise<ReportSummaryDto> {
    return this.reports.summary(query);
  }

  @ApiOperation({ summary: 'Export one report table as CSV' })
  @ApiContent(['text/csv'], 'The table with a header row, as a download (`report-<table>.csv`)')
  @Get('export')
  @Header('content-type', 'text/csv; charset=utf-8')
  async export(@Query() query: ExportQueryDto, @Res({ passthrough: true }) res: Response) {
    res.setHeader('content-disposition', `attachment; filename="report-${query.table}.csv"`);
    return this.reports.exportCsv(query, query.table);
  }

  @ApiOperation({ summary: 'Service-level targets and results per inbox' })
  @ApiAnswer({ items: [ServiceLevelRow] })
  @Get('service-levels')
  async serviceLevels() {
    return { items: await this.reports.listTargets() };
  }

  @ApiOperation({ summary: 'Set an inbox’s service-level target' })
  @Audited('service-level.update', 'inbox')
  @ApiAnswer({ target: StoredServiceLevel })
  @Put('service-levels/:inboxId')
  async setServiceLevel(@Param('inboxId', ParseIntPipe) inboxId: number, @Body() body: ServiceLevelTargetDto) {
    return { target: await this.reports.setTarget(inboxId, body) };
  }
}
