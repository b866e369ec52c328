import { BadRequestException, Inject, Injectable, NotFoundException, OnModuleInit, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { clipInboundText, TelegramConnector, TelegramPayloadError, type InboundEvent, type InboundMessageEvent, type RawInbound } from '@inbox/connectors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { Message } from '../../conversations/message.entity';
import { JOB_QUEUE, type JobQueue } from '../../jobs/job-queue';
import type { Inbox } from '../inbox.entity';
import { InboundBatcher } from '../inbound-batcher';
import { InboundService } from '../inbound.service';
import { WebhookLane } from '../webhook-lane';
import { TelegramInboxes } from './telegram-inboxes';
import { filesOf, type PendingFileRef } from '../inbound-media';
import { TELEGRAM_JOB_OPTIONS, TELEGRAM_JOBS, telegramJobIds } from './telegram.jobs';

/**
 * Telegram updates in, from the webhook or the poller: verify, normalize
 * (the connector), store durably through InboundService, and leave the slow
 * parts (file downloads, button answers) to jobs. Chatwoot's
 * telegram_controller → telegram_events_job split, with the write first.
 */
@Injectable()
export class TelegramInbound implements OnModuleInit {
  constructor(
    private readonly connector: TelegramConnector,
    private readonly inboxes: TelegramInboxes,
    private readonly inbound: InboundService,
    private readonly batcher: InboundBatcher,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly lane: WebhookLane,
  ) {}

  onModuleInit(): void {
    this.lane.serve('telegram', (inboxParam, request) => this.receiveWebhook(inboxParam, request));
  }

  /**
   * POST /webhooks/telegram/:inboxId (setWebhook), served by the WebhookLane.
   * Public: the secret token header is the authentication. Resolves only
   * once every message of the update is committed: the 200 that follows
   * tells Telegram it may forget the update. Anything rejected is rejected
   * before the first write: 401 wrong secret, 404 unknown inbox, 400 not an
   * update; 503 database or job queue down (Telegram retries).
   */
  async receiveWebhook(inboxParam: string, request: RawInbound): Promise<void> {
    const inboxId = /^[1-9]\d{0,9}$/.test(inboxParam) ? Number(inboxParam) : null;
    const telegram = inboxId ? await this.inboxes.findCached(inboxId) : null;
    if (!telegram) throw new NotFoundException(`There is no Telegram inbox ${inboxParam.slice(0, 20)}`);
    if (!this.connector.verifyInbound(request, telegram.context)) {
      throw new UnauthorizedException('X-Telegram-Bot-Api-Secret-Token: missing or wrong');
    }
    let events: InboundEvent[];
    try {
      events = this.connector.parseInbound(request);
    } catch (error) {
      if (error instanceof TelegramPayloadError) throw new BadRequestException(`${error.field}: ${error.message}`);
      throw error;
    }
    await this.handle(telegram.inbox, events);
  }

  /** Stores the events in order; used by the webhook and by the poller. */
  async handle(inbox: Inbox, events: InboundEvent[]): Promise<void> {
    for (const event of events) {
      // Telegram reports no delivery statuses to bots: only messages come in.
      if (event.type !== 'message') continue;
      const prepared = this.prepare(event);
      // The webhook's answer waits for the write only; operators are told right after. A message with
      // files is pushed before answering, so its 'message.created' surely precedes the media job's update.
      const result = event.edited
        ? await this.inbound.editMessage(inbox, prepared)
        : event.attachments.length
          ? await this.inbound.receiveMessage(inbox, prepared, undefined, { notify: 'now' })
          : await this.batcher.receiveLater(inbox, prepared);
      try {
        await this.followUp(result.message, !result.duplicate);
      } catch (error) {
        // Stored, but its jobs could not be queued (Redis down): 503 makes Telegram (or the poller) deliver it
        // again, and the resent update, a duplicate by then, queues what is still missing.
        throw new ServiceUnavailableException(`The job queue is unavailable (${error instanceof Error ? error.message : String(error)}); send the update again`);
      }
    }
  }

  /** Text within MESSAGE_MAX_CHARS; the files to fetch recorded in the payload, where the media job reads them. */
  private prepare(event: InboundMessageEvent): InboundMessageEvent {
    const text = clipInboundText(event.text, this.config.messageMaxChars);
    const files: PendingFileRef[] = event.attachments.map((a) => ({ ...a, status: 'pending' }));
    const payload = files.length ? { ...(event.payload ?? {}), files } : event.payload;
    return { ...event, text, ...(payload ? { payload } : {}) };
  }

  /**
   * Jobs after the write. A media job is asked for whenever the stored row
   * still has files to fetch, also for a resent update: if the first enqueue
   * was lost, the provider's retry brings it back (the job id de-duplicates).
   */
  private async followUp(message: Message, fresh: boolean): Promise<void> {
    if (filesOf(message.payload).some((f) => f.status === 'pending')) {
      await this.jobs.enqueue(TELEGRAM_JOBS.fetchMedia, { messageId: message.id }, {
        jobId: telegramJobIds.fetchMedia(message.id),
        ...TELEGRAM_JOB_OPTIONS.fetchMedia,
      });
    }
    if (fresh && typeof message.payload?.callbackQueryId === 'string') {
      await this.jobs.enqueue(TELEGRAM_JOBS.answerCallback, { messageId: message.id }, {
        jobId: telegramJobIds.answerCallback(message.id),
        ...TELEGRAM_JOB_OPTIONS.answerCallback,
      });
    }
  }
}
