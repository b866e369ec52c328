import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ProviderError, TelegramConnector } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Attachment } from '../../conversations/attachment.entity';
import { AttachmentsService } from '../../conversations/attachments.service';
import { ConversationPresenter } from '../../conversations/conversation.presenter';
import { Conversation } from '../../conversations/conversation.entity';
import { Message } from '../../conversations/message.entity';
import { JOB_QUEUE, type JobQueue } from '../../jobs/job-queue';
import { RealtimeService } from '../../realtime/realtime.service';
import { TelegramInboxes } from './telegram-inboxes';
import { filesOf, TELEGRAM_JOB_OPTIONS, TELEGRAM_JOBS, type TelegramFileRef } from './telegram.jobs';

/** Bots may download files up to 20 MB (https://core.telegram.org/bots/api#getfile). */
const BOT_API_DOWNLOAD_LIMIT = 20 * 1024 * 1024;

/**
 * `telegram.fetch-media`: after the webhook answered, download the message's
 * files (getFile + the file endpoint, with a byte limit), store them like
 * uploads, link them to the message and push 'message.updated'. Each file's
 * state is written to the payload as it is done, so a retry fetches only
 * what is still missing.
 */
@Injectable()
export class TelegramMediaJob implements OnModuleInit {
  private readonly logger = new Logger('Telegram');

  constructor(
    private readonly db: DataSource,
    private readonly connector: TelegramConnector,
    private readonly inboxes: TelegramInboxes,
    private readonly attachments: AttachmentsService,
    private readonly presenter: ConversationPresenter,
    private readonly realtime: RealtimeService,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ messageId: number }>(TELEGRAM_JOBS.fetchMedia, ({ messageId }, meta) => this.run(messageId, meta.attempt >= TELEGRAM_JOB_OPTIONS.fetchMedia.attempts));
  }

  async run(messageId: number, lastAttempt: boolean): Promise<void> {
    const message = await this.db.getRepository(Message).findOneBy({ id: messageId });
    const files = filesOf(message?.payload ?? null);
    if (!message || !files.some((f) => f.status === 'pending')) return;
    const telegram = await this.inboxes.find(message.inboxId);
    if (!telegram) return;
    const conversation = await this.db.getRepository(Conversation).findOneByOrFail({ id: message.conversationId });
    const maxBytes = Math.min(this.config.uploadMaxBytes, BOT_API_DOWNLOAD_LIMIT);
    try {
      for (const [index, file] of files.entries()) {
        if (file.status !== 'pending') continue;
        files[index] = await this.fetchOne(file, telegram.token, maxBytes, message, conversation.contactId);
        await this.savePayload(message, files);
      }
    } catch (error) {
      // Temporary trouble: the queue retries. On the last try, say so instead of leaving "pending" forever.
      if (!lastAttempt) throw error;
      for (const [index, file] of files.entries()) if (file.status === 'pending') files[index] = { ...file, status: 'failed', error: reasonOf(error) };
      await this.savePayload(message, files);
    }
    this.realtime.toAgents('message.updated', { message: await this.presenter.message(message) });
  }

  /** One file: stored and linked, or marked failed when retrying cannot help (too large, refused). */
  private async fetchOne(file: TelegramFileRef, token: string, maxBytes: number, message: Message, contactId: number): Promise<TelegramFileRef> {
    let download;
    try {
      download = await this.connector.downloadFile(token, file.providerRef, maxBytes);
    } catch (error) {
      const final = error instanceof ProviderError && (error.code === 'permanent' || error.code === 'auth');
      if (!final) throw error;
      this.logger.warn(`Message ${message.id}: file not fetched: ${reasonOf(error)}`);
      return { ...file, status: 'failed', error: reasonOf(error) };
    }
    if (download.buffer.length === 0) return { ...file, status: 'failed', error: 'Telegram sent an empty file' };
    const stored = await this.attachments.store(message.inboxId, `contact:${contactId}`, {
      originalname: file.fileName ?? download.fileName ?? 'file',
      mimetype: file.mimeType ?? download.mimeType ?? 'application/octet-stream',
      size: download.buffer.length,
      buffer: download.buffer,
    });
    await this.db.getRepository(Attachment).update({ id: stored.id }, { messageId: message.id });
    return { ...file, status: 'stored', attachmentId: stored.id };
  }

  private async savePayload(message: Message, files: TelegramFileRef[]): Promise<void> {
    message.payload = { ...(message.payload ?? {}), files };
    // save() of the partial row, not update(): it serializes the simple-json column like every other write.
    await this.db.getRepository(Message).save({ id: message.id, payload: message.payload });
  }
}

function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}
