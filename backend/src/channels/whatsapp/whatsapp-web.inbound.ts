import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { clipInboundText, type InboundEvent, type WhatsAppWebInboundMessageEvent } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AttachmentsService } from '../../conversations/attachments.service';
import { Message } from '../../conversations/message.entity';
import { DeliveryStatuses } from '../delivery-statuses';
import type { Inbox } from '../inbox.entity';
import { InboundBatcher } from '../inbound-batcher';
import { InboundService } from '../inbound.service';

/**
 * Events of a linked number's client: its messages arrive with their
 * files already downloaded, so they are stored like uploads and linked to
 * the message in one go; acks become delivery statuses.
 */
@Injectable()
export class WhatsAppWebInbound {
  constructor(
    private readonly db: DataSource,
    private readonly inbound: InboundService,
    private readonly batcher: InboundBatcher,
    private readonly attachments: AttachmentsService,
    private readonly statuses: DeliveryStatuses,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(inbox: Inbox, events: InboundEvent[]): Promise<void> {
    for (const event of events) {
      if (event.type === 'status') await this.statuses.apply(inbox.id, event);
      else await this.receive(inbox, event as WhatsAppWebInboundMessageEvent);
    }
  }

  private async receive(inbox: Inbox, event: WhatsAppWebInboundMessageEvent): Promise<void> {
    const { files, ...message } = event;
    const prepared = { ...message, text: clipInboundText(message.text, this.config.messageMaxChars), attachments: [] };
    const keep = (files ?? []).filter((f) => f.content.length <= this.config.uploadMaxBytes);
    if (keep.length === 0) {
      await this.batcher.receiveLater(inbox, prepared);
      return;
    }
    // The client may hand a message over again after a reconnect: its files are stored once.
    if (await this.db.getRepository(Message).existsBy({ inboxId: inbox.id, externalId: event.externalId })) return;
    const uploadedBy = `whatsapp:${randomUUID()}`;
    const stored = [];
    for (const file of keep) {
      stored.push(
        await this.attachments.storeReceived(inbox.id, uploadedBy, {
          fileName: file.fileName ?? `${event.kind}.${file.mimeType.split('/')[1]?.replace(/[^a-z0-9]/g, '') || 'bin'}`,
          mimeType: file.mimeType,
          bytes: file.content,
        }),
      );
    }
    await this.inbound.receiveMessage(inbox, prepared, { attachmentIds: stored.map((a) => a.id), uploadedBy }, { notify: 'now' });
  }
}
