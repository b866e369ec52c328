import { formatBytes } from '../lib/format';
import { t } from './strings';
import type { Attachment } from './types';

/** The upload was refused or failed; `message` is fit to show the visitor. */
export class UploadError extends Error {
  override name = 'UploadError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Checks a file before uploading it; returns what to tell the visitor, or null when it may go. */
export function checkFile(file: Pick<File, 'name' | 'size'>, maxBytes: number): string | null {
  if (file.size === 0) return t('emptyFile', { file: file.name });
  if (maxBytes > 0 && file.size > maxBytes) return t('tooLarge', { file: file.name, max: formatBytes(maxBytes) });
  return null;
}

export interface UploadOptions {
  host: string;
  inboxKey: string;
  visitorToken: string;
  file: File;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

/**
 * `POST HOST/api/widget/uploads` (multipart field `file`): the attachment is
 * stored first and then sent by id with `message.send`.
 */
export async function uploadFile(options: UploadOptions): Promise<Attachment> {
  const body = new FormData();
  body.append('file', options.file, options.file.name);
  let res: Response;
  try {
    res = await (options.fetch ?? fetch)(`${options.host}/api/widget/uploads`, {
      method: 'POST',
      headers: { 'x-inbox-key': options.inboxKey, 'x-visitor-token': options.visitorToken },
      body,
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    throw new UploadError(t('uploadFailed'));
  }
  const json = (await res.json().catch(() => null)) as { attachment?: Attachment; message?: unknown } | null;
  if (res.ok && json?.attachment) return json.attachment;
  throw new UploadError(errorMessage(res.status, json?.message), res.status);
}

function errorMessage(status: number, message: unknown): string {
  // Nest's validation errors come as an array of strings.
  const text = Array.isArray(message) ? message.filter((m) => typeof m === 'string').join('; ') : typeof message === 'string' ? message : '';
  if (text) return text;
  // A proxy in front of the app may answer 413 with its own HTML page.
  if (status === 413) return t('fileTooLarge');
  return t('uploadFailed');
}
