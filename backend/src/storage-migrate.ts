import 'reflect-metadata';
import { localFilesDir, loadConfig } from './config/app-config';
import { DiskFileStore } from './storage/disk-file-store';
import { S3FileStore } from './storage/s3-file-store';
import { copyFiles, megabytes, progressLine, type CopyCounts } from './storage/storage-migration';

/**
 * `npm run storage:migrate`: copies the files kept on local disk
 * (DATA_DIR/files) into the bucket STORAGE_URL names, with the same
 * settings the server uses. Run it again after an interruption: what is
 * already there is skipped. It never deletes a local file.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  if (config.storage.driver !== 's3') {
    console.error('STORAGE_URL is not set: set STORAGE_URL=s3://bucket (and the S3_* settings) as the server will have them, then run this again');
    return 2;
  }
  const source = new DiskFileStore(localFilesDir(config.dataDir));
  const target = new S3FileStore(config.storage);
  const bucket = `s3://${config.storage.bucket}/${config.storage.prefix}`;
  try {
    await target.check();
    console.log(`Copying the files of ${source.root} to ${bucket} (local files are left in place)`);
    const onTerminal = process.stdout.isTTY;
    const report = (counts: CopyCounts) => {
      const done = counts.copied + counts.skipped + counts.failed;
      if (onTerminal) process.stdout.write(`\r${progressLine(counts)}`);
      else if (done % 100 === 0 || done === counts.total) console.log(progressLine(counts));
    };
    const { counts, failures } = await copyFiles(source, target, report);
    if (onTerminal && counts.total > 0) process.stdout.write('\n');
    for (const { key, reason } of failures) console.error(`Not copied: ${key}: ${reason}`);
    console.log(
      `Done: ${counts.total} files, ${counts.copied} copied (${megabytes(counts.bytesCopied)}), ${counts.skipped} already there, ${counts.failed} failed. ` +
        `Nothing was deleted from ${source.root}: remove it yourself once the server runs on the bucket.` +
        (counts.failed > 0 ? ' Run this again to retry the failed files.' : ''),
    );
    return counts.failed > 0 ? 1 : 0;
  } finally {
    target.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
