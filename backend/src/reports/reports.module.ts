import { Module } from '@nestjs/common';
import { ReportRollupService } from './report-rollup.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({ controllers: [ReportsController], providers: [ReportsService, ReportRollupService], exports: [ReportsService, ReportRollupService] })
export class ReportsModule {}
