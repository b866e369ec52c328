/** Quick replies as REST sends them (toQuickReplyDto builds them). */
import { ApiProperty } from '@nestjs/swagger';
import { QUICK_REPLY_SCOPES, type QuickReplyScope } from './quick-reply.entity';

/** A file that goes with the reply; inserting the reply attaches a copy. */
export class QuickReplyFileDto {
  @ApiProperty() key: string;
  @ApiProperty() fileName: string;
  @ApiProperty() mimeType: string;
  @ApiProperty({ type: 'integer', description: 'Bytes' }) size: number;
}

export class QuickReplyDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ enum: QUICK_REPLY_SCOPES, enumName: 'QuickReplyScope' }) scope: QuickReplyScope;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Scope team: the team whose operators see it' }) teamId: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Scope personal: the operator it belongs to' }) agentId: number | null;
  @ApiProperty() shortcut: string;
  @ApiProperty() title: string;
  @ApiProperty() content: string;
  @ApiProperty({ type: String, nullable: true }) language: string | null;
  @ApiProperty({ type: 'integer' }) usageCount: number;
  @ApiProperty({ type: [QuickReplyFileDto] }) attachments: QuickReplyFileDto[];
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}
