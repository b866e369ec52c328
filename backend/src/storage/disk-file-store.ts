import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StoredFileMissing, type ByteSpan, type FileStore } from './file-store';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Files in a folder on local disk (DATA_DIR/files), spread over subfolders by the key's first two characters. */
export class DiskFileStore implements FileStore {
  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    return join(this.root, key.slice(0, 2), key);
  }

  async write(key: string, body: Readable | Buffer): Promise<void> {
    const dir = join(this.root, key.slice(0, 2));
    await mkdir(dir, { recursive: true });
    // Write then rename: a reader never sees half a file.
    const tmp = join(dir, `.${key}.tmp`);
    try {
      await pipeline(Buffer.isBuffer(body) ? [body] : body, createWriteStream(tmp));
      await rename(tmp, this.pathOf(key));
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  async read(key: string, span?: ByteSpan): Promise<Readable> {
    // Opened before it is returned, so a missing file is known before any header is sent.
    const handle = await open(this.pathOf(key), 'r').catch((error: unknown) => {
      throw isMissing(error) ? new StoredFileMissing(key) : error;
    });
    return handle.createReadStream(span ?? {});
  }

  async sizeOf(key: string): Promise<number | null> {
    try {
      return (await stat(this.pathOf(key))).size;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async signedDownloadUrl(): Promise<null> {
    return null;
  }

  async check(): Promise<void> {
    // Created on the first write; nothing can be wrong before then that a write would not say.
  }

  close(): void {}

  /** Every stored file (half-written ones left by a crash excepted), for copying them elsewhere. */
  async *list(): AsyncGenerator<{ key: string; size: number }> {
    const dirs = await readdir(this.root, { withFileTypes: true }).catch((error: unknown) => {
      if (isMissing(error)) return [];
      throw error;
    });
    for (const dir of dirs.filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
      const entries = await readdir(join(this.root, dir.name), { withFileTypes: true });
      for (const entry of entries.filter((e) => e.isFile() && !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name))) {
        const path = join(this.root, dir.name, entry.name);
        yield { key: entry.name, size: (await stat(path)).size };
      }
    }
  }
}
