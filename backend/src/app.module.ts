import { DynamicModule, Module } from '@nestjs/common';
import { AgentsModule } from './agents/agents.module';
import { ApiTokensModule } from './api-tokens/api-tokens.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { SearchModule } from './search/search.module';
import { SnoozeModule } from './snooze/snooze.module';
import { SlaModule } from './sla/sla.module';
import { MacrosModule } from './macros/macros.module';
import { AutomationRulesModule } from './automation-rules/automation-rules.module';
import { OutgoingWebhooksModule } from './outgoing-webhooks/outgoing-webhooks.module';
import { AutomationModule } from './automation/automation.module';
import { BotsModule } from './bots/bots.module';
import { ChannelsModule } from './channels/channels.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DomainEventsModule } from './common/domain-events';
import { ContactsModule } from './contacts/contacts.module';
import { ConversationsModule } from './conversations/conversations.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { HealthController } from './health/health.controller';
import { JobsModule } from './jobs/jobs.module';
import { LabelsModule } from './labels/labels.module';
import { AttributesModule } from './attributes/attributes.module';
import { MentionsModule } from './mentions/mentions.module';
import { PushModule } from './push/push.module';
import { LeasesModule } from './leases/leases.module';
import { PresenceModule } from './presence/presence.module';
import { ProcessesModule } from './processes/processes.module';
import { QuickRepliesModule } from './quick-replies/quick-replies.module';
import { RealtimeModule } from './realtime/realtime.module';
import { RoutingModule } from './routing/routing.module';
import { ReportsModule } from './reports/reports.module';
import { SupervisionModule } from './supervision/supervision.module';
import { VoiceModule } from './channels/voice/voice.module';
import { StorageModule } from './storage/storage.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DomainEventsModule,
        DatabaseModule,
        StorageModule,
        JobsModule,
        LeasesModule,
        RealtimeModule,
        ProcessesModule,
        PresenceModule,
        AuthModule,
        ApiTokensModule,
        AgentsModule,
        ContactsModule,
        ConversationsModule,
        ChannelsModule,
        RoutingModule,
        SnoozeModule,
        SlaModule,
        MacrosModule,
        AutomationModule,
        AutomationRulesModule,
        QuickRepliesModule,
        LabelsModule,
        AttributesModule,
        MentionsModule,
        PushModule,
        BotsModule,
        DemoModule,
        ReportsModule,
        SupervisionModule,
        VoiceModule,
        AuditModule,
        SearchModule,
        OutgoingWebhooksModule,
      ],
      controllers: [HealthController],
    };
  }
}
