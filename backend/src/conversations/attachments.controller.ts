import { pipeline, type Readable } from 'node:stream';
import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiContent } from '../common/api-answer';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { FileStorage, STORAGE_KEY } from '../storage/file-storage';
import { StoredFileMissing } from '../storage/file-store';
import { AttachmentsService } from './attachments.service';
import { parseByteRange } from './byte-range.util';
import { servedAs } from './media-type.policy';

const CACHE_CONTROL = 'private, max-age=86400';

@ApiTags('attachments')
@Controller('api/attachments')
export class AttachmentsController {
  constructor(
    private readonly attachments: AttachmentsService,
    private readonly storage: FileStorage,
  ) {}

  /**
   * The random storage key is the capability: it is only ever handed to the
   * conversation's participants. Nothing is served inline unless it is a
   * sniffed image, audio or video, so an uploaded SVG or HTML page never runs here.
   * The bytes stream from storage; with S3_PRESIGNED_DOWNLOADS the answer is
   * instead a redirect to the bucket, which is told the same type, disposition
   * and caching (docs/architecture.md, Files).
   */
  @ApiOperation({ summary: 'Download a file by its storage key' })
  @ApiContent(['application/octet-stream'], 'The file, as its sniffed media type: inline for images, audio and video, else a download')
  @ApiContent(['application/octet-stream'], 'The bytes of the `Range` asked for', 206)
  @ApiResponse({ status: 416, description: 'A `Range` outside the file' })
  @ApiParam({ name: 'name', type: String, description: 'The file name, for the browser; the key alone finds the file' })
  @ApiHeader({ name: 'range', required: false, description: 'One byte range (`bytes=0-1023`), for players that seek' })
  @Public()
  @Get(':key/:name')
  async download(@Param('key') key: string, @Req() req: Request, @Res() res: Response) {
    if (!STORAGE_KEY.test(key)) {
      res.status(404).json({ statusCode: 404, error: 'Not Found', message: 'No such file' });
      return;
    }
    const attachment = await this.attachments.find(key);
    const { contentType, disposition } = servedAs(attachment.mimeType);
    const contentDisposition = `${disposition}; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`;
    const signedUrl = await this.storage.signedDownloadUrl(key, { contentType, contentDisposition, cacheControl: CACHE_CONTROL });
    if (signedUrl) {
      // The URL stops working within minutes: the redirect itself is never reused.
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, signedUrl);
      return;
    }
    res.setHeader('Content-Type', contentType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', CACHE_CONTROL);
    res.setHeader('Content-Disposition', contentDisposition);
    // A file never changes under its key: one validator for the whole file, so a player's cached pieces fit together.
    res.setHeader('ETag', `"${key}"`);
    res.setHeader('Accept-Ranges', 'bytes');
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    const size = attachment.size;
    const range = parseByteRange(req.headers.range, size);
    if (range === 'unsatisfiable') {
      res.setHeader('Content-Range', `bytes */${size}`);
      res.status(416).json({ statusCode: 416, error: 'Range Not Satisfiable', message: `range: the file has ${size} bytes` });
      return;
    }
    if (range) {
      res.status(206);
      res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
    }
    res.setHeader('Content-Length', range ? range.end - range.start + 1 : size);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const body = await this.opened(key, range ?? undefined);
    // A client that goes away ends the read from storage; a store failing midway cuts the response short.
    pipeline(body, res, () => {});
  }

  private async opened(key: string, span: { start: number; end: number } | undefined): Promise<Readable> {
    try {
      return await this.storage.read(key, span);
    } catch (error) {
      if (error instanceof StoredFileMissing) throw new NotFoundException('No such file');
      throw error;
    }
  }
}
