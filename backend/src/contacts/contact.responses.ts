/** A contact as REST and the /agents socket send it (ConversationPresenter.contact builds it). */
import type { ChannelType } from '@inbox/connectors';
import { ApiProperty } from '@nestjs/swagger';
import { CHANNEL_TYPES } from '../channels/channel-types';

export class ContactIdentityDto {
  @ApiProperty({ type: 'integer' }) inboxId: number;
  @ApiProperty({ type: String, enum: CHANNEL_TYPES, nullable: true, description: 'The inbox type; null when the inbox is gone' }) channel: ChannelType | null;
  @ApiProperty({ type: String, nullable: true }) inboxName: string | null;
  @ApiProperty({ description: 'The customer’s id on that channel (a chat id, an address, a phone number)' }) externalId: string;
}

export class ContactDetailsDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: String, nullable: true }) language: string | null;
  @ApiProperty({ type: String, nullable: true }) country: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) attributes: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Marked as spam (blocked) then; null unless blocked' }) blockedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [ContactIdentityDto] }) identities: ContactIdentityDto[];
}

/** The address two contacts share; verified when a channel vouched for it on both. */
export class DuplicateMatch {
  @ApiProperty({ enum: ['phone', 'email'] }) field: 'phone' | 'email';
  @ApiProperty() verified: boolean;
}

export class DuplicateContactDto extends ContactDetailsDto {
  @ApiProperty({ type: DuplicateMatch, nullable: true }) match: DuplicateMatch | null;
}
