import { Injectable, Logger } from '@nestjs/common';
import { ProviderError, type InboundAttachment } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { DomainEventBus } from '../common/domain-events';
import { Attachment } from '../conversations/attachment.entity';
import { AttachmentsService, type ReceivedFile } from '../conversations/attachments.service';
import { Conversation } from '../conversations/conversation.entity';
import { Message } from '../conversations/message.entity';

/**
 * A file that arrived with a message, kept in the message's payload (`files`)
 * until a media job has it in our storage: the row, not the job, says what
 * is still to fetch, so a lost job can be rebuilt.
 */
export interface PendingFileRef extends InboundAttachment {
  status: 'pending' | 'stored' | 'failed';
  attachmentId?: number;
  error?: string;
}

/** The files of a message's payload, or [] when it has none (or the payload is not ours). */
export function filesOf(payload: Record<string, unknown> | null): PendingFileRef[] {
  const files = payload?.files;
  return Array.isArray(files) ? (files as PendingFileRef[]) : [];
}

/** Downloads one file from the channel's provider (the bytes, and the name and type to keep them under); null from `open` when the inbox is gone. */
export type FileDownload = (file: PendingFileRef) => Promise<ReceivedFile>;

/**
 * The part of every channel's media job that is not the provider: fetch the
 * message's pending files one by one, store each like an upload linked to
 * the message, keep its state in the payload as it goes (a retry fetches
 * only what is missing), and push 'message.updated'. A provider's permanent
 * refusal fails that file; temporary trouble is thrown for the queue to
 * retry, and on the last attempt the files still pending are marked failed
 * instead of staying "pending" forever.
 */
@Injectable()
export class InboundMedia {
  private readonly logger = new Logger('Media');

  constructor(
    private readonly db: DataSource,
    private readonly attachments: AttachmentsService,
    private readonly domainEvents: DomainEventBus,
  ) {}

  async fetchPending(messageId: number, lastAttempt: boolean, open: (message: Message) => Promise<FileDownload | null>): Promise<void> {
    const message = await this.db.getRepository(Message).findOneBy({ id: messageId });
    const files = filesOf(message?.payload ?? null);
    if (!message || !files.some((f) => f.status === 'pending')) return;
    const download = await open(message);
    if (!download) return;
    const conversation = await this.db.getRepository(Conversation).findOneByOrFail({ id: message.conversationId });
    try {
      for (const [index, file] of files.entries()) {
        if (file.status !== 'pending') continue;
        files[index] = await this.fetchOne(download, file, message, conversation.contactId);
        await this.savePayload(message, files);
      }
    } catch (error) {
      if (!lastAttempt) throw error;
      for (const [index, file] of files.entries()) if (file.status === 'pending') files[index] = { ...file, status: 'failed', error: reasonOf(error) };
      await this.savePayload(message, files);
    }
    await this.domainEvents.emit('message.updated', { messageId: message.id });
  }

  /** One file: stored and linked, or marked failed when retrying cannot help (too large, refused, empty). */
  private async fetchOne(download: FileDownload, file: PendingFileRef, message: Message, contactId: number): Promise<PendingFileRef> {
    let fetched: ReceivedFile;
    try {
      fetched = await download(file);
    } catch (error) {
      const final = error instanceof ProviderError && (error.code === 'permanent' || error.code === 'auth');
      if (!final) throw error;
      this.logger.warn(`Message ${message.id}: file not fetched: ${reasonOf(error)}`);
      return { ...file, status: 'failed', error: reasonOf(error) };
    }
    if (fetched.bytes.length === 0) return { ...file, status: 'failed', error: 'The provider sent an empty file' };
    const stored = await this.attachments.storeReceived(message.inboxId, `contact:${contactId}`, fetched);
    await this.db.getRepository(Attachment).update({ id: stored.id }, { messageId: message.id });
    return { ...file, status: 'stored', attachmentId: stored.id };
  }

  private async savePayload(message: Message, files: PendingFileRef[]): Promise<void> {
    message.payload = { ...(message.payload ?? {}), files };
    // save() of the partial row, not update(): it serializes the simple-json column like every other write.
    await this.db.getRepository(Message).save({ id: message.id, payload: message.payload });
  }
}

function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}
