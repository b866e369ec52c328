import { pipeline, Transform } from 'node:stream';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { StorageEngine } from 'multer';
import { catchError, from, mergeMap, throwError, type Observable } from 'rxjs';
import { FileStorage } from './file-storage';

/** Bytes of a file's start kept for reading its type (media-type.policy.ts looks at the first 12). */
export const HEAD_BYTES = 64;

/** What an upload through StreamedUploads adds to multer's file: where it is, how big, and how it starts. */
export interface StreamedFile {
  storageKey: string;
  size: number;
  head: Buffer;
}

/**
 * A multer storage engine that streams each uploaded file straight into
 * FileStorage as it arrives, so no upload is ever held whole in memory.
 * A file past UPLOAD_MAX_BYTES (multer cuts it off), or of a request that
 * failed, is removed again by multer through _removeFile.
 */
export class StreamedUploads implements StorageEngine {
  constructor(private readonly storage: FileStorage) {}

  _handleFile(_req: Request, file: Express.Multer.File, callback: (error?: unknown, info?: Partial<Express.Multer.File> & StreamedFile) => void): void {
    const storageKey = this.storage.newKey();
    let size = 0;
    let head = Buffer.alloc(0);
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, next) {
        size += chunk.length;
        if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
        next(null, chunk);
      },
    });
    // The store reports the failure of either stream; this callback only keeps pipeline from throwing it again.
    const body = pipeline(file.stream, measure, () => {});
    this.storage.put(storageKey, body).then(
      () => callback(null, { storageKey, size, head }),
      (error: unknown) => callback(error),
    );
  }

  _removeFile(_req: Request, file: Express.Multer.File & Partial<StreamedFile>, callback: (error: Error | null) => void): void {
    if (!file.storageKey) return callback(null);
    this.storage.remove(file.storageKey).then(() => callback(null), callback);
  }
}

/**
 * Removes the file of a request its route refused (a visitor token that is
 * not valid, a conversation that is not the operator's): it was stored while
 * the request arrived, before the route could look at it, and no row would
 * ever name it. Runs inside the FileInterceptor (conversations/file-upload.ts).
 */
@Injectable()
export class RemoveRefusedUpload implements NestInterceptor {
  constructor(private readonly storage: FileStorage) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { file?: Partial<StreamedFile> }>();
    return next.handle().pipe(
      catchError((error: unknown) => {
        const key = request.file?.storageKey;
        // The refusal is the answer; a failed removal leaves a file no one can name, not a reason to answer otherwise.
        const removed = key ? this.storage.remove(key).catch(() => undefined) : Promise.resolve();
        return from(removed).pipe(mergeMap(() => throwError(() => error)));
      }),
    );
  }
}
