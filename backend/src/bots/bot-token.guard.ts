import { CanActivate, ExecutionContext, Injectable, UnauthorizedException, createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';
import type { Bot } from './bot.entity';
import { BotsService } from './bots.service';

/** The bot API's own bearer token: an external bot, scoped to its inbox. */
@Injectable()
export class BotTokenGuard implements CanActivate {
  constructor(private readonly bots: BotsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { bot?: Bot }>();
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const bot = token ? await this.bots.byToken(token) : null;
    if (!bot) throw new UnauthorizedException('Authorization: a valid bot token is required (Bearer bot_…)');
    request.bot = bot;
    return true;
  }
}

export const CurrentBot = createParamDecorator((_data: unknown, ctx: ExecutionContext): Bot => ctx.switchToHttp().getRequest<{ bot: Bot }>().bot);
