import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InstagramConnector, WhatsAppCloudConnector } from '@inbox/connectors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { Message } from '../../conversations/message.entity';
import { JOB_QUEUE, type JobQueue } from '../../jobs/job-queue';
import { InboundMedia, type FileDownload } from '../inbound-media';
import { MetaInboxes } from './meta-inboxes';
import { META_JOB_OPTIONS, META_JOBS } from './meta.jobs';

/** A name for files that arrive without one (photos, voice notes). */
const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'video/mp4': 'mp4', 'audio/ogg': 'ogg', 'audio/mpeg': 'mp3', 'application/pdf': 'pdf' };

/**
 * `meta.fetch-media`: after the webhook answered, download the message's
 * files (a Cloud API media id through Graph, an Instagram CDN link);
 * InboundMedia stores them like uploads and pushes 'message.updated'.
 */
@Injectable()
export class MetaMediaJob implements OnModuleInit {
  constructor(
    private readonly inboxes: MetaInboxes,
    private readonly cloud: WhatsAppCloudConnector,
    private readonly instagram: InstagramConnector,
    private readonly media: InboundMedia,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ messageId: number }>(META_JOBS.fetchMedia, ({ messageId }, meta) => this.run(messageId, meta.attempt >= META_JOB_OPTIONS.fetchMedia.attempts));
  }

  run(messageId: number, lastAttempt: boolean): Promise<void> {
    return this.media.fetchPending(messageId, lastAttempt, (message) => this.open(message));
  }

  private async open(message: Message): Promise<FileDownload | null> {
    const meta = await this.inboxes.find(message.inboxId);
    if (!meta) return null;
    const maxBytes = this.config.uploadMaxBytes;
    return async (file) => {
      const download =
        meta.inbox.type === 'whatsapp-cloud' ? await this.cloud.downloadMedia(file.providerRef, meta.context, maxBytes) : await this.instagram.downloadMedia(file.providerRef, maxBytes);
      const mimeType = (file.mimeType ?? download.mimeType ?? 'application/octet-stream').split(';')[0].trim();
      return { bytes: download.data, fileName: file.fileName ?? `${file.kind}.${EXTENSIONS[mimeType] ?? 'bin'}`, mimeType };
    };
  }
}
