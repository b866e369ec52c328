import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { TelegramConnector } from '@inbox/connectors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { Message } from '../../conversations/message.entity';
import { JOB_QUEUE, type JobQueue } from '../../jobs/job-queue';
import { InboundMedia, type FileDownload } from '../inbound-media';
import { TelegramInboxes } from './telegram-inboxes';
import { TELEGRAM_JOB_OPTIONS, TELEGRAM_JOBS } from './telegram.jobs';

/** Bots may download files up to 20 MB (https://core.telegram.org/bots/api#getfile). */
const BOT_API_DOWNLOAD_LIMIT = 20 * 1024 * 1024;

/**
 * `telegram.fetch-media`: after the webhook answered, download the message's
 * files (getFile + the file endpoint, with a byte limit); InboundMedia
 * stores them like uploads, links them and pushes 'message.updated'.
 */
@Injectable()
export class TelegramMediaJob implements OnModuleInit {
  constructor(
    private readonly connector: TelegramConnector,
    private readonly inboxes: TelegramInboxes,
    private readonly media: InboundMedia,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ messageId: number }>(TELEGRAM_JOBS.fetchMedia, ({ messageId }, meta) => this.run(messageId, meta.attempt >= TELEGRAM_JOB_OPTIONS.fetchMedia.attempts));
  }

  run(messageId: number, lastAttempt: boolean): Promise<void> {
    return this.media.fetchPending(messageId, lastAttempt, (message) => this.open(message));
  }

  private async open(message: Message): Promise<FileDownload | null> {
    const telegram = await this.inboxes.find(message.inboxId);
    if (!telegram) return null;
    const maxBytes = Math.min(this.config.uploadMaxBytes, BOT_API_DOWNLOAD_LIMIT);
    return async (file) => {
      const download = await this.connector.downloadFile(telegram.token, file.providerRef, maxBytes);
      return {
        bytes: download.buffer,
        fileName: file.fileName ?? download.fileName ?? 'file',
        mimeType: file.mimeType ?? download.mimeType ?? 'application/octet-stream',
      };
    };
  }
}
