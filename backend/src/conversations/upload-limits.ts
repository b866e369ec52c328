import type { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface';

/**
 * Multer's limits are fixed when a route's decorator runs, before the
 * config object exists, so UPLOAD_MAX_BYTES is read here (the same variable
 * AppConfig validates). Multer stops reading past it and the client gets 413.
 */
export function uploadLimits(): MulterOptions {
  const maxBytes = Number(process.env.UPLOAD_MAX_BYTES) || 10 * 1024 * 1024;
  return { limits: { fileSize: maxBytes, files: 1, fields: 5 } };
}
