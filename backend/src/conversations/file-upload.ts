import { UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface';
import { RemoveRefusedUpload } from '../storage/streamed-uploads';

/**
 * Multer's limits are fixed when a route's decorator runs, before the
 * config object exists, so UPLOAD_MAX_BYTES is read here (the same variable
 * AppConfig validates). Multer stops reading past it and the client gets 413.
 */
function uploadLimits(): MulterOptions {
  const maxBytes = Number(process.env.UPLOAD_MAX_BYTES) || 10 * 1024 * 1024;
  return { limits: { fileSize: maxBytes, files: 1, fields: 5 } };
}

/**
 * A route that takes one multipart field "file": streamed into storage
 * (storage/streamed-uploads.ts) before the route runs, so removed again
 * when the route refuses the request.
 */
export const FileUpload = () => UseInterceptors(FileInterceptor('file', uploadLimits()), RemoveRefusedUpload);
