/**
 * The second half of a download: the file endpoint
 * `${apiRoot}/file/bot<token>/<file_path>` (https://core.telegram.org/bots/api#getfile),
 * read with a byte limit so a big file never sits whole in memory.
 */
import { posix } from 'node:path';
import { providerFetch } from '../provider-fetch';
import { ProviderError } from '../types';
import { TelegramFileTooLargeError, toProviderError } from './telegram.errors';

export interface TelegramDownloadedFile {
  buffer: Buffer;
  mimeType?: string;
  fileName?: string;
}

/** The file endpoint answers application/octet-stream; the extension of file_path says more. */
const EXTENSION_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.oga': 'audio/ogg',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.tgs': 'application/x-tgsticker',
  '.pdf': 'application/pdf',
};

export async function fetchTelegramFile(
  url: string,
  filePath: string,
  maxBytes: number,
  timeoutMs: number,
  token: string,
  apiRoot: string,
): Promise<TelegramDownloadedFile> {
  try {
    const res = await providerFetch(url, [apiRoot], { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) {
      await res.body?.cancel();
      // getFile has just accepted the token, so a 404 means the link expired: a new getFile will do.
      const code = res.status === 404 || res.status === 429 || res.status >= 500 ? 'temporary' : 'permanent';
      throw new ProviderError(code, `Telegram file download failed: ${res.status}`);
    }
    const buffer = await readLimited(res, maxBytes);
    const fileName = posix.basename(filePath);
    const header = res.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
    const mimeType =
      header && header !== 'application/octet-stream' ? header : EXTENSION_TYPES[posix.extname(fileName).toLowerCase()];
    return { buffer, ...(mimeType ? { mimeType } : {}), ...(fileName ? { fileName } : {}) };
  } catch (err) {
    throw toProviderError(err, 'file download', token);
  }
}

async function readLimited(res: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw new TelegramFileTooLargeError(declared, maxBytes);
  }
  const reader = res.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // Content-Length can be absent or wrong; count what actually arrives.
    if (size > maxBytes) {
      await reader.cancel();
      throw new TelegramFileTooLargeError(size, maxBytes);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}
