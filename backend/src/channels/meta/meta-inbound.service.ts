import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { clipInboundText, InstagramConnector, MetaPayloadError, WhatsAppCloudConnector, type InboundEvent, type InboundMessageEvent, type RawInbound } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { DomainEventBus } from '../../common/domain-events';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Message } from '../../conversations/message.entity';
import { JOB_QUEUE, type JobQueue } from '../../jobs/job-queue';
import { DeliveryStatuses } from '../delivery-statuses';
import type { Inbox } from '../inbox.entity';
import { InboundBatcher } from '../inbound-batcher';
import { InboundService } from '../inbound.service';
import { filesOf, type PendingFileRef } from '../inbound-media';
import { MetaInboxes, type MetaInbox } from './meta-inboxes';
import { META_JOB_OPTIONS, META_JOBS, metaJobIds } from './meta.jobs';

/**
 * Meta's webhook (WhatsApp Cloud API and Instagram) in: verify the
 * signature over the raw body, normalize (the connectors), store through
 * InboundService, answer; files are fetched by a job afterwards.
 */
@Injectable()
export class MetaInbound {
  constructor(
    private readonly inboxes: MetaInboxes,
    private readonly cloud: WhatsAppCloudConnector,
    private readonly instagram: InstagramConnector,
    private readonly inbound: InboundService,
    private readonly batcher: InboundBatcher,
    private readonly statuses: DeliveryStatuses,
    private readonly db: DataSource,
    private readonly domainEvents: DomainEventBus,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** GET /webhooks/meta/:inboxId: the dashboard's subscription check; the challenge is echoed for our verify token only. */
  async challenge(inboxParam: string, query: Record<string, unknown>): Promise<string> {
    const meta = await this.inboxOf(inboxParam);
    const challenge = this.connectorOf(meta).verificationChallenge(query, meta.context);
    if (challenge === null) throw new ForbiddenException('hub.verify_token: missing or wrong (it is the inbox’s verifyToken setting)');
    return challenge;
  }

  /**
   * POST /webhooks/meta/:inboxId. Resolves once every message is committed:
   * the 200 that follows tells Meta it may forget the delivery. Anything
   * rejected is rejected before the first write.
   */
  async receiveWebhook(inboxParam: string, request: RawInbound): Promise<void> {
    const meta = await this.inboxOf(inboxParam);
    const connector = this.connectorOf(meta);
    if (!connector.verifyInbound(request, meta.context)) throw new UnauthorizedException('X-Hub-Signature-256: missing or wrong (signed with the app secret over the raw body)');
    let events: InboundEvent[];
    try {
      events = meta.inbox.type === 'whatsapp-cloud' ? this.cloud.parseInbound(request, meta.context.settings) : this.instagram.parseInbound(request);
    } catch (error) {
      if (error instanceof MetaPayloadError) throw new BadRequestException(`${error.field}: ${error.message}`);
      throw error;
    }
    await this.handle(meta.inbox, events);
  }

  async handle(inbox: Inbox, events: InboundEvent[]): Promise<void> {
    for (const event of events) {
      if (event.type === 'status') {
        await this.statuses.apply(inbox.id, event);
        continue;
      }
      if (event.payload?.unsent) {
        await this.unsend(inbox, event);
        continue;
      }
      const prepared = this.prepare(event);
      const result = prepared.attachments.length
        ? await this.inbound.receiveMessage(inbox, prepared, undefined, { notify: 'now' })
        : await this.batcher.receiveLater(inbox, prepared);
      if (!filesOf(result.message.payload).some((f) => f.status === 'pending')) continue;
      try {
        await this.jobs.enqueue(META_JOBS.fetchMedia, { messageId: result.message.id }, { jobId: metaJobIds.fetchMedia(result.message.id), ...META_JOB_OPTIONS.fetchMedia });
      } catch (error) {
        // Stored, but the download could not be queued: 503 makes Meta resend, and the duplicate queues it then.
        throw new ServiceUnavailableException(`The job queue is unavailable (${error instanceof Error ? error.message : String(error)}); send the webhook again`);
      }
    }
  }

  /** The customer unsent an Instagram message: its words go (Instagram's policy); the row stays, marked. */
  private async unsend(inbox: Inbox, event: InboundMessageEvent): Promise<void> {
    const messages = this.db.getRepository(Message);
    const stored = await messages.findOneBy({ inboxId: inbox.id, externalId: event.externalId });
    if (!stored || stored.payload?.unsent) return;
    await messages.save({ id: stored.id, text: null, edited: true, payload: { ...(stored.payload ?? {}), unsent: true } });
    await this.domainEvents.emit('message.updated', { messageId: stored.id });
  }

  /** Text within MESSAGE_MAX_CHARS; the files to fetch recorded in the payload, where the media job reads them. */
  private prepare(event: InboundMessageEvent): InboundMessageEvent {
    const text = clipInboundText(event.text, this.config.messageMaxChars);
    const files: PendingFileRef[] = event.attachments.map((a) => ({ ...a, status: 'pending' }));
    const payload = files.length ? { ...(event.payload ?? {}), files } : event.payload;
    return { ...event, text, ...(payload ? { payload } : {}) };
  }

  private async inboxOf(inboxParam: string): Promise<MetaInbox> {
    const inboxId = /^[1-9]\d{0,9}$/.test(inboxParam) ? Number(inboxParam) : null;
    const meta = inboxId ? await this.inboxes.findCached(inboxId) : null;
    if (!meta) throw new NotFoundException(`There is no WhatsApp Cloud API or Instagram inbox ${inboxParam.slice(0, 20)}`);
    return meta;
  }

  private connectorOf(meta: MetaInbox): WhatsAppCloudConnector | InstagramConnector {
    return meta.inbox.type === 'whatsapp-cloud' ? this.cloud : this.instagram;
  }
}
