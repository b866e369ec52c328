import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../agents/agent.entity';
import { Audited } from '../audit/audited.decorator';
import { CurrentAgent, Roles } from '../auth/auth.decorators';
import { ApiAnswer } from '../common/api-answer';
import { WEBHOOK_EVENTS } from './webhook-events';
import { CreateWebhookDto, UpdateWebhookDto } from './webhook.dto';
import { WebhookAttemptDto, WebhookDto } from './webhook.responses';
import { WebhooksService } from './webhooks.service';

/** Outgoing webhooks for integrations (docs/integrations.md); the providers' incoming ones are under /webhooks. */
@ApiTags('webhooks')
@Roles('admin')
@Controller('api/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @ApiOperation({ summary: 'List outgoing webhooks' })
  @ApiAnswer({ items: [WebhookDto], events: { type: 'array', items: { type: 'string', enum: [...WEBHOOK_EVENTS] } } }, 'events: every event a webhook may ask for')
  @Get()
  async list() {
    return { items: await this.webhooks.list(), events: [...WEBHOOK_EVENTS] };
  }

  /** The signing secret is in this answer only. */
  @ApiOperation({ summary: 'Create an outgoing webhook' })
  @ApiAnswer({ webhook: WebhookDto, secret: { type: 'string' } }, 'secret: shown this once')
  @Audited('webhook.create', 'webhook')
  @Post()
  create(@CurrentAgent() admin: Agent, @Body() body: CreateWebhookDto) {
    return this.webhooks.create(admin, body);
  }

  @ApiOperation({ summary: 'Get an outgoing webhook' })
  @ApiAnswer({ webhook: WebhookDto })
  @Get(':id')
  async get(@Param('id', ParseIntPipe) id: number) {
    return { webhook: await this.webhooks.dto(id) };
  }

  @ApiOperation({ summary: 'Change, pause or resume an outgoing webhook' })
  @ApiAnswer({ webhook: WebhookDto })
  @Audited('webhook.update', 'webhook')
  @Patch(':id')
  async update(@Param('id', ParseIntPipe) id: number, @Body() body: UpdateWebhookDto) {
    return { webhook: await this.webhooks.update(id, body) };
  }

  /** A new signing secret, shown this once; the old one stops signing at once. */
  @ApiOperation({ summary: 'Rotate an outgoing webhook’s signing secret' })
  @ApiAnswer({ webhook: WebhookDto, secret: { type: 'string' } }, 'secret: shown this once')
  @Audited('webhook.rotate-secret', 'webhook')
  @Post(':id/secret')
  @HttpCode(200)
  rotateSecret(@Param('id', ParseIntPipe) id: number) {
    return this.webhooks.rotateSecret(id);
  }

  @ApiOperation({ summary: 'Delete an outgoing webhook' })
  @Audited('webhook.delete', 'webhook')
  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.webhooks.remove(id);
  }

  /** The newest tries first (at most 100). */
  @ApiOperation({ summary: 'An outgoing webhook’s delivery attempts' })
  @ApiAnswer({ items: [WebhookAttemptDto] })
  @Get(':id/attempts')
  async log(@Param('id', ParseIntPipe) id: number) {
    return { items: await this.webhooks.log((await this.webhooks.get(id)).id) };
  }

  /** A `webhook.test` delivery, tried once now (even while paused); its try shows in the log. */
  @ApiOperation({ summary: 'Send a test event to an outgoing webhook' })
  @ApiAnswer({ deliveryId: { type: 'integer' } }, 'Sent by a job: the log shows the outcome')
  @Audited('webhook.test', 'webhook')
  @Post(':id/test')
  @HttpCode(202)
  async test(@CurrentAgent() admin: Agent, @Param('id', ParseIntPipe) id: number) {
    return { deliveryId: (await this.webhooks.sendTest(id, admin)).id };
  }

  /** The delivery again, same id and body, tried once now; 404 once it is no longer kept. */
  @ApiOperation({ summary: 'Deliver an event to an outgoing webhook again' })
  @ApiAnswer({ deliveryId: { type: 'integer' } }, 'Sent by a job: the log shows the outcome')
  @Audited('webhook.redeliver', 'webhook')
  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  async redeliver(@Param('id', ParseIntPipe) id: number, @Param('deliveryId', ParseIntPipe) deliveryId: number) {
    return { deliveryId: (await this.webhooks.redeliver(id, deliveryId)).id };
  }
}
