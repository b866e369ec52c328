import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InstagramConnector, ProviderError, WhatsAppCloudConnector, type DownloadedMedia } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Attachment } from '../../conversations/attachment.entity';
import { AttachmentsService } from '../../conversations/attachments.service';
import { ConversationPresenter } from '../../conversations/conversation.presenter';
import { Conversation } from '../../conversations/conversation.entity';
import { Message } from '../../conversations/message.entity';
import { JOB_QUEUE, type JobQueue } from '../../jobs/job-queue';
import { RealtimeService } from '../../realtime/realtime.service';
import { filesOf, type TelegramFileRef as PendingFile } from '../telegram/telegram.jobs';
import { MetaInboxes, type MetaInbox } from './meta-inboxes';
import { META_JOB_OPTIONS, META_JOBS } from './meta.jobs';

/** A name for files that arrive without one (photos, voice notes). */
const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'video/mp4': 'mp4', 'audio/ogg': 'ogg', 'audio/mpeg': 'mp3', 'application/pdf': 'pdf' };

/**
 * `meta.fetch-media`: after the webhook answered, download the message's
 * files (a Cloud API media id through Graph, an Instagram CDN link), store
 * them like uploads and push 'message.updated'. Each file's state is kept in
 * the payload, so a retry fetches only what is still missing.
 */
@Injectable()
export class MetaMediaJob implements OnModuleInit {
  private readonly logger = new Logger('Meta');

  constructor(
    private readonly db: DataSource,
    private readonly inboxes: MetaInboxes,
    private readonly cloud: WhatsAppCloudConnector,
    private readonly instagram: InstagramConnector,
    private readonly attachments: AttachmentsService,
    private readonly presenter: ConversationPresenter,
    private readonly realtime: RealtimeService,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ messageId: number }>(META_JOBS.fetchMedia, ({ messageId }, meta) => this.run(messageId, meta.attempt >= META_JOB_OPTIONS.fetchMedia.attempts));
  }

  async run(messageId: number, lastAttempt: boolean): Promise<void> {
    const message = await this.db.getRepository(Message).findOneBy({ id: messageId });
    const files = filesOf(message?.payload ?? null);
    if (!message || !files.some((f) => f.status === 'pending')) return;
    const meta = await this.inboxes.find(message.inboxId);
    if (!meta) return;
    const conversation = await this.db.getRepository(Conversation).findOneByOrFail({ id: message.conversationId });
    try {
      for (const [index, file] of files.entries()) {
        if (file.status !== 'pending') continue;
        files[index] = await this.fetchOne(meta, file, message, conversation.contactId);
        await this.savePayload(message, files);
      }
    } catch (error) {
      if (!lastAttempt) throw error;
      for (const [index, file] of files.entries()) if (file.status === 'pending') files[index] = { ...file, status: 'failed', error: reasonOf(error) };
      await this.savePayload(message, files);
    }
    this.realtime.toAgents('message.updated', { message: await this.presenter.message(message) });
  }

  private async fetchOne(meta: MetaInbox, file: PendingFile, message: Message, contactId: number): Promise<PendingFile> {
    let download: DownloadedMedia;
    try {
      download =
        meta.inbox.type === 'whatsapp-cloud'
          ? await this.cloud.downloadMedia(file.providerRef, meta.context, this.config.uploadMaxBytes)
          : await this.instagram.downloadMedia(file.providerRef, this.config.uploadMaxBytes);
    } catch (error) {
      const final = error instanceof ProviderError && (error.code === 'permanent' || error.code === 'auth');
      if (!final) throw error;
      this.logger.warn(`Message ${message.id}: file not fetched: ${reasonOf(error)}`);
      return { ...file, status: 'failed', error: reasonOf(error) };
    }
    if (download.data.length === 0) return { ...file, status: 'failed', error: 'The provider sent an empty file' };
    const mimeType = (file.mimeType ?? download.mimeType ?? 'application/octet-stream').split(';')[0].trim();
    const stored = await this.attachments.store(message.inboxId, `contact:${contactId}`, {
      originalname: file.fileName ?? `${file.kind}.${EXTENSIONS[mimeType] ?? 'bin'}`,
      mimetype: mimeType,
      size: download.data.length,
      buffer: download.data,
    });
    await this.db.getRepository(Attachment).update({ id: stored.id }, { messageId: message.id });
    return { ...file, status: 'stored', attachmentId: stored.id };
  }

  private async savePayload(message: Message, files: PendingFile[]): Promise<void> {
    message.payload = { ...(message.payload ?? {}), files };
    await this.db.getRepository(Message).save({ id: message.id, payload: message.payload });
  }
}

function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}
