import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsObject, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

const sidOf = (prefix: string) => new RegExp(`^${prefix}[0-9a-f]{32}$`);
const URL_OPTIONS = { protocols: ['https', 'http'], require_tld: false, require_protocol: true };

/** What callers hear and how long things take; every field has a default (docs/channels/voice.md). */
export class VoiceSettingsDto {
  @ApiPropertyOptional({ example: 'en-US', description: 'Language of the spoken texts (Twilio <Say language>)' })
  @IsOptional() @IsString() @Matches(/^[a-z]{2,3}(-[A-Z]{2})?$/, { message: 'language must look like en-US' })
  language?: string;

  @ApiPropertyOptional({ example: 'Polly.Joanna', description: 'Twilio <Say voice>' }) @IsOptional() @IsString() @MaxLength(60) voice?: string;
  @ApiPropertyOptional({ description: 'Spoken when a call comes in' }) @IsOptional() @IsString() @MaxLength(1000) greeting?: string;
  @ApiPropertyOptional({ description: 'Played instead of the spoken greeting' }) @IsOptional() @IsUrl(URL_OPTIONS) @MaxLength(500) greetingAudioUrl?: string;
  @ApiPropertyOptional({ description: 'Spoken before the voicemail beep outside business hours' }) @IsOptional() @IsString() @MaxLength(1000) afterHoursPrompt?: string;
  @ApiPropertyOptional({ description: 'Spoken before the voicemail beep when nobody can answer' }) @IsOptional() @IsString() @MaxLength(1000) voicemailPrompt?: string;
  @ApiPropertyOptional({ description: 'Hold music while waiting; Twilio’s own by default' }) @IsOptional() @IsUrl(URL_OPTIONS) @MaxLength(500) holdMusicUrl?: string;
  @ApiPropertyOptional({ default: true, description: 'Tell waiting callers their place in line' }) @IsOptional() @IsBoolean() announcePosition?: boolean;
  @ApiPropertyOptional({ default: 300, description: 'Seconds in the queue before the caller is offered voicemail' }) @IsOptional() @IsInt() @Min(10) @Max(3600) maxWaitSeconds?: number;
  @ApiPropertyOptional({ default: 20, description: 'Seconds the operator’s phone or browser rings' }) @IsOptional() @IsInt() @Min(5) @Max(120) ringSeconds?: number;
  @ApiPropertyOptional({ default: false, description: 'Record the talk (both sides)' }) @IsOptional() @IsBoolean() recordCalls?: boolean;
  @ApiPropertyOptional({ default: false, description: 'Have Twilio transcribe voicemails' }) @IsOptional() @IsBoolean() transcribeVoicemail?: boolean;
  @ApiPropertyOptional({ default: 120 }) @IsOptional() @IsInt() @Min(10) @Max(600) voicemailMaxSeconds?: number;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { '7': '+4930123456' },
    description: 'Operators (by id) who take calls on their own phone instead of in the browser; national numbers are read in the inbox’s settings.defaultCountry (else DEFAULT_PHONE_COUNTRY), all are stored in E.164',
  })
  @IsOptional() @IsObject()
  agentPhones?: Record<string, string>;
}

/**
 * A Twilio number as an inbox (`type: 'twilio-voice'`). The auth token
 * checks every webhook's signature and signs REST calls; the API key and
 * TwiML App let operators take calls in the browser. Secrets are stored
 * encrypted and never returned.
 */
export class VoiceInboxDto {
  @ApiProperty({ example: '+4940111222', description: 'The Twilio number: international, or national in the inbox’s settings.defaultCountry (else DEFAULT_PHONE_COUNTRY); stored in E.164' })
  @IsString() @MaxLength(40)
  phoneNumber: string;

  @ApiProperty({ description: 'AC…' }) @IsString() @Matches(sidOf('AC'), { message: 'accountSid must be a Twilio account SID (AC and 32 hex digits)' }) accountSid: string;
  @ApiProperty() @IsString() @Matches(/^[0-9a-zA-Z]{16,64}$/, { message: 'authToken must be the account’s auth token' }) authToken: string;
  @ApiPropertyOptional({ description: 'SK…, for browser calling' }) @IsOptional() @IsString() @Matches(sidOf('SK'), { message: 'apiKeySid must be an API key SID (SK and 32 hex digits)' }) apiKeySid?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^[0-9a-zA-Z]{16,64}$/, { message: 'apiKeySecret must be the API key’s secret' }) apiKeySecret?: string;
  @ApiPropertyOptional({ description: 'AP…: the TwiML App of browser calls' }) @IsOptional() @IsString() @Matches(sidOf('AP'), { message: 'twimlAppSid must be a TwiML App SID (AP and 32 hex digits)' }) twimlAppSid?: string;

  @ApiPropertyOptional({ type: VoiceSettingsDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => VoiceSettingsDto) settings?: VoiceSettingsDto;
}

/** PATCH of a voice inbox: the settings given replace those, the rest stay. */
export class UpdateVoiceInboxDto {
  @ApiPropertyOptional({ type: VoiceSettingsDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => VoiceSettingsDto) settings?: VoiceSettingsDto;
}
