import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type StorageConfig } from '../config/app-config';
import { DiskFileStore } from './disk-file-store';
import type { ByteSpan, DownloadHeaders, FileStore } from './file-store';
import { S3FileStore } from './s3-file-store';

/** What newKey makes (and older keys were): anything else never reaches a store, so no key can climb out of its folder. */
export const STORAGE_KEY = /^[A-Za-z0-9_-]{16,64}$/;

export function fileStoreFor(config: StorageConfig): FileStore {
  return config.driver === 's3' ? new S3FileStore(config) : new DiskFileStore(config.dir);
}

/**
 * Where uploaded and downloaded files live: local disk under DATA_DIR, or
 * an S3-compatible bucket (STORAGE_URL). The rest of the code asks this
 * class and never learns which; the store is checked at start, so a wrong
 * bucket or key stops the start instead of the first upload.
 */
@Injectable()
export class FileStorage implements OnModuleInit, OnApplicationShutdown {
  private readonly store: FileStore;
  /**
   * Where signed download URLs lead (S3_PRESIGNED_DOWNLOADS), known once
   * started; null when files come from the server. The pages' CSP allows
   * it for images and media: a browser checks a redirect's target too.
   */
  downloadOrigin: string | null = null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.store = fileStoreFor(config.storage);
  }

  async onModuleInit(): Promise<void> {
    await this.store.check();
    // Read off a real signed URL: the store's client knows best how it addresses the bucket (path or host style, region).
    const sample = await this.store.signedDownloadUrl(this.newKey(), { contentType: 'application/octet-stream', contentDisposition: 'attachment', cacheControl: 'no-store' });
    this.downloadOrigin = sample ? new URL(sample).origin : null;
  }

  onApplicationShutdown(): void {
    this.store.close();
  }

  /** A fresh random key: also the unguessable part of the file's URL. */
  newKey(): string {
    return randomBytes(24).toString('base64url');
  }

  /** Stores the bytes as they come (a stream is never held whole in memory). */
  async put(key: string, body: Readable | Buffer): Promise<void> {
    return this.store.write(checked(key), body);
  }

  /** The file, or a span of it, as a stream; StoredFileMissing (file-store.ts) when there is none. */
  async read(key: string, span?: ByteSpan): Promise<Readable> {
    return this.store.read(checked(key), span);
  }

  /** The whole file in memory, for a provider's API that takes bytes. */
  async readAll(key: string): Promise<Buffer> {
    return buffer(await this.read(key));
  }

  async remove(key: string): Promise<void> {
    return this.store.remove(checked(key));
  }

  /** A short-lived URL the store serves the file at itself, when so configured (S3_PRESIGNED_DOWNLOADS); otherwise null. */
  async signedDownloadUrl(key: string, headers: DownloadHeaders): Promise<string | null> {
    return this.store.signedDownloadUrl(checked(key), headers);
  }
}

function checked(key: string): string {
  if (!STORAGE_KEY.test(key)) throw new Error('invalid storage key');
  return key;
}
