import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { ReportsModule } from '../reports/reports.module';
import { RoutingModule } from '../routing/routing.module';
import { SlaController } from './sla.controller';
import { SlaPoliciesService } from './sla-policies.service';
import { SlaReportService } from './sla-report.service';
import { SlaTimers } from './sla-timers';
import { SlaService } from './sla.service';

@Module({ imports: [ConversationsModule, RoutingModule, ReportsModule], controllers: [SlaController], providers: [SlaPoliciesService, SlaService, SlaTimers, SlaReportService], exports: [SlaService] })
export class SlaModule {}
