import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { MessageKind } from '@inbox/connectors';
import { DataSource, In } from 'typeorm';
import { FileStorage } from '../storage/file-storage';
import { Attachment } from './attachment.entity';

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

/** Raster images we are willing to show inline, by the bytes at each offset; everything else downloads. */
const INLINE_IMAGE_SIGNATURES: Array<[string, Array<[offset: number, magic: number[]]>]> = [
  ['image/png', [[0, [0x89, 0x50, 0x4e, 0x47]]]],
  ['image/jpeg', [[0, [0xff, 0xd8, 0xff]]]],
  ['image/gif', [[0, [0x47, 0x49, 0x46, 0x38]]]],
  // "RIFF" also opens WAV and AVI: only the form type "WEBP" at byte 8 makes it an image.
  ['image/webp', [[0, [0x52, 0x49, 0x46, 0x46]], [8, [0x57, 0x45, 0x42, 0x50]]]],
];

/** The image type the bytes really are, or null: the client's claim is not trusted. */
export function sniffInlineImage(bytes: Buffer): string | null {
  for (const [mime, parts] of INLINE_IMAGE_SIGNATURES) {
    if (parts.every(([offset, magic]) => magic.every((b, i) => bytes[offset + i] === b))) return mime;
  }
  return null;
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
    const image = sniffInlineImage(file.buffer);
    return {
      storageKey: key,
      fileName: safeFileName(file.originalname),
      // Only a sniffed raster image keeps an image type; the rest is opaque bytes.
      mimeType: image ?? (file.mimetype.startsWith('image/') ? 'application/octet-stream' : file.mimetype.slice(0, 127) || 'application/octet-stream'),
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
