import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { WebhookDeliveries } from './webhook-deliveries.service';
import { WebhookFeed } from './webhook-feed';
import { WebhookPayloads } from './webhook-payloads';
import { WebhooksController } from './webhooks.controller';
import { WebhooksService } from './webhooks.service';

/** Outgoing webhooks: subscriptions, the events they are fed, signed deliveries by jobs (docs/integrations.md). */
@Module({
  imports: [AuditModule, ConversationsModule],
  controllers: [WebhooksController],
  providers: [WebhooksService, WebhookDeliveries, WebhookFeed, WebhookPayloads],
  // Automation rules send their webhooks through the same deliveries.
  exports: [WebhookDeliveries, WebhookPayloads],
})
export class OutgoingWebhooksModule {}
