import { applyDecorators, Body, Controller, Get, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiConsumes, ApiExtraModels, ApiOperation, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { INBOX_CSP } from '../common/security-headers';
import { messagePage, ratingFormPage } from './csat-page';
import { CsatAnswerDto, CsatLinkAnswer } from './csat.dto';
import { CsatService, type LinkAnswer } from './csat.service';

const STATUS: Record<LinkAnswer['outcome'], number> = { open: 200, recorded: 200, 'already-rated': 409, expired: 410, 'not-asked': 404, invalid: 404 };
/** Each outcome is a page for people, or JSON for clients that ask (`Accept: application/json`). */
const PAGE_OR_JSON = { 'text/html': { schema: { type: 'string' } }, 'application/json': { schema: { $ref: getSchemaPath(CsatLinkAnswer) } } };
const ApiLinkAnswers = (success: string) =>
  applyDecorators(
    ApiExtraModels(CsatLinkAnswer),
    ApiResponse({ status: 200, description: success, content: PAGE_OR_JSON }),
    ApiResponse({ status: 404, description: 'A token this server did not sign, or a conversation that asked no survey', content: PAGE_OR_JSON }),
    ApiResponse({ status: 409, description: 'Rated already: the first answer stays', content: PAGE_OR_JSON }),
    ApiResponse({ status: 410, description: 'The link expired', content: PAGE_OR_JSON }),
  );

const MESSAGE = { recorded: 'thanks', 'already-rated': 'alreadyRated', expired: 'expired', 'not-asked': 'invalid', invalid: 'invalid' } as const;

/**
 * The rating page behind the survey link (e-mail and every channel without
 * buttons): public, the signed token is the only key. HTML for people; JSON
 * for clients that ask for it (`Accept: application/json`).
 */
@ApiTags('csat')
@Controller('csat')
export class CsatController {
  constructor(private readonly csat: CsatService) {}

  @ApiOperation({ summary: 'The satisfaction survey page' })
  @ApiLinkAnswers('The rating form')
  @Public()
  @Get(':token')
  async form(@Param('token') token: string, @Headers('accept') accept: string | undefined, @Res() res: Response): Promise<void> {
    this.answer(res, accept, await this.csat.openLink(token), token);
  }

  @ApiOperation({ summary: 'Answer the satisfaction survey' })
  @ApiLinkAnswers('Thanks: the answer is stored')
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @Public()
  @Post(':token')
  @HttpCode(200)
  async submit(@Param('token') token: string, @Body() body: CsatAnswerDto, @Headers('accept') accept: string | undefined, @Res() res: Response): Promise<void> {
    this.answer(res, accept, await this.csat.answerLink(token, body.score, body.comment ?? null), token);
  }

  private answer(res: Response, accept: string | undefined, result: LinkAnswer, token: string): void {
    const status = STATUS[result.outcome];
    if (accept?.includes('application/json')) {
      res.status(status).json({ outcome: result.outcome, csatScore: result.csatScore });
      return;
    }
    const words = (key: Parameters<CsatService['builtIn']>[0]) => this.csat.builtIn(key, [result.language]).text;
    const html =
      result.outcome === 'open'
        ? ratingFormPage(result.language, { title: words('title'), question: result.question, comment: words('comment'), submit: words('submit') }, `/csat/${encodeURIComponent(token)}`)
        : messagePage(result.language, words('title'), words(MESSAGE[result.outcome]));
    // A form of its own and inline styles only: the inbox's policy fits it as it is.
    res.setHeader('Content-Security-Policy', INBOX_CSP);
    res.status(status).type('html').send(html);
  }
}
