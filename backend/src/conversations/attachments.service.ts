import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { MessageKind } from '@inbox/connectors';
import { DataSource, In } from 'typeorm';
import { FileStorage } from '../storage/file-storage';
import { HEAD_BYTES, type StreamedFile } from '../storage/streamed-uploads';
import { Attachment } from './attachment.entity';
import { storedMediaType } from './media-type.policy';

/** A file of a multipart upload, already in storage (storage/streamed-uploads.ts), with the client's name and claimed type. */
export interface UploadedFile extends StreamedFile {
  originalname: string;
  mimetype: string;
}

/** A file a provider handed over whole (a channel's download, an e-mail's part): its bytes, and the name and type it came with. */
export interface ReceivedFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

/** A file in storage, not (yet) attached to any message. */
export interface StoredFile {
  storageKey: string;
  fileName: string;
  mimeType: string;
  size: number;
}

function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = name.replace(/[\\/\x00-\x1f"<>:|?*]+/g, '_').trim().slice(0, 200);
  return cleaned || 'file';
}

@Injectable()
export class AttachmentsService {
  constructor(
    private readonly db: DataSource,
    private readonly storage: FileStorage,
  ) {}

  async store(inboxId: number, uploadedBy: string, file: UploadedFile | undefined): Promise<Attachment> {
    const kept = await this.keep(file);
    return this.db.getRepository(Attachment).save({ inboxId, uploadedBy, ...kept, messageId: null });
  }

  /** A provider's file in storage under a new key, kept like an upload. */
  async storeReceived(inboxId: number, uploadedBy: string, file: ReceivedFile): Promise<Attachment> {
    const storageKey = this.storage.newKey();
    await this.storage.put(storageKey, file.bytes);
    return this.store(inboxId, uploadedBy, { storageKey, size: file.bytes.length, head: file.bytes.subarray(0, HEAD_BYTES), originalname: file.fileName, mimetype: file.mimeType });
  }

  /** An uploaded file with a safe name and a type that is not trusted from the client; an empty one is removed again. */
  async keep(file: UploadedFile | undefined): Promise<StoredFile> {
    if (!file) throw new BadRequestException('file: send the file as multipart/form-data field "file"');
    if (file.size === 0) {
      await this.storage.remove(file.storageKey);
      throw new BadRequestException('file: the file is empty');
    }
    return {
      storageKey: file.storageKey,
      fileName: safeFileName(file.originalname),
      mimeType: storedMediaType(file.head, file.mimetype),
      size: file.size,
    };
  }

  /**
   * A kept file as a new upload of `uploadedBy` in an inbox (a quick reply's
   * file inserted into a message): a copy under its own key, because a
   * message's file URL must not open anyone else's copy.
   */
  async copy(inboxId: number, uploadedBy: string, file: StoredFile): Promise<Attachment> {
    const key = this.storage.newKey();
    await this.storage.put(key, await this.storage.read(file.storageKey));
    return this.db.getRepository(Attachment).save({ inboxId, uploadedBy, storageKey: key, fileName: file.fileName, mimeType: file.mimeType, size: file.size, messageId: null });
  }

  /** The message kind for a message made only of these attachments. */
  async kindOf(ids: number[]): Promise<MessageKind> {
    if (ids.length === 0) return 'text';
    const rows = await this.db.getRepository(Attachment).findBy({ id: In(ids) });
    return rows.length > 0 && rows.every((a) => a.mimeType.startsWith('image/')) ? 'image' : 'file';
  }

  /** The whole file in memory, for a provider's API that takes bytes. */
  bytesOf(storageKey: string): Promise<Buffer> {
    return this.storage.readAll(storageKey);
  }

  /** The row of a file URL's key; 404 when there is none. */
  async find(storageKey: string): Promise<Attachment> {
    const attachment = await this.db.getRepository(Attachment).findOneBy({ storageKey });
    if (!attachment) throw new NotFoundException('No such file');
    return attachment;
  }
}
