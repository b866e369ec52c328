import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Readable } from 'node:stream';
import type { StorageConfig } from '../config/app-config';
import { StoredFileMissing, type ByteSpan, type DownloadHeaders, type FileStore } from './file-store';

export type S3StorageConfig = Extract<StorageConfig, { driver: 's3' }>;

/** How long a signed download URL works: long enough to start a download or a player, short enough to be useless when forwarded later. */
const SIGNED_URL_SECONDS = 300;

/**
 * S3 needs each request's length up front, and a form's file comes without
 * one: a stream is cut into parts of PART_BYTES (S3's smallest), sent one
 * at a time, so an upload holds at most one part in memory whatever the
 * file's size (a file smaller than a part goes in one request).
 */
const PART_BYTES = 5 * 1024 * 1024;
const PARTS_IN_FLIGHT = 1;

const isNotFound = (error: unknown) =>
  error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404);

/** Files in a bucket of an S3-compatible store (AWS S3, MinIO, Ceph, R2), under a key prefix. */
export class S3FileStore implements FileStore {
  private readonly client: S3Client;

  constructor(private readonly config: S3StorageConfig) {
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint ?? undefined,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials ?? undefined,
      // Checksums only where S3 requires them: several compatible stores refuse the newer streaming checksum trailers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private objectKey(key: string): string {
    return this.config.prefix + key;
  }

  async write(key: string, body: Readable | Buffer): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.config.bucket, Key: this.objectKey(key), Body: body },
      partSize: PART_BYTES,
      queueSize: PARTS_IN_FLIGHT,
    });
    await upload.done();
  }

  async read(key: string, span?: ByteSpan): Promise<Readable> {
    try {
      const answer = await this.client.send(
        new GetObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key), Range: span ? `bytes=${span.start}-${span.end}` : undefined }),
      );
      return answer.Body as Readable;
    } catch (error) {
      if (isNotFound(error)) throw new StoredFileMissing(key);
      throw error;
    }
  }

  async sizeOf(key: string): Promise<number | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
      return head.ContentLength ?? null;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
  }

  async signedDownloadUrl(key: string, headers: DownloadHeaders): Promise<string | null> {
    if (!this.config.presignedDownloads) return null;
    const command = new GetObjectCommand({
      Bucket: this.config.bucket,
      Key: this.objectKey(key),
      ResponseContentType: headers.contentType,
      ResponseContentDisposition: headers.contentDisposition,
      ResponseCacheControl: headers.cacheControl,
    });
    return getSignedUrl(this.client, command, { expiresIn: SIGNED_URL_SECONDS });
  }

  async check(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.config.bucket }));
    } catch (error) {
      const where = `bucket "${this.config.bucket}" at ${this.config.endpoint ?? `AWS S3 (${this.config.region})`}`;
      const status = error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
      const hint =
        status === 404 ? 'no such bucket (create it, or fix STORAGE_URL)'
        : status === 403 || status === 401 ? 'access denied (check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY)'
        : status === 301 || status === 400 ? 'the store refused the request (check S3_REGION and S3_FORCE_PATH_STYLE)'
        : status ? `the store answered ${status}: ${(error as Error).message || (error as Error).name}`
        : `unreachable (check S3_ENDPOINT): ${error instanceof Error ? error.message || error.name : String(error)}`;
      throw new Error(`File storage: ${where}: ${hint}`, { cause: error });
    }
  }

  close(): void {
    this.client.destroy();
  }
}
