import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isPhoneCountry } from '@inbox/connectors';

/**
 * `poolSize`: connections each process keeps open to MySQL at most.
 * `timeoutMs`: longest wait for a connection and for a query's answer (database/mysql-time-limits.ts).
 */
export type DatabaseConfig = { type: 'sqlite'; path: string } | { type: 'mysql'; url: string; poolSize: number; timeoutMs: number };

/**
 * Where files live (storage/file-storage.ts): a folder on local disk, or a
 * bucket of any S3-compatible store. `prefix` is '' or ends with '/';
 * `endpoint` null means AWS itself; `credentials` null means the AWS
 * default chain (AWS_* variables, an instance or task role).
 * `presignedDownloads`: downloads are redirected to a short-lived signed
 * URL of the bucket instead of streamed through the server.
 */
export type StorageConfig =
  | { driver: 'disk'; dir: string }
  | {
      driver: 's3';
      bucket: string;
      prefix: string;
      endpoint: string | null;
      region: string;
      credentials: { accessKeyId: string; secretAccessKey: string } | null;
      forcePathStyle: boolean;
      presignedDownloads: boolean;
    };

/** Every setting of the application, read and validated once at start. */
export interface AppConfig {
  port: number;
  /** The address customers' browsers and providers use to reach us. */
  publicUrl: string;
  /**
   * PUBLIC_URL was set explicitly. The default (localhost) is unreachable for
   * providers, so channels with a choice (Telegram) poll instead of asking
   * for a webhook when this is false.
   */
  publicUrlConfigured: boolean;
  dataDir: string;
  database: DatabaseConfig;
  storage: StorageConfig;
  redisUrl: string | null;
  /** Signs access tokens and visitor tokens; derived keys encrypt inbox secrets. */
  appSecret: string;
  accessTokenTtlSeconds: number;
  admin: { email: string; password: string | null };
  uploadMaxBytes: number;
  /** Longest message text accepted from anyone, in characters. */
  messageMaxChars: number;
  /** Create a demo widget inbox and /demo page on an empty database. */
  demo: boolean;
  /** A widget visitor who has not come back for this long starts as a new visitor (their token is refused). */
  visitorTokenLifetimeDays: number;
  /** Serve the API's interactive description at /api/docs (API_DOCS=public|off; off by default with NODE_ENV=production). */
  apiDocs: boolean;
  /** Seconds an operator may be offline or disconnected before their conversations return to the queue. */
  offlineGraceSeconds: number;
  /**
   * A backend process whose heartbeat is older than this is taken for
   * dead: its operators' sockets stop counting and its sends are taken
   * back (processes/process-registry.service.ts; the bound is this plus a quarter).
   */
  processTimeoutSeconds: number;
  /** Key prefix for queues and locks in Redis, so deployments can share one server. */
  redisPrefix: string;
  /** Outbound sends (delivery.send jobs): tries for temporary provider errors, first retry delay (doubles). */
  delivery: { maxAttempts: number; backoffMs: number };
  /** Bot API base URL: https://api.telegram.org, or a local server in tests and benchmarks. */
  telegram: { apiRoot: string };
  /** Twilio's REST API base URL (https://api.twilio.com, or a local stand-in); lifetime of the browser's Voice SDK tokens. */
  twilio: { apiUrl: string; voiceTokenTtlSeconds: number };
  /**
   * Leases on long-lived connections (an inbox's IMAP sync): how long a
   * holder that stopped renewing keeps it, so how soon another process takes over.
   */
  leaseTtlSeconds: number;
  /** Login throttling: wrong passwords in a row that lock an account and for how long; attempts per minute from one address. */
  login: { maxFailures: number; lockoutSeconds: number; perMinutePerAddress: number };
  /** Requests per minute each API token may make (a token bucket with a burst of as many). */
  apiTokens: { perMinute: number };
  /** Behind a reverse proxy: believe its X-Forwarded-For / -Proto (client addresses, https). */
  trustProxy: boolean;
  /** Graph API base URL for WhatsApp Cloud API and Instagram: https://graph.facebook.com, or a local server in tests. */
  meta: { graphApiUrl: string };
  /** Linked WhatsApp numbers (whatsapp-web.js): the Chromium it drives; sessions live under DATA_DIR/whatsapp. */
  whatsappWeb: { enabled: boolean; chromiumPath: string };
  /** ISO 3166 alpha-2 code national phone numbers are read in where an inbox sets no settings.defaultCountry; null: none. */
  defaultPhoneCountry: string | null;
  /**
   * Outgoing webhooks: `allowPrivate` lets them reach private and loopback
   * addresses (on-premise receivers); the wait before a failed delivery's
   * first retry (it doubles, docs/integrations.md).
   */
  webhooks: { allowPrivate: boolean; firstRetryDelayMs: number };
  /**
   * Web Push: the VAPID pair from the environment (both or neither; else
   * generated into DATA_DIR), the contact address push services see, the
   * time limit of one send, and an http origin accepted as a push endpoint
   * besides https ones (a local stand-in in tests).
   */
  push: { vapidPublicKey: string | null; vapidPrivateKey: string | null; subject: string; timeoutMs: number; testOrigin: string | null };
}

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    problems.push(`${name} must be an integer >= ${min}, got "${raw}"`);
    return fallback;
  }
  return value;
}

/** A production server does not describe its API to anyone who asks, unless told to. */
function readApiDocs(env: Env, problems: string[]): boolean {
  const value = env.API_DOCS;
  if (value === undefined || value === '') return env.NODE_ENV !== 'production';
  if (value === 'public' || value === 'off') return value === 'public';
  problems.push(`API_DOCS must be public or off, not "${value}"`);
  return false;
}

function readPhoneCountry(env: Env, problems: string[]): string | null {
  const raw = env.DEFAULT_PHONE_COUNTRY;
  if (raw === undefined || raw === '') return null;
  if (isPhoneCountry(raw)) return raw;
  problems.push(`DEFAULT_PHONE_COUNTRY must be an ISO 3166 alpha-2 country code such as DE or US, got "${raw}"`);
  return null;
}

function readBool(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  problems.push(`${name} must be true or false, got "${env[name]}"`);
  return fallback;
}

/** Where files are kept on local disk: the default store, and what `npm run storage:migrate` copies from. */
export const localFilesDir = (dataDir: string) => join(dataDir, 'files');

const S3_SETTINGS = ['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE', 'S3_PRESIGNED_DOWNLOADS'];

/**
 * STORAGE_URL=s3://bucket/prefix picks the bucket; unset keeps files in
 * DATA_DIR/files. An S3_* setting without it is refused rather than
 * ignored: files quietly landing on one machine's disk is the mistake it
 * would hide.
 */
function readStorage(env: Env, dataDir: string, problems: string[]): StorageConfig {
  const url = env.STORAGE_URL;
  if (url === undefined || url === '') {
    const stray = S3_SETTINGS.filter((name) => env[name]);
    if (stray.length > 0) problems.push(`${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set but STORAGE_URL is not: set STORAGE_URL=s3://bucket to keep files in a bucket`);
    return { driver: 'disk', dir: localFilesDir(dataDir) };
  }
  const match = /^s3:\/\/([^/]*)(\/.*)?$/i.exec(url);
  // S3's bucket naming rules, which MinIO, Ceph and R2 follow too.
  if (!match || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(match[1])) {
    problems.push(`STORAGE_URL must be s3://bucket or s3://bucket/prefix with a bucket name of 3-63 lowercase letters, digits, dots and hyphens, got "${url}"`);
  }
  const prefix = (match?.[2] ?? '').replace(/^\/+|\/+$/g, '');
  const endpoint = env.S3_ENDPOINT ? env.S3_ENDPOINT.replace(/\/+$/, '') : null;
  if (endpoint && !/^https?:\/\/[^/]+/.test(endpoint)) problems.push(`S3_ENDPOINT must be an http(s) URL such as http://minio:9000, got "${env.S3_ENDPOINT}"`);
  const region = env.S3_REGION || 'us-east-1';
  if (!/^[a-z0-9-]+$/.test(region)) problems.push(`S3_REGION must be a region name such as eu-central-1 (auto for R2), got "${region}"`);
  const accessKeyId = env.S3_ACCESS_KEY_ID ?? '';
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY ?? '';
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the AWS default credentials');
  }
  return {
    driver: 's3',
    bucket: match?.[1] ?? '',
    prefix: prefix ? `${prefix}/` : '',
    endpoint,
    region,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : null,
    // Self-hosted stores (MinIO, Ceph) are usually reached by address, where bucket subdomains do not resolve.
    forcePathStyle: readBool(env, 'S3_FORCE_PATH_STYLE', endpoint !== null, problems),
    presignedDownloads: readBool(env, 'S3_PRESIGNED_DOWNLOADS', false, problems),
  };
}

/**
 * Without APP_SECRET an embedded install keeps a generated one in its data
 * folder, so logins and visitor identities survive a restart. Several
 * processes sharing MySQL must be given the same APP_SECRET.
 */
function resolveAppSecret(env: Env, dataDir: string, problems: string[]): string {
  const given = env.APP_SECRET;
  if (given) {
    if (given.length < 32) problems.push('APP_SECRET must be at least 32 characters');
    return given;
  }
  if (env.NODE_ENV === 'production') {
    problems.push('APP_SECRET is required when NODE_ENV=production');
    return '';
  }
  const file = join(dataDir, 'app-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const port = readInt(env, 'PORT', 3000, 0, problems);
  const dataDir = resolve(env.DATA_DIR || 'data');

  let database: DatabaseConfig = { type: 'sqlite', path: join(dataDir, 'inbox.sqlite') };
  const dbUrl = env.DATABASE_URL;
  if (dbUrl) {
    if (/^mysql:\/\//i.test(dbUrl) || /^mariadb:\/\//i.test(dbUrl)) {
      database = {
        type: 'mysql',
        url: dbUrl.replace(/^mariadb:/i, 'mysql:'),
        poolSize: readInt(env, 'DATABASE_POOL_SIZE', 30, 1, problems),
        timeoutMs: readInt(env, 'DATABASE_TIMEOUT_MS', 5000, 100, problems),
      };
    } else if (/^sqlite:/i.test(dbUrl)) {
      database = { type: 'sqlite', path: resolve(dbUrl.replace(/^sqlite:(\/\/)?/i, '')) };
    } else {
      problems.push(`DATABASE_URL must start with mysql:// or sqlite:, got "${dbUrl.split(':')[0]}:"`);
    }
  }

  const redisUrl = env.REDIS_URL || null;
  if (redisUrl && !/^rediss?:\/\//i.test(redisUrl)) problems.push('REDIS_URL must start with redis:// or rediss://');

  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(publicUrl)) problems.push('PUBLIC_URL must be an http(s) URL');

  const telegramApiRoot = (env.TELEGRAM_API_ROOT || 'https://api.telegram.org').replace(/\/+$/, '');
  if (!/^https?:\/\//.test(telegramApiRoot)) problems.push('TELEGRAM_API_ROOT must be an http(s) URL');

  const graphApiUrl = (env.META_GRAPH_API_URL || 'https://graph.facebook.com').replace(/\/+$/, '');
  if (!/^https?:\/\//.test(graphApiUrl)) problems.push('META_GRAPH_API_URL must be an http(s) URL');
  const twilioApiUrl = (env.TWILIO_API_URL || 'https://api.twilio.com').replace(/\/+$/, '');
  if (!/^https?:\/\//.test(twilioApiUrl)) problems.push('TWILIO_API_URL must be an http(s) URL');

  const adminEmail = (env.ADMIN_EMAIL || 'admin@example.com').trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(adminEmail)) problems.push('ADMIN_EMAIL must be an e-mail address');
  const adminPassword = env.ADMIN_PASSWORD || null;
  if (adminPassword !== null && adminPassword.length < 8) problems.push('ADMIN_PASSWORD must be at least 8 characters');

  const config: AppConfig = {
    port,
    publicUrl,
    publicUrlConfigured: Boolean(env.PUBLIC_URL),
    dataDir,
    database,
    storage: readStorage(env, dataDir, problems),
    redisUrl,
    appSecret: '',
    accessTokenTtlSeconds: readInt(env, 'ACCESS_TOKEN_TTL_SECONDS', 12 * 3600, 60, problems),
    admin: { email: adminEmail, password: adminPassword },
    uploadMaxBytes: readInt(env, 'UPLOAD_MAX_BYTES', 10 * 1024 * 1024, 1, problems),
    messageMaxChars: readInt(env, 'MESSAGE_MAX_CHARS', 65_536, 1, problems),
    demo: readBool(env, 'DEMO', true, problems),
    apiDocs: readApiDocs(env, problems),
    visitorTokenLifetimeDays: readInt(env, 'VISITOR_TOKEN_LIFETIME_DAYS', 180, 1, problems),
    offlineGraceSeconds: readInt(env, 'OFFLINE_GRACE_SECONDS', 120, 0, problems),
    processTimeoutSeconds: readInt(env, 'PROCESS_TIMEOUT_SECONDS', 10, 1, problems),
    redisPrefix: env.REDIS_PREFIX || 'inbox',
    delivery: {
      maxAttempts: readInt(env, 'DELIVERY_MAX_ATTEMPTS', 6, 1, problems),
      backoffMs: readInt(env, 'DELIVERY_BACKOFF_MS', 2000, 1, problems),
    },
    telegram: { apiRoot: telegramApiRoot },
    twilio: { apiUrl: twilioApiUrl, voiceTokenTtlSeconds: readInt(env, 'VOICE_TOKEN_TTL_SECONDS', 900, 60, problems) },
    leaseTtlSeconds: readInt(env, 'LEASE_TTL_SECONDS', 30, 1, problems),
    login: {
      maxFailures: readInt(env, 'LOGIN_MAX_FAILURES', 5, 1, problems),
      lockoutSeconds: readInt(env, 'LOGIN_LOCKOUT_SECONDS', 900, 1, problems),
      perMinutePerAddress: readInt(env, 'LOGIN_RATE_PER_MINUTE', 20, 1, problems),
    },
    apiTokens: { perMinute: readInt(env, 'API_TOKEN_RATE_PER_MINUTE', 600, 1, problems) },
    trustProxy: readBool(env, 'TRUST_PROXY', false, problems),
    meta: { graphApiUrl },
    whatsappWeb: { enabled: readBool(env, 'WHATSAPP_WEB_ENABLED', true, problems), chromiumPath: env.WHATSAPP_CHROMIUM_PATH || '/usr/bin/chromium' },
    defaultPhoneCountry: readPhoneCountry(env, problems),
    webhooks: {
      allowPrivate: readBool(env, 'WEBHOOKS_ALLOW_PRIVATE', false, problems),
      firstRetryDelayMs: readInt(env, 'WEBHOOKS_RETRY_DELAY_MS', 30_000, 1, problems),
    },
    push: {
      vapidPublicKey: env.VAPID_PUBLIC_KEY || null,
      vapidPrivateKey: env.VAPID_PRIVATE_KEY || null,
      // Push services want a way to reach the sender: an https page or an e-mail address.
      subject: env.VAPID_SUBJECT || (publicUrl.startsWith('https://') ? publicUrl : `mailto:${env.ADMIN_EMAIL || 'push@inbox.invalid'}`),
      timeoutMs: readInt(env, 'PUSH_TIMEOUT_MS', 10_000, 100, problems),
      testOrigin: env.PUSH_TEST_ORIGIN || null,
    },
  };
  if (env.VAPID_SUBJECT && !/^(https:\/\/|mailto:)/.test(env.VAPID_SUBJECT)) problems.push('VAPID_SUBJECT must be an https: URL or a mailto: address');
  if (Boolean(env.VAPID_PUBLIC_KEY) !== Boolean(env.VAPID_PRIVATE_KEY)) problems.push('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together: set both or neither');
  if (problems.length === 0) config.appSecret = resolveAppSecret(env, dataDir, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
