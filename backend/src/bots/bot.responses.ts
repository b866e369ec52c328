/** Bots as the admin API sends them (toBotDto builds a BotDto). */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BOT_KINDS, type BotKind } from './bot.entity';

export class BotDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: 'integer' }) inboxId: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: BOT_KINDS, enumName: 'BotKind' }) kind: BotKind;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ type: 'integer', description: 'The newest saved version of a flow bot’s definition (0: none yet)' }) version: number;
  @ApiProperty({ type: [String], description: 'Hosts a flow’s HTTP steps may call' }) allowedHosts: string[];
  @ApiProperty({ type: String, nullable: true, description: 'External bots: where the conversation’s events are posted' }) webhookUrl: string | null;
  @ApiProperty({ description: 'An external bot has an API token (shown once, when created or rotated)' }) hasToken: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true, description: 'GET /api/bots/:id only: the newest definition of a flow bot (docs/bots.md)' })
  definition?: unknown;
}

/** Shown once: the external bot's API token and the key its webhook requests are signed with. */
export class BotCredentials {
  @ApiProperty() token: string;
  @ApiProperty() webhookSecret: string;
}

export class BotVersionSummary {
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The admin who saved it' }) createdBy: number | null;
}
