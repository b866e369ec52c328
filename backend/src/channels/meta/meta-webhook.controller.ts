import { Controller, Get, Header, HttpCode, Param, Post, Query, Req, type RawBodyRequest } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../../auth/auth.decorators';
import { MetaInbound } from './meta-inbound.service';

/**
 * Where Meta calls for WhatsApp Cloud API and Instagram inboxes (docs/api.md).
 * Public: the verify token (GET) and the X-Hub-Signature-256 over the raw
 * body (POST) are the authentication. 200 only after the events are
 * stored; 401 wrong signature, 403 wrong verify token, 404 unknown inbox,
 * 400 not a webhook body, 503 database down (Meta retries).
 */
@ApiExcludeController()
@Controller('webhooks/meta')
export class MetaWebhookController {
  constructor(private readonly inbound: MetaInbound) {}

  @Public()
  @Get(':inboxId')
  @Header('content-type', 'text/plain; charset=utf-8')
  verify(@Param('inboxId') inboxId: string, @Query() query: Record<string, unknown>): Promise<string> {
    return this.inbound.challenge(inboxId, query);
  }

  @Public()
  @Post(':inboxId')
  @HttpCode(200)
  async receive(@Param('inboxId') inboxId: string, @Req() req: RawBodyRequest<Request>) {
    await this.inbound.receiveWebhook(inboxId, { headers: req.headers, query: req.query, body: req.body, rawBody: req.rawBody });
    return { ok: true };
  }
}
