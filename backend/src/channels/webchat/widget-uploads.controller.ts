import { Controller, ForbiddenException, Headers, HttpCode, Post, UnauthorizedException, UploadedFile } from '@nestjs/common';
import { ApiForbiddenResponse, ApiHeader, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Public } from '../../auth/auth.decorators';
import { AttachmentsService, type UploadedFile as File } from '../../conversations/attachments.service';
import { attachmentUrl } from '../../conversations/conversation.presenter';
import { InboxesService } from '../inboxes.service';
import { VisitorTokens } from '../visitor-token';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { FileUpload } from '../../conversations/file-upload';
import { ApiAnswer, ApiUpload } from '../../common/api-answer';
import { AttachmentDto } from '../../conversations/conversation.responses';
import { originAllowed, originRefusal } from './widget-settings';

/** Files a site visitor attaches: uploaded first, then sent by id with `message.send`. */
@ApiTags('widget')
@Controller('api/widget')
export class WidgetUploadsController {
  private readonly tokens: VisitorTokens;
  private readonly ownOrigin: string;

  constructor(
    private readonly inboxes: InboxesService,
    private readonly attachments: AttachmentsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.tokens = VisitorTokens.fromConfig(config);
    this.ownOrigin = new URL(config.publicUrl).origin;
  }

  @ApiOperation({ summary: 'Upload a file from the site widget' })
  @ApiAnswer({ attachment: AttachmentDto })
  @ApiUpload()
  @ApiHeader({ name: 'x-inbox-key', required: true, description: 'The widget inbox\'s public key' })
  @ApiHeader({ name: 'x-visitor-token', required: true, description: 'The visitor token of the widget session (`session.visitorToken`)' })
  @ApiUnauthorizedResponse({ description: 'An unknown inbox key, or a missing or invalid visitor token' })
  @ApiForbiddenResponse({ description: "The page's Origin is not among the inbox's allowed sites (settings.allowedOrigins)" })
  @Public()
  @Post('uploads')
  @HttpCode(201)
  @FileUpload()
  async upload(
    @Headers('x-inbox-key') inboxKey: string | undefined,
    @Headers('x-visitor-token') visitorToken: string | undefined,
    @Headers('origin') origin: string | undefined,
    @UploadedFile() file: File | undefined,
  ) {
    const inbox = inboxKey ? await this.inboxes.findByPublicKey(inboxKey) : null;
    if (!inbox || inbox.type !== 'webchat') throw new UnauthorizedException('x-inbox-key: unknown inbox key');
    if (!originAllowed(inbox.settings, origin, this.ownOrigin)) throw new ForbiddenException(originRefusal(origin));
    const visitorId = visitorToken ? this.tokens.verify(visitorToken, inbox.id) : null;
    if (!visitorId) throw new UnauthorizedException('x-visitor-token: missing or invalid visitor token');
    const a = await this.attachments.store(inbox.id, `visitor:${visitorId}`, file);
    return { attachment: { id: a.id, fileName: a.fileName, mimeType: a.mimeType, size: a.size, url: attachmentUrl(a) } };
  }
}
