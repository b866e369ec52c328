import { Body, Controller, Get, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { INBOX_CSP } from '../common/security-headers';
import { messagePage, ratingFormPage } from './csat-page';
import { CsatAnswerDto } from './csat.dto';
import { CsatService, type LinkAnswer } from './csat.service';

const STATUS: Record<LinkAnswer['outcome'], number> = { open: 200, recorded: 200, 'already-rated': 409, expired: 410, 'not-asked': 404, invalid: 404 };
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

  @Public()
  @Get(':token')
  async form(@Param('token') token: string, @Headers('accept') accept: string | undefined, @Res() res: Response): Promise<void> {
    this.answer(res, accept, await this.csat.openLink(token), token);
  }

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
