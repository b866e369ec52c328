import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../../auth/auth.decorators';
import { TelegramInbound } from './telegram-inbound.service';

/**
 * Where Telegram posts updates (setWebhook). Public: the secret token header
 * is the authentication. 200 only after the update is stored; 401 wrong
 * secret, 404 unknown inbox, 400 not an update, 503 database down (Telegram retries).
 */
@ApiExcludeController()
@Controller('webhooks/telegram')
export class TelegramWebhookController {
  constructor(private readonly inbound: TelegramInbound) {}

  @Public()
  @Post(':inboxId')
  @HttpCode(200)
  async receive(@Param('inboxId') inboxId: string, @Req() req: Request) {
    await this.inbound.receiveWebhook(inboxId, { headers: req.headers, query: req.query, body: req.body });
    return { ok: true };
  }
}
