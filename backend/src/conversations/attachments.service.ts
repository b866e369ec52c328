import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { MessageKind } from '@inbox/connectors';
import { DataSource, In } from 'typeorm';
import { FileStorage } from '../storage/file-storage';
import { Attachment } from './attachment.entity';
import { storedMediaType } from './media-type.policy';

export interface UploadedFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
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

  /** The file's bytes in storage under a new key, with a safe name and a type that is not trusted from the client. */
  async keep(file: UploadedFile | undefined): Promise<StoredFile> {
    if (!file) throw new BadRequestException('file: send the file as multipart/form-data field "file"');
    if (file.size === 0) throw new BadRequestException('file: the file is empty');
    const key = this.storage.newKey();
    await this.storage.put(key, file.buffer);
    return {
      storageKey: key,
      fileName: safeFileName(file.originalname),
      mimeType: storedMediaType(file.buffer, file.mimetype),
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

  async open(storageKey: string): Promise<{ attachment: Attachment; bytes: Buffer }> {
    const attachment = await this.db.getRepository(Attachment).findOneBy({ storageKey });
    if (!attachment) throw new NotFoundException('No such file');
    return { attachment, bytes: await this.storage.read(storageKey) };
  }
}
