import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppConfig } from '../config/app-config';
import { DiskFileStore } from './disk-file-store';
import { FileStorage } from './file-storage';
import { StoredFileMissing } from './file-store';
import { HEAD_BYTES, StreamedUploads, type StreamedFile } from './streamed-uploads';

describe('uploads streamed into storage, on local disk', () => {
  let dir: string;
  let storage: FileStorage;
  let engine: StreamedUploads;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'inbox-files-'));
    storage = new FileStorage({ storage: { driver: 'disk', dir } } as AppConfig);
    engine = new StreamedUploads(storage);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const handle = (stream: Readable) =>
    new Promise<StreamedFile>((resolve, reject) => {
      const puts: unknown[] = [];
      const put = storage.put.bind(storage);
      storage.put = (key, body) => (puts.push(body), put(key, body));
      engine._handleFile({} as never, { stream } as Express.Multer.File, (error, info) => {
        // The store was handed a stream, never the whole file.
        expect(puts.every((body) => !Buffer.isBuffer(body))).toBe(true);
        if (error) reject(error);
        else resolve(info as StreamedFile);
      });
    });

  it('stores the bytes as they come, with their count and the first bytes for the type', async () => {
    const chunks = Array.from({ length: 50 }, (_, i) => Buffer.alloc(1000, i));
    const info = await handle(Readable.from(chunks));
    expect(info.size).toBe(50_000);
    expect(info.head.equals(Buffer.concat(chunks).subarray(0, HEAD_BYTES))).toBe(true);
    expect((await buffer(await storage.read(info.storageKey))).equals(Buffer.concat(chunks))).toBe(true);
    expect((await buffer(await storage.read(info.storageKey, { start: 1999, end: 2000 }))).equals(Buffer.from([1, 2]))).toBe(true);

    await new Promise<void>((resolve, reject) => engine._removeFile({} as never, info as never, (error) => (error ? reject(error) : resolve())));
    await expect(storage.read(info.storageKey)).rejects.toBeInstanceOf(StoredFileMissing);
  });

  it('leaves nothing behind, not even a half-written file, when the upload breaks off', async () => {
    const broken = new Readable({ read() {} });
    broken.push(Buffer.alloc(5000, 1));
    setTimeout(() => broken.destroy(new Error('client went away')), 20);
    await expect(handle(broken)).rejects.toThrow('client went away');
    const left = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(left).toEqual([]);
  });

  it('lists the stored files for a copy, not the half-written ones a crash left', async () => {
    const store = new DiskFileStore(dir);
    const key = storage.newKey();
    await store.write(key, Buffer.from('kept'));
    writeFileSync(join(dir, key.slice(0, 2), `.${storage.newKey()}.tmp`), 'half');
    const listed = [];
    for await (const file of store.list()) listed.push(file);
    expect(listed).toEqual([{ key, size: 4 }]);
    expect(await store.sizeOf(key)).toBe(4);
    expect(await store.sizeOf(storage.newKey())).toBeNull();
  });

  it('refuses a key that is not one it made, before it reaches the disk', async () => {
    await expect(storage.put('../../etc/passwd', Buffer.from('x'))).rejects.toThrow('invalid storage key');
    await expect(storage.read('../secrets-of-anyone')).rejects.toThrow('invalid storage key');
  });
});
