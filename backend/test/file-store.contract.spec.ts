import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/app-config';
import { DiskFileStore } from '../src/storage/disk-file-store';
import { StoredFileMissing, type FileStore } from '../src/storage/file-store';
import { S3FileStore, type S3StorageConfig } from '../src/storage/s3-file-store';
import { startS3Server, type S3TestServer } from './support/s3-server';

const DOWNLOAD = { contentType: 'text/plain', contentDisposition: 'attachment; filename="a.txt"', cacheControl: 'private, max-age=60' };

/** Each driver, made fresh for the suite, and how to take it down. */
const drivers: Array<[name: string, open: () => Promise<{ store: FileStore; close(): Promise<void> }>]> = [
  [
    'local disk',
    async () => {
      const root = mkdtempSync(join(tmpdir(), 'inbox-files-'));
      return { store: new DiskFileStore(root), close: async () => rmSync(root, { recursive: true, force: true }) };
    },
  ],
  [
    'an S3-compatible bucket (s3rver)',
    async () => {
      const s3: S3TestServer = await startS3Server();
      const bucket = await s3.newBucket();
      const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'inbox-s3-data-')), APP_SECRET: 'x'.repeat(32), ...s3.env(bucket, 'contract/') }).storage as S3StorageConfig;
      const store = new S3FileStore(config);
      return {
        store,
        close: async () => {
          store.close();
          await s3.close();
        },
      };
    },
  ],
];

/**
 * The one contract of a place for files (storage/file-store.ts), run against
 * every driver: what FileStorage, the downloads with Range and the storage
 * migration rely on holds on local disk and in a bucket alike.
 */
describe.each(drivers)('FileStore on %s', (_name, open) => {
  let store: FileStore;
  let close: () => Promise<void>;
  const key = () => randomBytes(16).toString('hex');

  beforeAll(async () => {
    ({ store, close } = await open());
    await store.check();
  });
  afterAll(() => close());

  it('keeps bytes written from a buffer and from a stream, whole and by span, with their size', async () => {
    const fromBuffer = key();
    await store.write(fromBuffer, Buffer.from('hello, world'));
    expect(await text(await store.read(fromBuffer))).toBe('hello, world');
    expect(await store.sizeOf(fromBuffer)).toBe(12);
    expect(await text(await store.read(fromBuffer, { start: 7, end: 11 }))).toBe('world');
    // One byte (s3rver, unlike S3, reads `bytes=0-0` as the whole file, so not the first).
    expect(await text(await store.read(fromBuffer, { start: 4, end: 4 }))).toBe('o');

    const fromStream = key();
    const parts = Array.from({ length: 64 }, (_, i) => Buffer.alloc(16 * 1024, i));
    await store.write(fromStream, Readable.from(parts));
    expect(await store.sizeOf(fromStream)).toBe(64 * 16 * 1024);
    const chunks: Buffer[] = [];
    for await (const chunk of await store.read(fromStream)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(Buffer.concat(parts))).toBe(true);
  });

  it('says a file that is not there is missing, and removing it twice is no error', async () => {
    const gone = key();
    await expect(store.read(gone)).rejects.toBeInstanceOf(StoredFileMissing);
    expect(await store.sizeOf(gone)).toBeNull();
    await store.write(gone, Buffer.from('brief'));
    await store.remove(gone);
    await store.remove(gone);
    expect(await store.sizeOf(gone)).toBeNull();
    await expect(store.read(gone)).rejects.toBeInstanceOf(StoredFileMissing);
  });

  it('leaves nothing under the key when the bytes stop coming halfway', async () => {
    const broken = key();
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(64 * 1024, 1));
        this.destroy(new Error('the upload was cut off'));
      },
    });
    await expect(store.write(broken, failing)).rejects.toThrow();
    expect(await store.sizeOf(broken)).toBeNull();
  });

  it('serves downloads through the server unless presigned URLs are on', async () => {
    expect(await store.signedDownloadUrl(key(), DOWNLOAD)).toBeNull();
  });
});
