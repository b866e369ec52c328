import { BadRequestException, Controller, ForbiddenException, Header, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { publicRequestUrl, TWILIO_SIGNATURE_HEADER, TwilioVoicePayloadError, verifyTwilioSignature } from '@inbox/connectors';
import type { Request } from 'express';
import { Public } from '../../auth/auth.decorators';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { VoiceInboxes, type VoiceHook, type VoiceInbox } from './voice-inboxes';
import { VoiceService } from './voice.service';

/**
 * Every callback Twilio makes for a voice inbox, under
 * /webhooks/twilio/:inboxId/ (docs/channels/voice.md: voice, status, recording; and the
 * queue, dial and voicemail steps). Public: X-Twilio-Signature over the
 * public URL and the form is the authentication, checked before anything
 * is read or written. Answers are TwiML; 403 for a bad signature and, the
 * same answer, for an id that is no voice inbox or a callback that does not
 * exist (an unsigned caller learns nothing of which ids exist); 400 a body
 * Twilio would not send.
 */
@ApiExcludeController()
@Controller('webhooks/twilio')
export class VoiceWebhookController {
  private readonly hooks: Record<VoiceHook, (voice: VoiceInbox, body: unknown, query: Record<string, unknown>) => Promise<string>>;

  constructor(
    private readonly inboxes: VoiceInboxes,
    voice: VoiceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.hooks = {
      voice: (v, body) => voice.incoming(v, body),
      wait: (v, body) => voice.wait(v, body),
      'queue-result': (v, body) => voice.queueResult(v, body),
      connect: (v, body, query) => voice.connect(v, callIdOf(query), body),
      'dial-result': (v, body) => voice.dialResult(v, body),
      status: (v, body) => voice.status(v, body),
      recording: (v, body) => voice.recording(v, body),
      voicemail: (v, body) => voice.voicemailDone(v, body),
      transcription: (v, body) => voice.transcription(v, body),
    };
  }

  @Public()
  @Post(':inboxId/:hook')
  @HttpCode(200)
  @Header('content-type', 'text/xml; charset=utf-8')
  async receive(@Param('inboxId') inboxParam: string, @Param('hook') hook: string, @Query() query: Record<string, unknown>, @Req() req: Request): Promise<string> {
    const handler = Object.prototype.hasOwnProperty.call(this.hooks, hook) ? this.hooks[hook as VoiceHook] : undefined;
    const voice = /^[1-9]\d{0,9}$/.test(inboxParam) ? await this.inboxes.find(Number(inboxParam)) : null;
    const signed = voice && verifyTwilioSignature(voice.credentials.authToken, req.headers[TWILIO_SIGNATURE_HEADER], publicRequestUrl(this.config.publicUrl, req.originalUrl), req.body);
    if (!voice || !handler || !signed) throw new ForbiddenException('X-Twilio-Signature: missing or wrong');
    try {
      return await handler(voice, req.body, query);
    } catch (error) {
      if (error instanceof TwilioVoicePayloadError) throw new BadRequestException(`${error.field}: ${error.message}`);
      throw error;
    }
  }
}

function callIdOf(query: Record<string, unknown>): number {
  const raw = query.call;
  if (typeof raw !== 'string' || !/^[1-9]\d{0,9}$/.test(raw)) throw new TwilioVoicePayloadError('call', 'must be the call id this callback was given');
  return Number(raw);
}
