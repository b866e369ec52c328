/** What the operator's voice endpoints answer (callSummary builds a CallSummary). */
import { ApiProperty } from '@nestjs/swagger';
import { CALL_OUTCOMES, CALL_STATES, type CallOutcome, type CallState } from './voice-call.entity';

export class CallRecordingRef {
  @ApiProperty({ description: 'The authenticated proxy path, never a provider link' }) url: string;
  @ApiProperty({ type: 'integer', nullable: true }) durationSeconds: number | null;
}

/** A phone call as its message shows it (`payload.call`), kept up to date by the provider's callbacks. */
export class CallSummary {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: 'integer' }) inboxId: number;
  @ApiProperty({ enum: ['in', 'out'] }) direction: 'in' | 'out';
  @ApiProperty({ enum: CALL_STATES, enumName: 'CallState' }) state: CallState;
  @ApiProperty({ type: String, enum: CALL_OUTCOMES, nullable: true }) outcome: CallOutcome | null;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: 'integer', nullable: true }) agentId: number | null;
  @ApiProperty({ type: String, format: 'date-time' }) startedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) waitSeconds: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) talkSeconds: number | null;
  @ApiProperty({ type: CallRecordingRef, nullable: true }) recording: CallRecordingRef | null;
  @ApiProperty({ type: String, nullable: true }) transcription: string | null;
  @ApiProperty({ description: 'Missed, abandoned or voicemail: someone should call back' }) callback: boolean;
}

/** A Twilio Voice SDK access token for the operator's browser. */
export class VoiceTokenAnswer {
  @ApiProperty() token: string;
  @ApiProperty({ description: 'Calls dialed to this client identity ring in the browser' }) identity: string;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt: string;
}
