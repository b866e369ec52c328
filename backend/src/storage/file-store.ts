import type { Readable } from 'node:stream';

/** Bytes `start` to `end` of a file, both included. */
export type ByteSpan = { start: number; end: number };

/** The header overrides a signed download URL makes the store answer with. */
export interface DownloadHeaders {
  contentType: string;
  contentDisposition: string;
  cacheControl: string;
}

/**
 * What a place for files does: local disk (disk-file-store.ts) or an
 * S3-compatible bucket (s3-file-store.ts). Keys are checked by FileStorage
 * before they get here. A file is written once and never changed.
 */
export interface FileStore {
  /**
   * Stores the bytes under the key as they stream in; resolves once all of
   * them are stored. A failed write leaves nothing readable under the key.
   */
  write(key: string, body: Readable | Buffer): Promise<void>;
  /** The file's bytes (or a span of them) as a stream; StoredFileMissing when there is no such file. */
  read(key: string, span?: ByteSpan): Promise<Readable>;
  /** The file's size in bytes, or null when there is no such file. */
  sizeOf(key: string): Promise<number | null>;
  /** Deletes the file; nothing happens when it is not there. */
  remove(key: string): Promise<void>;
  /**
   * A URL that serves the file directly, for a limited time, to whoever
   * holds it; null when downloads go through the server.
   */
  signedDownloadUrl(key: string, headers: DownloadHeaders): Promise<string | null>;
  /** Throws with a message naming the setting to fix when the store cannot be used (checked at start). */
  check(): Promise<void>;
  /** Lets go of connections at shutdown. */
  close(): void;
}

export class StoredFileMissing extends Error {
  constructor(key: string) {
    super(`No stored file under key ${key}`);
    this.name = 'StoredFileMissing';
  }
}
