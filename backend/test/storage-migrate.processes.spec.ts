import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/app-config';
import { DiskFileStore } from '../src/storage/disk-file-store';
import { S3FileStore } from '../src/storage/s3-file-store';
import { copyFiles } from '../src/storage/storage-migration';
import { assertBackendBuilt } from './support/backend-process';
import { startS3Server, type S3TestServer } from './support/s3-server';
import { freePort } from './support/test-app';

const DIST = resolve(__dirname, '../dist');

/** Runs a built entry point to its end: exit code and what it printed. */
function run(script: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(DIST, script)], { env: { PATH: process.env.PATH ?? '', APP_SECRET: 'x'.repeat(32), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', fail);
    child.on('exit', (code) => {
      clearTimeout(killer);
      done({ code, stdout, stderr });
    });
  });
}

describe('npm run storage:migrate', () => {
  let s3: S3TestServer;
  let dataDir: string;
  const files = {
    small: randomBytes(24).toString('base64url'),
    large: randomBytes(24).toString('base64url'),
    done: randomBytes(24).toString('base64url'),
    half: randomBytes(24).toString('base64url'),
  };
  const bytes = {
    small: Buffer.from('a small text file\n'),
    large: randomBytes(7 * 1024 * 1024),
    done: randomBytes(1000),
    half: randomBytes(3000),
  };

  beforeAll(async () => {
    assertBackendBuilt();
    s3 = await startS3Server();
    dataDir = mkdtempSync(join(tmpdir(), 'inbox-migrate-'));
    const disk = new DiskFileStore(join(dataDir, 'files'));
    for (const name of Object.keys(files) as Array<keyof typeof files>) await disk.write(files[name], bytes[name]);
  });
  afterAll(async () => {
    await s3?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('copies every local file, skips what an earlier run copied, redoes a half-copied one, and leaves the local files in place', async () => {
    const bucket = await s3.newBucket();
    // An earlier run copied one file and was stopped in the middle of another.
    await s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: `files/${files.done}`, Body: bytes.done }));
    await s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: `files/${files.half}`, Body: bytes.half.subarray(0, 100) }));

    const first = await run('storage-migrate.js', { DATA_DIR: dataDir, ...s3.env(bucket, 'files') });
    expect(first.stderr).not.toContain('Not copied');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Copying the files of ${join(dataDir, 'files')} to s3://${bucket}/files/ (local files are left in place)`);
    expect(first.stdout).toContain('4/4 files: 3 copied (7.0 MB), 1 already there, 0 failed');
    expect(first.stdout).toMatch(/Done: 4 files, 3 copied \(7\.0 MB\), 1 already there, 0 failed\. Nothing was deleted from .*files: remove it yourself/);
    for (const name of Object.keys(files) as Array<keyof typeof files>) {
      expect((await s3.object(bucket, `files/${files[name]}`)).equals(bytes[name]), name).toBe(true);
      expect(existsSync(join(dataDir, 'files', files[name].slice(0, 2), files[name])), name).toBe(true);
    }

    const again = await run('storage-migrate.js', { DATA_DIR: dataDir, ...s3.env(bucket, 'files') });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Done: 4 files, 0 copied (0.0 MB), 4 already there, 0 failed.');
  });

  it('removes and counts as failed a copy whose bytes do not read back the same', async () => {
    const bucket = await s3.newBucket();
    const config = loadConfig({ DATA_DIR: dataDir, APP_SECRET: 'x'.repeat(32), ...s3.env(bucket) }).storage;
    if (config.driver !== 's3') throw new Error('expected the S3 settings');
    /** A store whose reads come back changed (a bad proxy or disk on the way), for one key. */
    class ChangingStore extends S3FileStore {
      override async read(key: string) {
        return key === files.small ? Readable.from([Buffer.from('a small text filE\n')]) : super.read(key);
      }
    }
    const target = new ChangingStore(config);
    try {
      const { counts, failures } = await copyFiles(new DiskFileStore(join(dataDir, 'files')), target, () => {});
      expect(counts).toMatchObject({ total: 4, copied: 3, skipped: 0, failed: 1 });
      expect(failures).toEqual([{ key: files.small, reason: expect.stringMatching(/^the copy does not match: 18 bytes, sha256 [0-9a-f]{64} on disk; 18 bytes, sha256 [0-9a-f]{64} in the bucket$/) }]);
      expect(await s3.keys(bucket)).not.toContain(files.small);
    } finally {
      target.close();
    }
  });

  it('says what to set when there is no bucket to copy to', async () => {
    const res = await run('storage-migrate.js', { DATA_DIR: dataDir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^STORAGE_URL is not set: set STORAGE_URL=s3:\/\/bucket/);
  });
});

describe('a storage setting that cannot work stops the server at start', () => {
  let s3: S3TestServer;
  let dataDir: string;

  beforeAll(async () => {
    assertBackendBuilt();
    s3 = await startS3Server();
    dataDir = mkdtempSync(join(tmpdir(), 'inbox-bad-storage-'));
  });
  afterAll(async () => {
    await s3?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('names the setting, whether it is malformed, names a bucket that is not there, or a store nobody answers at', async () => {
    const malformed = await run('main.js', { DATA_DIR: dataDir, PORT: '0', STORAGE_URL: 'minio://files', S3_FORCE_PATH_STYLE: 'maybe' });
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('STORAGE_URL must be s3://bucket or s3://bucket/prefix');
    expect(malformed.stderr).toContain('S3_FORCE_PATH_STYLE must be true or false, got "maybe"');

    const missing = await run('main.js', { DATA_DIR: dataDir, PORT: '0', ...s3.env('no-such-bucket') });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`File storage: bucket "no-such-bucket" at ${s3.endpoint}: no such bucket (create it, or fix STORAGE_URL)`);

    const nobody = `http://127.0.0.1:${await freePort()}`;
    const unreachable = await run('main.js', { DATA_DIR: dataDir, PORT: '0', ...s3.env('files'), S3_ENDPOINT: nobody });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain(`File storage: bucket "files" at ${nobody}: unreachable (check S3_ENDPOINT)`);
  });
});
