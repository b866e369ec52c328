import { Controller, Get, NotFoundException, Param, ParseIntPipe } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/auth.decorators';
import { InboxesService } from '../inboxes.service';
import { WhatsAppWebSessions } from './whatsapp-web.sessions';
import { ApiAnswer } from '../../common/api-answer';
import { WhatsAppConnectionDto } from './whatsapp.responses';

/** A linked number's connection for the admin page; live changes (and new QR codes) come as 'whatsapp.state' on /agents. */
@ApiTags('inboxes')
@Controller('api/inboxes')
export class WhatsAppWebController {
  constructor(
    private readonly inboxes: InboxesService,
    private readonly sessions: WhatsAppWebSessions,
  ) {}

  @ApiOperation({ summary: 'The connection of a linked WhatsApp number' })
  @ApiAnswer({ connection: WhatsAppConnectionDto })
  @Roles('admin')
  @Get(':id/whatsapp')
  async connection(@Param('id', ParseIntPipe) id: number): Promise<{ connection: WhatsAppConnectionDto }> {
    const inbox = await this.inboxes.get(id);
    if (inbox.type !== 'whatsapp') throw new NotFoundException(`Inbox ${id} is not a linked WhatsApp number`);
    return { connection: await this.sessions.connection(inbox) };
  }
}
