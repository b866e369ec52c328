import { ApiProperty } from '@nestjs/swagger';
import { ConversationDto, MessageDto } from '../conversations/conversation.responses';

/** One conversation a search found (newest first, one per conversation). */
export class SearchHit {
  @ApiProperty({ type: ConversationDto }) conversation: ConversationDto;
  @ApiProperty({ type: MessageDto, nullable: true, description: 'The newest matching message of the conversation; null when the contact matched' })
  message: MessageDto | null;
}
