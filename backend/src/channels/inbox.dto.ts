import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsPositive, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PHONE_COUNTRIES } from '@inbox/connectors';
import { MessageText } from '../common/message-text';
import { EmailInboxDto, UpdateEmailInboxDto } from './email/email-inbox.dto';
import { InstagramInboxDto, UpdateInstagramInboxDto, WhatsAppCloudInboxDto } from './meta/meta-inbox.dto';
import { UpdateVoiceInboxDto, VoiceInboxDto } from './voice/voice-inbox.dto';
import { AutomationSettingsField, type InboxAutomationDto } from '../automation/inbox-automation.dto';
import { ROUTING_MODES, type Inbox, type RoutingMode } from './inbox.entity';
import type { InboxDto } from './inbox.responses';
import { PRE_CHAT_REQUIREMENTS, WIDGET_POSITIONS, type PreChatRequirement, type WidgetPosition } from './webchat/widget-settings';

/** Channel types that can be connected today; each arrives with its connector. */
export const SUPPORTED_INBOX_TYPES = ['webchat', 'telegram', 'email', 'whatsapp', 'whatsapp-cloud', 'instagram', 'twilio-voice'] as const;

export class TelegramInboxDto {
  @ApiProperty({ description: 'The token from @BotFather; checked with getMe, stored encrypted, never returned', example: '123456789:AAF...' })
  @IsString()
  @MaxLength(200)
  // Telegram's shape (digits, colon, token); also keeps the token safe inside Bot API URLs.
  @Matches(/^\d{1,20}:[A-Za-z0-9_-]{1,150}$/, { message: 'botToken must look like 123456789:AA... (the token from @BotFather)' })
  botToken: string;

  @ApiPropertyOptional({ enum: ['webhook', 'polling'], description: 'Default: webhook when PUBLIC_URL is set, polling otherwise' })
  @IsOptional()
  @IsIn(['webhook', 'polling'])
  mode?: 'webhook' | 'polling';
}

const ORIGIN_PROBLEM = 'allowedOrigins must hold origins like https://shop.example.com (scheme, host and port only)';

export class PreChatFieldsDto {
  @ApiPropertyOptional({ enum: PRE_CHAT_REQUIREMENTS }) @IsOptional() @IsIn(PRE_CHAT_REQUIREMENTS, { message: 'name must be required or optional (leave it out to not ask)' }) name?: PreChatRequirement;
  @ApiPropertyOptional({ enum: PRE_CHAT_REQUIREMENTS }) @IsOptional() @IsIn(PRE_CHAT_REQUIREMENTS, { message: 'email must be required or optional (leave it out to not ask)' }) email?: PreChatRequirement;
  @ApiPropertyOptional({ enum: PRE_CHAT_REQUIREMENTS }) @IsOptional() @IsIn(PRE_CHAT_REQUIREMENTS, { message: 'phone must be required or optional (leave it out to not ask)' }) phone?: PreChatRequirement;
}

export class WebchatSettingsDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MessageText(1000) greeting?: string;
  @ApiPropertyOptional({ deprecated: true, description: 'The old switch: true asks for name and e-mail, both required (stored as preChatFields); preChatFields wins when both are given' })
  @IsOptional()
  @IsBoolean()
  preChatForm?: boolean;
  @ApiPropertyOptional({ type: PreChatFieldsDto, description: 'Site widget: the pre-chat form before the first message; {} asks nothing' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PreChatFieldsDto)
  preChatFields?: PreChatFieldsDto;
  @ApiPropertyOptional({ example: '#2563eb' }) @IsOptional() @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'color must be a hex colour like #2563eb' }) color?: string;
  @ApiPropertyOptional({ enum: WIDGET_POSITIONS, default: 'right', description: 'Site widget: the corner of the page' })
  @IsOptional()
  @IsIn(WIDGET_POSITIONS, { message: `position must be one of: ${WIDGET_POSITIONS.join(', ')}` })
  position?: WidgetPosition;
  @ApiPropertyOptional({ example: 'Chat with us', description: 'Site widget: a short text beside the chat button; empty: the icon only' })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'launcherText must be at most 40 characters' })
  launcherText?: string;
  @ApiPropertyOptional({ default: true, description: "Site widget: operators' names on their messages; false shows the inbox's name instead" })
  @IsOptional()
  @IsBoolean()
  showAgentNames?: boolean;
  @ApiPropertyOptional({ default: true, description: "Site widget: an operator's initial in a round badge before their name (operators have no pictures); shown only with showAgentNames" })
  @IsOptional()
  @IsBoolean()
  showAgentInitials?: boolean;
  @ApiPropertyOptional({ default: false, description: 'Site widget: outside the business hours (automation.businessHours), a line saying when the team is back' })
  @IsOptional()
  @IsBoolean()
  awayNotice?: boolean;
  @ApiPropertyOptional({ type: [String], example: ['https://shop.example.com'], description: "Site widget: the sites (origins) it may run on; empty: any. The server's own origin is always allowed" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?\/?$/i, { each: true, message: ORIGIN_PROBLEM })
  // The shape alone lets through hosts like a..b and ports past 65535, which no browser sends.
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { each: true, message: ORIGIN_PROBLEM })
  allowedOrigins?: string[];
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'DE',
    description: 'Every inbox type: the country (ISO 3166 alpha-2) national phone numbers are read in — bot answers, contact phones typed by operators, a voice inbox’s numbers; null: DEFAULT_PHONE_COUNTRY, and without it only international numbers are taken',
  })
  @IsOptional()
  @IsIn(PHONE_COUNTRIES, { message: 'defaultCountry must be an ISO 3166 alpha-2 country code such as DE or US' })
  defaultCountry?: string | null;
}

/** How the router treats the inbox's conversations (see docs/routing.md). */
export class InboxRoutingDto {
  @ApiPropertyOptional({ default: 60, description: 'Offer mode: seconds to accept' }) @IsOptional() @IsInt() @Min(1) @Max(3600) offerTimeoutSeconds?: number;
  @ApiPropertyOptional({ default: 120, description: 'Seconds a returning customer waits for their full previous operator' }) @IsOptional() @IsInt() @Min(0) @Max(86_400) stickyWaitSeconds?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() requireLanguage?: boolean;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(60, { each: true }) requiredSkills?: string[];
  @ApiPropertyOptional({ type: [String], example: ['offer:premium'] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(60, { each: true }) segments?: string[];
  @ApiPropertyOptional({ description: 'Operators must serve the contact’s country (segment country:XX)' }) @IsOptional() @IsBoolean() requireCountry?: boolean;
  @ApiPropertyOptional({ default: false, description: 'Offer this inbox’s conversations to operators who are on a phone call' }) @IsOptional() @IsBoolean() offerDuringCalls?: boolean;
  @ApiPropertyOptional({ default: true, description: 'Voice inboxes: a call takes one of the operator’s slots (maxChats); false lets a full operator still take a call' })
  @IsOptional()
  @IsBoolean()
  callsTakeSlot?: boolean;
}

export class CreateInboxDto {
  @ApiProperty({ enum: SUPPORTED_INBOX_TYPES }) @IsIn(SUPPORTED_INBOX_TYPES, { message: `type must be one of: ${SUPPORTED_INBOX_TYPES.join(', ')}` }) type: (typeof SUPPORTED_INBOX_TYPES)[number];
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(120) name: string;
  @ApiPropertyOptional({ type: WebchatSettingsDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => WebchatSettingsDto) settings?: WebchatSettingsDto;
  @ApiPropertyOptional({ type: TelegramInboxDto, description: 'Required for type telegram' }) @IsOptional() @IsObject() @ValidateNested() @Type(() => TelegramInboxDto) telegram?: TelegramInboxDto;
  @ApiPropertyOptional({ type: EmailInboxDto, description: 'Required for type email' }) @IsOptional() @IsObject() @ValidateNested() @Type(() => EmailInboxDto) email?: EmailInboxDto;
  @ApiPropertyOptional({ type: WhatsAppCloudInboxDto, description: 'Required for type whatsapp-cloud' }) @IsOptional() @IsObject() @ValidateNested() @Type(() => WhatsAppCloudInboxDto) whatsappCloud?: WhatsAppCloudInboxDto;
  @ApiPropertyOptional({ type: InstagramInboxDto, description: 'Required for type instagram' }) @IsOptional() @IsObject() @ValidateNested() @Type(() => InstagramInboxDto) instagram?: InstagramInboxDto;
  @ApiPropertyOptional({ type: VoiceInboxDto, description: 'Required for type twilio-voice' }) @IsOptional() @IsObject() @ValidateNested() @Type(() => VoiceInboxDto) voice?: VoiceInboxDto;
  @ApiPropertyOptional({ description: 'The team whose operators get its conversations; none: shared by everyone' }) @IsOptional() @IsInt() @IsPositive() teamId?: number;
  @ApiPropertyOptional({ enum: ROUTING_MODES }) @IsOptional() @IsIn(ROUTING_MODES) routingMode?: RoutingMode;
  @ApiPropertyOptional({ type: InboxRoutingDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => InboxRoutingDto) routing?: InboxRoutingDto;
  @AutomationSettingsField() automation?: InboxAutomationDto;
}

export class UpdateInboxDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(120) name?: string;
  @ApiPropertyOptional({ type: WebchatSettingsDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => WebchatSettingsDto) settings?: WebchatSettingsDto;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'null: shared by everyone again' }) @IsOptional() @IsInt() @IsPositive() teamId?: number | null;
  @ApiPropertyOptional({ enum: ROUTING_MODES }) @IsOptional() @IsIn(ROUTING_MODES) routingMode?: RoutingMode;
  @ApiPropertyOptional({ type: InboxRoutingDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => InboxRoutingDto) routing?: InboxRoutingDto;
  @ApiPropertyOptional({ type: UpdateEmailInboxDto, description: 'E-mail inboxes: the mailbox settings that change (checked with both servers again)' }) @IsOptional() @IsObject() @ValidateNested() @Type(() => UpdateEmailInboxDto) email?: UpdateEmailInboxDto;
  @ApiPropertyOptional({ type: UpdateVoiceInboxDto, description: 'Voice inboxes: what callers hear and how long things take' }) @IsOptional() @IsObject() @ValidateNested() @Type(() => UpdateVoiceInboxDto) voice?: UpdateVoiceInboxDto;
  @ApiPropertyOptional({ type: UpdateInstagramInboxDto, description: 'Instagram inboxes: the Human Agent feature' }) @IsOptional() @IsObject() @ValidateNested() @Type(() => UpdateInstagramInboxDto) instagram?: UpdateInstagramInboxDto;
  @AutomationSettingsField() automation?: InboxAutomationDto;
  @ApiPropertyOptional({ description: 'false archives the inbox (connector stopped, webhooks 404, open conversations closed, history kept); true reactivates it' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export function toInboxDto(inbox: Inbox, publicUrl: string): InboxDto {
  return {
    id: inbox.id,
    type: inbox.type,
    name: inbox.name,
    publicKey: inbox.publicKey,
    settings: inbox.settings,
    teamId: inbox.teamId,
    routingMode: inbox.routingMode,
    routing: inbox.routing,
    automation: inbox.automation,
    active: inbox.active,
    createdAt: new Date(inbox.createdAt).toISOString(),
    widgetSnippet:
      inbox.type === 'webchat' ? `<script src="${publicUrl}/widget.js" data-inbox="${inbox.publicKey}" async></script>` : null,
  };
}
