import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsPositive, IsString, IsUrl, Matches, MaxLength, MinLength, ValidateBy, ValidateNested } from 'class-validator';
import { LANGUAGE_TAG } from '../automation/language.policy';
import { MessageText } from '../common/message-text';
import { PRIORITIES, priorityFromNumber, type Priority } from '../conversations/priority.policy';
import { BOT_KINDS, type Bot, type BotKind } from './bot.entity';
import type { BotDto } from './bot.responses';

/** `host` or `host:port`, lowercase letters, digits, dots and dashes. */
const HOST = /^[a-z0-9.-]{1,253}(:\d{1,5})?$/;
const URL_OPTIONS = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

export class CreateBotDto {
  @ApiProperty() @IsInt() @IsPositive() inboxId: number;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(120) name: string;
  @ApiProperty({ enum: BOT_KINDS }) @IsIn(BOT_KINDS, { message: `kind must be one of: ${BOT_KINDS.join(', ')}` }) kind: BotKind;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() enabled?: boolean;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Flow bots: the flow document (docs/bots.md); checked as a whole' }) @IsOptional() @IsObject({ message: 'definition must be an object' }) definition?: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'Flow bots: hosts HTTP steps may call' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(HOST, { each: true, message: 'allowedHosts must be host names like api.example.com or api.example.com:8443, lowercase' })
  allowedHosts?: string[];
  @ApiPropertyOptional({ description: 'External bots: where conversations are posted' })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'webhookUrl must be an http(s) URL' })
  @MaxLength(2000)
  webhookUrl?: string;
}

export class UpdateBotDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(120) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() enabled?: boolean;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'A new version of the flow; conversations already running keep theirs' })
  @IsOptional()
  @IsObject({ message: 'definition must be an object' })
  definition?: Record<string, unknown>;
  @ApiPropertyOptional()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(HOST, { each: true, message: 'allowedHosts must be host names like api.example.com or api.example.com:8443, lowercase' })
  allowedHosts?: string[];
  @ApiPropertyOptional() @IsOptional() @IsUrl(URL_OPTIONS, { message: 'webhookUrl must be an http(s) URL' }) @MaxLength(2000) webhookUrl?: string;
}

export class PreviewBotDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The flow as it would be saved; checked as a whole' }) @IsObject({ message: 'definition must be an object' }) definition: Record<string, unknown>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'The state the previous turn answered; a new conversation when absent' })
  @IsOptional()
  @IsObject({ message: 'state must be an object' })
  state?: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '{"type":"start"}, {"type":"message","text":"…","buttonData":"…"} or {"type":"http-result","ok":true}' })
  @IsObject({ message: 'input must be an object' })
  input: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'The customer’s language' }) @IsOptional() @IsString() @Matches(LANGUAGE_TAG, { message: 'language must be a language tag such as en or pt-BR' }) language?: string;
}

export class BotButtonDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(64) title: string;
  @ApiProperty() @IsString() @Matches(/^[\x21-\x7e]{1,64}$/, { message: 'payload must be 1 to 64 printable ASCII characters' }) payload: string;
}

export class BotSayDto {
  @ApiProperty({ description: 'At most MESSAGE_MAX_CHARS characters, and 4096' }) @IsString() @MinLength(1) @MessageText(4096) text: string;
  @ApiPropertyOptional({ type: [BotButtonDto] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => BotButtonDto) buttons?: BotButtonDto[];
}

/** Custom attributes a bot sets: names like the template variables accept, plain values only. */
function PlainAttributes() {
  return ValidateBy({
    name: 'plainAttributes',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.entries(value).length <= 50 &&
        Object.entries(value).every(([k, v]) => /^[A-Za-z0-9_-]{1,64}$/.test(k) && (typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length <= 500))),
      defaultMessage: () => 'attributes must map names (letters, digits, _ or -) to strings of at most 500 characters, numbers or booleans; at most 50',
    },
  });
}

export class BotHandoverDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @IsPositive() teamId?: number;
  @ApiPropertyOptional({ enum: PRIORITIES, enumName: 'Priority', description: 'A number 0–100 (the older form) is read as 0 normal, 1–49 high, 50 and more urgent' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100 ? priorityFromNumber(value) : value))
  @IsIn(PRIORITIES, { message: `priority must be one of: ${PRIORITIES.join(', ')}` })
  priority?: Priority;
  @ApiPropertyOptional({ description: 'A note for the operator (what the bot found out)' }) @IsOptional() @IsString() @MessageText(4000) note?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] }, description: 'Custom attributes to set on the contact' })
  @IsOptional() @PlainAttributes() attributes?: Record<string, string | number | boolean>;
}

export function toBotDto(bot: Bot, definition: unknown = undefined): BotDto {
  return {
    id: bot.id,
    inboxId: bot.inboxId,
    name: bot.name,
    kind: bot.kind,
    enabled: bot.enabled,
    version: bot.version,
    allowedHosts: bot.allowedHosts,
    webhookUrl: bot.webhookUrl,
    hasToken: bot.tokenHash !== null,
    createdAt: new Date(bot.createdAt).toISOString(),
    updatedAt: new Date(bot.updatedAt).toISOString(),
    ...(definition !== undefined ? { definition } : {}),
  };
}
