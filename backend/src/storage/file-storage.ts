import { mkdir, readFile, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * Where uploaded and downloaded files live. Local disk under DATA_DIR for
 * now; an S3-compatible store can implement the same three methods.
 */
@Injectable()
export class FileStorage {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = join(config.dataDir, 'files');
  }

  /** A fresh random key: also the unguessable part of the file's URL. */
  newKey(): string {
    return randomBytes(24).toString('base64url');
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const dir = join(this.root, key.slice(0, 2));
    await mkdir(dir, { recursive: true });
    // Write then rename: a reader never sees half a file.
    const tmp = join(dir, `.${key}.tmp`);
    await writeFile(tmp, bytes);
    await rename(tmp, join(dir, key));
  }

  read(key: string): Promise<Buffer> {
    if (!/^[A-Za-z0-9_-]{16,64}$/.test(key)) throw new Error('invalid storage key');
    return readFile(join(this.root, key.slice(0, 2), key));
  }
}
