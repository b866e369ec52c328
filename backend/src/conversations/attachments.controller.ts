import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiContent } from '../common/api-answer';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { AttachmentsService } from './attachments.service';
import { parseByteRange } from './byte-range.util';
import { servedAs } from './media-type.policy';

@ApiTags('attachments')
@Controller('api/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  /**
   * The random storage key is the capability: it is only ever handed to the
   * conversation's participants. Nothing is served inline unless it is a
   * sniffed image, audio or video, so an uploaded SVG or HTML page never runs here.
   */
  @ApiOperation({ summary: 'Download a file by its storage key' })
  @ApiContent(['application/octet-stream'], 'The file, as its sniffed media type: inline for images, audio and video, else a download')
  @ApiContent(['application/octet-stream'], 'The bytes of the `Range` asked for', 206)
  @ApiResponse({ status: 416, description: 'A `Range` outside the file' })
  @ApiParam({ name: 'name', type: String, description: 'The file name, for the browser; the key alone finds the file' })
  @ApiHeader({ name: 'range', required: false, description: 'One byte range (`bytes=0-1023`), for players that seek' })
  @Public()
  @Get(':key/:name')
  async download(@Param('key') key: string, @Headers('range') rangeHeader: string | undefined, @Res() res: Response) {
    if (!/^[A-Za-z0-9_-]{16,64}$/.test(key)) {
      res.status(404).json({ statusCode: 404, error: 'Not Found', message: 'No such file' });
      return;
    }
    const { attachment, bytes } = await this.attachments.open(key);
    const { contentType, disposition } = servedAs(attachment.mimeType);
    res.setHeader('Content-Type', contentType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, max-age=86400');
    res.setHeader('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`);
    // A file never changes under its key: one validator for the whole file, so a player's cached pieces fit together.
    res.setHeader('ETag', `"${key}"`);
    res.setHeader('Accept-Ranges', 'bytes');
    const range = parseByteRange(rangeHeader, bytes.length);
    if (range === 'unsatisfiable') {
      res.setHeader('Content-Range', `bytes */${bytes.length}`);
      res.status(416).json({ statusCode: 416, error: 'Range Not Satisfiable', message: `range: the file has ${bytes.length} bytes` });
      return;
    }
    if (range) {
      res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${bytes.length}`);
      res.status(206).send(bytes.subarray(range.start, range.end + 1));
      return;
    }
    res.send(bytes);
  }
}
