import { BadRequestException, Body, Controller, Delete, Get, HttpCode, Inject, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../agents/agent.entity';
import { NotForApiTokens } from '../api-tokens/api-token-scope.decorator';
import { CurrentAgent } from '../auth/auth.decorators';
import { ApiAnswer } from '../common/api-answer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CreatePushSubscriptionDto, DeletePushSubscriptionDto, PushEventsDto, PushSettingsDto, PushSettingsQueryDto } from './push.dto';
import { PUSH_EVENTS, pushEndpointProblem } from './push-rules';
import { PushService } from './push.service';

/** The caller's own browsers and notification choice: a person's devices, so API tokens are refused. */
@ApiTags('push')
@NotForApiTokens()
@Controller('api/push-subscriptions')
export class PushController {
  constructor(
    private readonly push: PushService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ApiOperation({ summary: 'The VAPID public key, the caller’s chosen events, and whether this browser is subscribed' })
  @ApiAnswer(PushSettingsDto)
  @Get('settings')
  async settings(@CurrentAgent() agent: Agent, @Query() query: PushSettingsQueryDto): Promise<PushSettingsDto> {
    return {
      publicKey: this.push.publicKey,
      events: await this.push.eventsFor(agent.id),
      subscribed: query.endpoint ? await this.push.subscribed(agent.id, query.endpoint) : false,
    };
  }

  @ApiOperation({ summary: 'Subscribe this browser to push notifications (the PushSubscription’s JSON and the app’s language)' })
  @ApiAnswer(PushEventsDto, 'The events this browser will be notified of')
  @Post()
  async subscribe(@CurrentAgent() agent: Agent, @Body() body: CreatePushSubscriptionDto) {
    const problem = pushEndpointProblem(body.endpoint, this.config.push.testOrigin);
    if (problem) throw new BadRequestException(problem);
    return { events: await this.push.subscribe(agent.id, { endpoint: body.endpoint, p256dh: body.keys.p256dh, auth: body.keys.auth, locale: body.locale }) };
  }

  @ApiOperation({ summary: 'Unsubscribe one of the caller’s browsers' })
  @Delete()
  @HttpCode(204)
  async unsubscribe(@CurrentAgent() agent: Agent, @Body() body: DeletePushSubscriptionDto): Promise<void> {
    await this.push.unsubscribe(agent.id, body.endpoint);
  }

  @ApiOperation({ summary: `Choose which events notify the caller on all their browsers (${PUSH_EVENTS.join(', ')})` })
  @ApiAnswer(PushEventsDto)
  @Put('events')
  async setEvents(@CurrentAgent() agent: Agent, @Body() body: PushEventsDto) {
    return { events: await this.push.setEvents(agent.id, body.events) };
  }
}
