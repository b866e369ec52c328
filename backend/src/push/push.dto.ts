import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PUSH_EVENTS, PUSH_LOCALES, type PushEvent, type PushLocale } from './push-rules';

/** base64url, as PushSubscription.toJSON() gives the keys. */
const BASE64URL = /^[A-Za-z0-9_-]+=*$/;

export class PushKeysDto {
  @ApiProperty({ description: 'The browser’s P-256 public key, base64url' })
  @IsString({ message: 'keys.p256dh must be a string' })
  @MaxLength(200, { message: 'keys.p256dh must be at most 200 characters' })
  @Matches(BASE64URL, { message: 'keys.p256dh must be base64url' })
  p256dh: string;

  @ApiProperty({ description: 'The browser’s auth secret, base64url' })
  @IsString({ message: 'keys.auth must be a string' })
  @MaxLength(100, { message: 'keys.auth must be at most 100 characters' })
  @Matches(BASE64URL, { message: 'keys.auth must be base64url' })
  auth: string;
}

/** What PushSubscription.toJSON() gives in the browser, and the language of the notifications. */
export class CreatePushSubscriptionDto {
  @ApiProperty({ description: 'The push service’s URL for this browser (https)' })
  @IsString({ message: 'endpoint must be a string' })
  @MaxLength(1000, { message: 'endpoint must be at most 1000 characters' })
  endpoint: string;

  @ApiProperty({ type: PushKeysDto })
  @ValidateNested()
  @Type(() => PushKeysDto)
  keys: PushKeysDto;

  @ApiProperty({ enum: PUSH_LOCALES, enumName: 'PushLocale' })
  @IsIn(PUSH_LOCALES, { message: `locale must be one of ${PUSH_LOCALES.join(', ')}` })
  locale: PushLocale;
}

export class DeletePushSubscriptionDto {
  @ApiProperty({ description: 'The endpoint the subscription was made with' })
  @IsString({ message: 'endpoint must be a string' })
  @MaxLength(1000, { message: 'endpoint must be at most 1000 characters' })
  endpoint: string;
}

export class PushEventsDto {
  @ApiProperty({ enum: PUSH_EVENTS, enumName: 'PushEvent', isArray: true, description: 'The events to be notified of; the others are not sent' })
  @IsArray({ message: 'events must be a list' })
  @IsIn(PUSH_EVENTS, { each: true, message: `events must be some of ${PUSH_EVENTS.join(', ')}` })
  events: PushEvent[];
}

export class PushSettingsDto {
  @ApiProperty({ description: 'The server’s VAPID public key (base64url): the applicationServerKey to subscribe with' })
  publicKey: string;

  @ApiProperty({ enum: PUSH_EVENTS, enumName: 'PushEvent', isArray: true })
  events: PushEvent[];

  @ApiProperty({ description: 'Whether the endpoint given in the query is subscribed for the caller' })
  subscribed: boolean;
}

export class PushSettingsQueryDto {
  @ApiProperty({ required: false, description: 'This browser’s endpoint, to learn whether it is subscribed' })
  @IsOptional()
  @IsString({ message: 'endpoint must be a string' })
  @MaxLength(1000, { message: 'endpoint must be at most 1000 characters' })
  endpoint?: string;
}
