import { ApiProperty } from '@nestjs/swagger';

/** One thing an admin did. */
export class AuditEntryDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The admin; null for an API token (actorName names it) or the system (a webhook paused after failing)' }) actorId: number | null;
  @ApiProperty({ type: String, nullable: true, description: '"API token <name>" for a write made with an API token' }) actorName: string | null;
  @ApiProperty({ example: 'agent.update' }) action: string;
  @ApiProperty({ example: 'agent' }) entityType: string;
  @ApiProperty({ type: 'integer', nullable: true }) entityId: number | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The request body, with passwords, tokens and secrets replaced by [redacted]' })
  changes: Record<string, unknown> | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}
