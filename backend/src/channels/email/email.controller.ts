import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../../agents/agent.entity';
import { CurrentAgent, Roles } from '../../auth/auth.decorators';
import { EmailInboxDto } from './email-inbox.dto';
import { EmailInboxSetup } from './email-inbox.setup';
import { EmailInbound } from './email-inbound.service';
import { Audited } from '../../audit/audited.decorator';
import { ApiAnswer } from '../../common/api-answer';
import { EmailConnectionTestAnswer, EmailOriginalAnswer } from './email.responses';

@ApiTags('e-mail')
@Controller('api')
export class EmailController {
  constructor(
    private readonly setup: EmailInboxSetup,
    private readonly inbound: EmailInbound,
  ) {}

  /** Logs in to both servers with the form's values: `{ imap, smtp }`, each `{ ok: true }` or `{ ok: false, error, code }`. */
  @ApiOperation({ summary: 'Test the mail server settings of a new e-mail inbox' })
  @ApiAnswer(EmailConnectionTestAnswer)
  @Roles('admin')
  @Audited('inbox.connection-test', 'inbox')
  @Post('inboxes/email/connection-test')
  @HttpCode(200)
  async testForm(@Body() body: EmailInboxDto): Promise<EmailConnectionTestAnswer> {
    return this.setup.test(body);
  }

  /** The same for a saved e-mail inbox, with its stored credentials. */
  @ApiOperation({ summary: 'Test an e-mail inbox’s stored mail server settings' })
  @ApiAnswer(EmailConnectionTestAnswer)
  @Roles('admin')
  @Audited('inbox.connection-test', 'inbox')
  @Post('inboxes/:id/connection-test')
  @HttpCode(200)
  async testStored(@Param('id', ParseIntPipe) id: number): Promise<EmailConnectionTestAnswer> {
    return this.setup.testStored(id);
  }

  /** The whole received mail behind a message: sanitized HTML (inline images as our files) and the full text. */
  @ApiOperation({ summary: 'The original e-mail of a message' })
  @ApiAnswer(EmailOriginalAnswer)
  @Get('messages/:id/email')
  async original(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number): Promise<EmailOriginalAnswer> {
    return this.inbound.original(agent, id);
  }
}
