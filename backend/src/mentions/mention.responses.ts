import { ApiProperty } from '@nestjs/swagger';

/** A mention as its operator's bell and Mentions view show it. */
export class MentionDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: 'integer' }) conversationId: number;
  @ApiProperty({ type: 'integer' }) messageId: number;
  @ApiProperty({ type: 'integer' }) authorId: number;
  @ApiProperty({ type: String, nullable: true, description: 'The note’s author, as the operator directory names them' }) authorName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The customer’s name, for the list' }) contactName: string | null;
  @ApiProperty({ description: 'The note’s first 200 characters' }) excerpt: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;
}
