import { Body, Controller, Get, Param, ParseIntPipe, Post, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';
import type { Response } from 'express';
import { CurrentAgent } from '../../auth/auth.decorators';
import type { Agent } from '../../agents/agent.entity';
import { VoiceOperatorService } from './voice-operator.service';
import { ApiAnswer, ApiContent } from '../../common/api-answer';
import { CallSummary, VoiceTokenAnswer } from './voice.responses';

export class VoiceTokenDto {
  @ApiProperty({ description: 'The voice inbox whose calls the browser takes' }) @IsInt() @Min(1) inboxId: number;
}

export class CallBackDto {
  @ApiPropertyOptional({ description: 'Voice inbox to call from; default: the conversation’s own, or the only one' }) @IsOptional() @IsInt() @Min(1) inboxId?: number;
}

@ApiTags('voice')
@Controller('api')
export class VoiceController {
  constructor(private readonly voice: VoiceOperatorService) {}

  /** A Twilio Voice SDK access token for the signed-in operator. */
  @ApiOperation({ summary: 'A token for calling from the browser' })
  @ApiConflictResponse({ description: 'The inbox has no API key for calling from the browser' })
  @ApiAnswer(VoiceTokenAnswer)
  @Post('voice/token')
  async token(@CurrentAgent() agent: Agent, @Body() body: VoiceTokenDto) {
    const issued = await this.voice.token(agent, body.inboxId);
    return { token: issued.token, identity: issued.identity, expiresAt: issued.expiresAt.toISOString() };
  }

  /** Click-to-call: ring the conversation's customer and connect the operator. */
  @ApiOperation({ summary: 'Call the customer of a conversation back' })
  @ApiConflictResponse({ description: 'The conversation is closed, or the operator is on a call already' })
  @ApiAnswer({ call: CallSummary })
  @Post('conversations/:id/call')
  async call(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: CallBackDto) {
    return { call: await this.voice.callBack(agent, id, body.inboxId) };
  }

  /** A call's recording, streamed through the server; never a public link. */
  @ApiOperation({ summary: 'A call’s recording' })
  @ApiContent(['audio/mpeg', 'audio/wav'], 'The recording as the provider stores it')
  @Get('voice/calls/:id/recording')
  async recording(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Res() res: Response): Promise<void> {
    const recording = await this.voice.recording(agent, id);
    res.setHeader('content-type', recording.contentType);
    if (recording.contentLength !== null) res.setHeader('content-length', String(recording.contentLength));
    res.setHeader('cache-control', 'private, no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    recording.body.pipe(res);
  }
}
