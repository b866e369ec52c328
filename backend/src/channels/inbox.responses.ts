/** An inbox as REST sends it (toInboxDto builds it). */
import type { ChannelType } from '@inbox/connectors';
import { ApiProperty } from '@nestjs/swagger';
import { InboxAutomationDto } from '../automation/inbox-automation.dto';
import { CHANNEL_TYPES } from './channel-types';
import { InboxRoutingDto } from './inbox.dto';
import { ROUTING_MODES, type RoutingMode } from './inbox.entity';

export class InboxDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ enum: CHANNEL_TYPES, enumName: 'ChannelType' }) type: ChannelType;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The widget’s data-inbox key (webchat); an internal id elsewhere' }) publicKey: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The channel’s settings (webchat: the widget’s settings, see WebchatSettingsDto; voice: its own); secrets are never sent' })
  settings: Record<string, unknown>;
  @ApiProperty({ type: 'integer', nullable: true }) teamId: number | null;
  @ApiProperty({ enum: ROUTING_MODES, enumName: 'RoutingMode' }) routingMode: RoutingMode;
  @ApiProperty({ type: InboxRoutingDto }) routing: InboxRoutingDto;
  @ApiProperty({ type: InboxAutomationDto }) automation: InboxAutomationDto;
  @ApiProperty({ description: 'false: archived (no channel traffic, no replies; history stays)' }) active: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'Webchat: the script element to put on a site' }) widgetSnippet: string | null;
}
