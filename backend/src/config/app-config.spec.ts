import { describe, expect, it } from 'vitest';
import { loadConfig } from './app-config';

describe('DEFAULT_PHONE_COUNTRY', () => {
  const base = { APP_SECRET: 'x'.repeat(32), DATA_DIR: '/nonexistent' };

  it('is none unless set, and an ISO 3166 alpha-2 code when set', () => {
    expect(loadConfig(base).defaultPhoneCountry).toBeNull();
    expect(loadConfig({ ...base, DEFAULT_PHONE_COUNTRY: '' }).defaultPhoneCountry).toBeNull();
    expect(loadConfig({ ...base, DEFAULT_PHONE_COUNTRY: 'UA' }).defaultPhoneCountry).toBe('UA');
    for (const wrong of ['ua', 'UK', 'UKR', 'XX']) {
      expect(() => loadConfig({ ...base, DEFAULT_PHONE_COUNTRY: wrong }), wrong).toThrow(/DEFAULT_PHONE_COUNTRY must be an ISO 3166 alpha-2 country code such as DE or US/);
    }
  });
});

describe('STORAGE_URL and the S3 settings', () => {
  const base = { APP_SECRET: 'x'.repeat(32), DATA_DIR: '/srv/inbox' };
  const keys = { S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret' };

  it('keeps files in DATA_DIR/files unless a bucket is named', () => {
    expect(loadConfig(base).storage).toEqual({ driver: 'disk', dir: '/srv/inbox/files' });
  });

  it('reads the bucket and prefix from the URL; path style by default only for a store of our own', () => {
    expect(loadConfig({ ...base, ...keys, STORAGE_URL: 's3://inbox-files/prod/files/', S3_ENDPOINT: 'http://minio:9000/' }).storage).toEqual({
      driver: 's3',
      bucket: 'inbox-files',
      prefix: 'prod/files/',
      endpoint: 'http://minio:9000',
      region: 'us-east-1',
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      forcePathStyle: true,
      presignedDownloads: false,
    });
    const aws = loadConfig({ ...base, STORAGE_URL: 's3://inbox-files', S3_REGION: 'eu-central-1', S3_PRESIGNED_DOWNLOADS: 'true' }).storage;
    expect(aws).toMatchObject({ prefix: '', endpoint: null, region: 'eu-central-1', credentials: null, forcePathStyle: false, presignedDownloads: true });
  });

  it('refuses what would not work, naming the setting', () => {
    const refused: Array<[Record<string, string>, RegExp]> = [
      [{ STORAGE_URL: 'minio://files' }, /STORAGE_URL must be s3:\/\/bucket or s3:\/\/bucket\/prefix .*got "minio:\/\/files"/],
      [{ STORAGE_URL: 's3://' }, /STORAGE_URL must be s3:\/\/bucket/],
      [{ STORAGE_URL: 's3://Inbox_Files' }, /STORAGE_URL must be s3:\/\/bucket/],
      [{ STORAGE_URL: 's3://files', S3_ENDPOINT: 'minio:9000' }, /S3_ENDPOINT must be an http\(s\) URL/],
      [{ STORAGE_URL: 's3://files', S3_REGION: 'EU Central' }, /S3_REGION must be a region name/],
      [{ STORAGE_URL: 's3://files', S3_ACCESS_KEY_ID: 'key' }, /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/],
      [{ STORAGE_URL: 's3://files', S3_FORCE_PATH_STYLE: 'sometimes' }, /S3_FORCE_PATH_STYLE must be true or false/],
      [{ S3_ENDPOINT: 'http://minio:9000', S3_PRESIGNED_DOWNLOADS: 'true' }, /S3_ENDPOINT, S3_PRESIGNED_DOWNLOADS are set but STORAGE_URL is not/],
    ];
    for (const [env, message] of refused) expect(() => loadConfig({ ...base, ...env }), JSON.stringify(env)).toThrow(message);
  });
});
