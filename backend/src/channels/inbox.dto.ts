import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ROUTING_MODES, type Inbox, type RoutingMode } from './inbox.entity';

/** Channel types that can be connected today; each arrives with its connector. */
export const SUPPORTED_INBOX_TYPES = ['webchat'] as const;

export class WebchatSettingsDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) greeting?: string;
  @ApiPropertyOptional({ description: 'Ask for name and e-mail before the first message' }) @IsOptional() @IsBoolean() preChatForm?: boolean;
  @ApiPropertyOptional({ example: '#2563eb' }) @IsOptional() @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'color must be a hex colour like #2563eb' }) color?: string;
}

export class CreateInboxDto {
  @ApiPropertyOptional({ enum: SUPPORTED_INBOX_TYPES }) @IsIn(SUPPORTED_INBOX_TYPES, { message: `type must be one of: ${SUPPORTED_INBOX_TYPES.join(', ')}` }) type: (typeof SUPPORTED_INBOX_TYPES)[number];
  @ApiPropertyOptional() @IsString() @MinLength(1) @MaxLength(120) name: string;
  @ApiPropertyOptional({ type: WebchatSettingsDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => WebchatSettingsDto) settings?: WebchatSettingsDto;
  @ApiPropertyOptional() @IsOptional() @IsInt() teamId?: number;
  @ApiPropertyOptional({ enum: ROUTING_MODES }) @IsOptional() @IsIn(ROUTING_MODES) routingMode?: RoutingMode;
}

export class UpdateInboxDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(120) name?: string;
  @ApiPropertyOptional({ type: WebchatSettingsDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => WebchatSettingsDto) settings?: WebchatSettingsDto;
  @ApiPropertyOptional() @IsOptional() @IsInt() teamId?: number;
  @ApiPropertyOptional({ enum: ROUTING_MODES }) @IsOptional() @IsIn(ROUTING_MODES) routingMode?: RoutingMode;
}

export function toInboxDto(inbox: Inbox, publicUrl: string) {
  return {
    id: inbox.id,
    type: inbox.type,
    name: inbox.name,
    publicKey: inbox.publicKey,
    settings: inbox.settings,
    teamId: inbox.teamId,
    routingMode: inbox.routingMode,
    createdAt: new Date(inbox.createdAt).toISOString(),
    widgetSnippet:
      inbox.type === 'webchat' ? `<script src="${publicUrl}/widget.js" data-inbox="${inbox.publicKey}" async></script>` : null,
  };
}
